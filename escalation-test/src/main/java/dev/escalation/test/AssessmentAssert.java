package dev.escalation.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.MessageKind;
import dev.escalation.decision.Route;
import dev.escalation.decision.Upcoming;
import dev.escalation.json.EscalationJson;
import dev.escalation.model.Severity;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on an {@link Assessment}, with the vocabulary of scenario files: finding codes, rule ids and
 * {@code decide}'s paths. Start from {@link PolicyAssertions#assertThat(Assessment)}.
 *
 * <p><b>Stability:</b> stable API.
 */
public final class AssessmentAssert extends AbstractObjectAssert<AssessmentAssert, Assessment> {

    AssessmentAssert(Assessment actual) {
        super(actual, AssessmentAssert.class);
    }

    private AssessmentAssert fail(String message) {
        failWithMessage("%s", message);
        return this;
    }

    /** @return this, when the account is in the scope of the escalation process */
    public AssessmentAssert isInScope() {
        isNotNull();
        return actual.inScope() ? this : fail(Mismatch.of("inScope", false, true));
    }

    /** @return this, when the account is out of scope */
    public AssessmentAssert isNotInScope() {
        isNotNull();
        return actual.inScope() ? fail(Mismatch.of("inScope", true, false)) : this;
    }

    /**
     * @param codes finding codes, standard or of custom rules
     * @return this, when the findings have exactly these codes, in any order (as a scenario's {@code findings})
     */
    public AssessmentAssert hasFindings(String... codes) {
        isNotNull();
        List<String> got = codes();
        return Set.copyOf(got).equals(Set.copyOf(Arrays.asList(codes))) ? this
                : fail(Mismatch.of("findings", got, Arrays.asList(codes)));
    }

    /**
     * @param codes standard finding codes
     * @return this, when the findings have exactly these codes, in any order
     */
    public AssessmentAssert hasFindings(FindingCode... codes) {
        return hasFindings(names(codes));
    }

    /** @return this, when nothing needs attention */
    public AssessmentAssert hasNoFindings() {
        return hasFindings(new String[0]);
    }

    /**
     * @param codes finding codes
     * @return this, when there is a finding of each code, and maybe others (as a scenario's {@code findings+})
     */
    public AssessmentAssert hasFindingsIncluding(String... codes) {
        isNotNull();
        List<String> got = codes();
        for (String code : codes) {
            if (!got.contains(code)) {
                fail("findings+ \"" + code + "\": got absent, want present; findings: got " + Mismatch.show(got));
            }
        }
        return this;
    }

    /**
     * @param codes standard finding codes
     * @return this, when there is a finding of each code, and maybe others
     */
    public AssessmentAssert hasFindingsIncluding(FindingCode... codes) {
        return hasFindingsIncluding(names(codes));
    }

    /**
     * @param codes finding codes
     * @return this, when there is no finding of any of them (as a scenario's {@code findings-})
     */
    public AssessmentAssert hasNoFinding(String... codes) {
        isNotNull();
        List<String> got = codes();
        for (String code : codes) {
            if (got.contains(code)) {
                fail("findings- \"" + code + "\": got present, want absent");
            }
        }
        return this;
    }

    /**
     * @param codes standard finding codes
     * @return this, when there is no finding of any of them
     */
    public AssessmentAssert hasNoFinding(FindingCode... codes) {
        return hasNoFinding(names(codes));
    }

    /**
     * @param code a finding code
     * @return assertions on the findings of that code, at least one, e.g. {@code .withDetail("gap", hours(25))}
     */
    public FindingAssert hasFinding(String code) {
        hasFindingsIncluding(code);
        return new FindingAssert(code, actual.findings().stream().filter(f -> f.code().equals(code)).toList());
    }

    /**
     * @param code a standard finding code
     * @return assertions on the findings of that code, at least one
     */
    public FindingAssert hasFinding(FindingCode code) {
        return hasFinding(code.name());
    }

