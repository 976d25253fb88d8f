package dev.escalation.test;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Moment;
import dev.escalation.json.CaseInput;
import dev.escalation.model.EscalationCase;
import dev.escalation.validation.InvalidEscalationInputException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One scenario: a {@code decide} input, its name, what its decision must hold ({@code expect}), and for expectations
 * over time the step of its replay. Read by {@link ScenarioSuite}; immutable and thread-safe.
 *
 * <p><b>Stability:</b> stable API.
 */
public final class Scenario {

    private final String name;
    private final String source;
    private final URI uri;
    private final CaseInput input;
    private final Expectations expect;
    private final Duration replayStep;
    private final Instant replayFrom;

    Scenario(String name, String source, URI uri, CaseInput input, Expectations expect, Duration replayStep,
             Instant replayFrom) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        this.uri = uri;
        this.input = Objects.requireNonNull(input, "input");
        this.expect = Objects.requireNonNull(expect, "expect");
        this.replayStep = replayStep;
        this.replayFrom = replayFrom;
    }

    /** @return the scenario's {@code "name"}, or by default its file's path below the folder, without extension */
    public String name() {
        return name;
    }

    /** @return where it was read, {@code scenarios/opening.json} or {@code scenarios/batch.jsonl:3} */
    public String source() {
        return source;
    }

    /** @return its file, for a test report to link to; empty when it has none */
    public Optional<URI> uri() {
        return Optional.ofNullable(uri);
    }

    /** @return the case and the instant it is decided as of */
    public CaseInput input() {
        return input;
    }

    /** @return the step of its replay, when an expectation looks at a point in time */
    public Optional<Duration> replayStep() {
        return Optional.ofNullable(replayStep);
    }

    /** @return the rule ids its expectations name, each with the field naming it */
    List<Expectations.RuleReference> ruleReferences() {
        return expect.rules();
    }

    /**
     * Decides the case as {@code decide} would and checks every expectation.
     *
     * @param policy the policy to decide with
     * @return every mismatch, and the rules that fired
     */
    public ScenarioResult check(EscalationPolicy policy) {
        EscalationCase escalationCase = input.escalationCase();
        Assessment assessment = policy.assess(escalationCase, input.now());
        List<String> mismatches = new ArrayList<>();
        Map<Instant, Moment> moments = new LinkedHashMap<>();
        if (replayStep != null) {
            Instant from = replayFrom != null ? replayFrom : firstInstant(input);
            try {
                policy.replay(escalationCase, from, input.now(), replayStep).forEach(m -> moments.put(m.at(), m));
            } catch (InvalidEscalationInputException e) {
                mismatches.add("replay: " + e.getMessage());
            }
        }
        Expectations.Outcome outcome = Expectations.Outcome.of(assessment, moments);
        mismatches.addAll(expect.check(outcome, ""));
        // Coverage counts every decision the scenario made, the replay's points included.
        Set<String> fired = new LinkedHashSet<>(outcome.fired());
        moments.values().forEach(m -> m.assessment().explanation().forEach(e -> fired.add(e.ruleId())));
        return new ScenarioResult(name, source, mismatches, fired);
    }

    /** Where a replay starts unless told: the first instant the case records, as {@code decide --replay} does. */
    static Instant firstInstant(CaseInput input) {
        EscalationCase c = input.escalationCase();
        Instant first = input.now();
        if (c.emergency() != null && c.emergency().startedAt().isBefore(first)) {
            first = c.emergency().startedAt();
        }
        if (c.escalation() != null) {
            if (c.escalation().openedAt().isBefore(first)) {
                first = c.escalation().openedAt();
            }
            for (var activity : c.escalation().activity()) {
                if (activity.at().isBefore(first)) {
                    first = activity.at();
                }
            }
        }
        return first;
    }

    @Override
    public String toString() {
        return name + " (" + source + ")";
    }
}
