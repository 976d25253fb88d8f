package dev.escalation.rules.internal;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.Finding;
import dev.escalation.decision.Moment;
import dev.escalation.model.EscalationCase;
import dev.escalation.validation.CaseValidator;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** A replay: its arguments checked, then the case assessed at every instant of its {@link Timeline}. */
public final class Replay {

    private Replay() {
    }

    /**
     * @param escalationCase the case; it must be valid as it was known at {@code to}, and may hold later history
     * @param from           the first instant
     * @param to             the last instant
     * @param step           the time between regular points, positive
     * @param limit          the most regular points allowed
     * @param assess         how to assess the case as known at one instant
     * @return the points in time order, each with the findings that appeared and cleared since the one before
     * @throws InvalidEscalationInputException listing every violation of the case or the arguments, also when the
     *                                         step would make more than {@code limit} points
     */
    public static List<Moment> of(EscalationCase escalationCase, Instant from, Instant to, Duration step, int limit,
                                  BiFunction<EscalationCase, Instant, Assessment> assess) {
        check(escalationCase, from, to, step, limit);
        List<Moment> moments = new ArrayList<>();
        Map<String, Finding> before = Map.of();
        for (Instant at : Timeline.instants(escalationCase, from, to, step)) {
            // The event happened at the end of the replay, not at every point before it.
            EscalationCase known = at.equals(to) ? escalationCase.asOf(at)
                    : escalationCase.asOf(at).toBuilder().event(null).build();
            Assessment assessment = assess.apply(known, at);
            Map<String, Finding> now = Timeline.bySubject(assessment.findings());
            moments.add(new Moment(at, assessment, Timeline.missingFrom(now, before),
                    Timeline.missingFrom(before, now)));
            before = now;
        }
        return moments;
    }

    private static void check(EscalationCase escalationCase, Instant from, Instant to, Duration step, int limit) {
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new Violation("replay.from", "is required"));
        }
        if (to == null) {
            violations.add(new Violation("replay.to", "is required"));
        }
        if (step == null || step.isZero() || step.isNegative()) {
            violations.add(new Violation("replay.step", "must be a positive duration (was " + step + ")"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(new Violation("replay.from", "must not be after the end of the replay (" + to + ")"));
        }
        if (to != null) {
            // The case may hold history after the replay's end: it must be valid as it was known then.
            violations.addAll(CaseValidator.violations(escalationCase == null ? null : escalationCase.asOf(to), to));
        }
        if (violations.isEmpty() && !Timeline.fits(from, to, step, limit)) {
            violations.add(new Violation("replay.step", "is too small for the span from " + from + " to " + to
                    + ": at most " + limit + " points"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidEscalationInputException(violations);
        }
    }
}