    /**
     * @param ruleIds rule ids, e.g. {@code 2.1/long-running-no-resolution}
     * @return this, when each is in the explanation (as a scenario's {@code rules+})
     */
    public AssessmentAssert fired(String... ruleIds) {
        isNotNull();
        Set<String> fired = firedIds();
        for (String id : ruleIds) {
            if (!fired.contains(id)) {
                fail("rules+ \"" + id + "\": got not fired, want fired; fired: " + Mismatch.show(fired));
            }
        }
        return this;
    }

    /**
     * @param ruleIds rule ids
     * @return this, when none is in the explanation (as a scenario's {@code rules-})
     */
    public AssessmentAssert didNotFire(String... ruleIds) {
        isNotNull();
        Set<String> fired = firedIds();
        for (String id : ruleIds) {
            if (fired.contains(id)) {
                fail("rules- \"" + id + "\": got fired, want not fired");
            }
        }
        return this;
    }

    /**
     * As droolsassert says it: the rules that fired are among these; whether each of them did is
     * {@link #fired(String...)}'s question.
     *
     * @param ruleIds rule ids
     * @return this, when no other rule is in the explanation
     */
    public AssessmentAssert firedNothingElseThan(String... ruleIds) {
        isNotNull();
        Set<String> others = firedIds();
        others.removeAll(Arrays.asList(ruleIds));
        return others.isEmpty() ? this : fail("rules: got also fired " + Mismatch.show(others)
                + ", want nothing else than " + Mismatch.show(Arrays.asList(ruleIds)));
    }

    /**
     * A value of the assessment by its path in {@code decide}'s output, compared as scenario files compare.
     *
     * @param path     a dotted path, e.g. {@code plan.dri.role}, {@code plan.contacts}, {@code findings.0.gap}
     * @param expected the value: JSON types, enums (by name), instants and durations (ISO-8601), lists, maps;
     *                 {@code null} for nothing there
     * @return this, when the assessment holds that value there
     * @throws IllegalArgumentException when no decision can have that path
     */
    public AssessmentAssert hasValue(String path, Object expected) {
        isNotNull();
        OutputFormat.problem(path).ifPresent(problem -> {
            throw new IllegalArgumentException(path + ": " + problem);
        });
        JsonNode got = OutputFormat.valueAt(JsonValues.tree(EscalationJson.writeCompact(actual)), path);
        JsonNode want = JsonValues.of(expected);
        return JsonValues.matches(got, want) ? this
                : fail(path + ": got " + JsonValues.show(got) + ", want " + JsonValues.show(want));
    }

    /**
     * @param routes routes
     * @return this, when the problem takes exactly these routes, in any order
     */
    public AssessmentAssert hasRoutes(Route... routes) {
        isNotNull();
        Set<Route> got = actual.routes().orElse(Set.of());
        return got.equals(Set.copyOf(Arrays.asList(routes))) ? this
                : fail(Mismatch.of("routes", actual.routes().map(List::copyOf), Arrays.asList(routes)));
    }

    /**
     * @param severity a severity level
     * @return this, when the situation's risks suggest it
     */
    public AssessmentAssert suggestsSeverity(Severity severity) {
        isNotNull();
        return actual.suggestedSeverity().equals(java.util.Optional.of(severity)) ? this
                : fail(Mismatch.of("suggestedSeverity", actual.suggestedSeverity(), severity));
    }

    /** @return this, when the event is to be posted in {@code #escalated_customers} */
    public AssessmentAssert broadcasts() {
        isNotNull();
        return actual.broadcast().orElse(false) ? this
                : fail(Mismatch.of("broadcast", actual.broadcast(), true));
    }

    /** @return this, when the assessment holds an event that is not to be posted */
    public AssessmentAssert doesNotBroadcast() {
        isNotNull();
        return actual.broadcast().equals(java.util.Optional.of(false)) ? this
                : fail(Mismatch.of("broadcast", actual.broadcast(), false));
    }

    /**
     * @param people whom to ping, in order, e.g. {@code Assignment.of(EscalationRole.PRODUCT_DRI, null)} for a role
     *               whose person is not known
     * @return this, when {@code notify} names exactly these, in this order (POLICY.md 2.9, v3)
     */
    public AssessmentAssert notifies(Assignment... people) {
        isNotNull();
        Optional<List<Assignment>> want = Optional.of(Arrays.asList(people));
        return actual.toNotify().equals(want) ? this : fail(Mismatch.of("notify", actual.toNotify(), want));
    }

    /** @return this, when there is no {@code notify} (no broadcast of an in-scope escalation) */
    public AssessmentAssert doesNotNotify() {
        isNotNull();
        return actual.toNotify().isEmpty() ? this : fail(Mismatch.of("notify", actual.toNotify(), Optional.empty()));
    }

    /**
     * @param entries what the policy will decide later, e.g. {@code Upcoming.of("EXIT_CRITERIA_MISSING", at)}, in
     *                the order of POLICY.md 2.12 (by instant, code, then item or step)
     * @return this, when {@code upcoming} is exactly these, in this order (v3)
     */
    public AssessmentAssert hasUpcoming(Upcoming... entries) {
        isNotNull();
        List<Upcoming> want = Arrays.asList(entries);
        return actual.upcoming().equals(want) ? this : fail(Mismatch.of("upcoming", actual.upcoming(), want));
    }

    /**
     * @param code a finding code, or {@code LONG_RUNNING_NO_RESOLUTION}
     * @param at   when it comes
     * @return this, when {@code upcoming} holds an entry of that code at that instant, among others
     */
    public AssessmentAssert hasUpcomingIncluding(String code, Instant at) {
        isNotNull();
        return actual.upcoming().stream().anyMatch(u -> u.code().equals(code) && u.at().equals(at)) ? this
                : fail("upcoming+ \"" + code + "\" at " + at + ": got absent, want present; upcoming: got "
                        + Mismatch.show(actual.upcoming()));
    }

    /** @return this, when nothing is upcoming, so there is no {@code nextReviewAt} */
    public AssessmentAssert hasNothingUpcoming() {
        return hasUpcoming();
    }

    /**
     * @param at an instant
     * @return this, when {@code nextReviewAt}, the first upcoming instant, is that (v3)
     */
    public AssessmentAssert hasNextReviewAt(Instant at) {
        isNotNull();
        return actual.nextReviewAt().equals(Optional.of(at)) ? this
                : fail(Mismatch.of("nextReviewAt", actual.nextReviewAt(), at));
    }

    /**
     * @param kinds message kinds
     * @return this, when exactly these messages are drafted for this moment
     */
    public AssessmentAssert draftsMessages(MessageKind... kinds) {
        isNotNull();
        return actual.messages().keySet().equals(Set.copyOf(Arrays.asList(kinds))) ? this
                : fail(Mismatch.of("messages", List.copyOf(actual.messages().keySet()), Arrays.asList(kinds)));
    }

    /** @return assertions on the plan, which must be there */
    public PlanAssert plan() {
        isNotNull();
        if (actual.plan().isEmpty()) {
            fail("plan: got absent, want a plan (an escalation of an in-scope account)");
        }
        return new PlanAssert(actual.plan().get());
    }

    /** @return assertions on the closure decision, which must be there */
    public ClosureAssert closure() {
        isNotNull();
        if (actual.closure().isEmpty()) {
            fail("closure: got absent, want a closure decision (an in-scope escalation with closure facts)");
        }
        return new ClosureAssert(actual.closure().get());
    }

    /** @return assertions on the conversion advice, which must be there */
    public ConversionAssert conversion() {
        isNotNull();
        if (actual.conversion().isEmpty()) {
            fail("conversion: got absent, want a conversion advice (a case with an emergency)");
        }
        return new ConversionAssert(actual.conversion().get());
    }

    private List<String> codes() {
        return actual.findings().stream().map(Finding::code).distinct().toList();
    }

    private Set<String> firedIds() {
        Set<String> ids = new LinkedHashSet<>();
        actual.explanation().stream().map(Explanation::ruleId).forEach(ids::add);
        return ids;
    }

    private static String[] names(FindingCode... codes) {
        return Arrays.stream(codes).map(Enum::name).toArray(String[]::new);
    }
}
