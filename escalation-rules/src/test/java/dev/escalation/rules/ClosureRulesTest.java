package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Blocker;
import dev.escalation.decision.ClosureStep;
import dev.escalation.model.Closure;
import dev.escalation.model.Outcome;
import dev.escalation.rules.facts.ClosureReady;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.UnansweredQuestion;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * closure.drl: POLICY.md 2.10 (S2: Closing the Escalation; S0: Closing an Account Escalation). Readiness is
 * concluded from the absence of blockers, logically: when a blocker appears, readiness and the steps are
 * withdrawn and the ready rule drops out of the explanation, whatever the firing order.
 */
class ClosureRulesTest {

    private static final Closure AGREED = Closure.builder().customerAgreed(true).documented(true).driAgreed(true)
            .outcome(Outcome.POSITIVE).exitCriteriaMet(true).summary("Patched and monitored for a week.").build();

    private final RuleHarness closure = RuleHarness.of("closure.drl");

    private RuleHarness.Run close(Closure facts, boolean platformRelated) {
        return closure.run(new InScope(), escalation().platformRelated(platformRelated).closure(facts).build());
    }

    private static void assertBlockedOnlyBy(RuleHarness.Run run, Blocker blocker, String ruleId) {
        assertThat(run.fired()).containsEntry(ruleId, 1);
        assertThat(run.derived(Blocker.class)).containsExactly(blocker);
        assertThat(run.derived(ClosureReady.class)).isEmpty();
        assertThat(run.derived(ClosureStep.class)).isEmpty();
        assertThat(run.explanation()).noneMatch(e -> e.ruleId().equals("2.10/ready"));
    }

    @Test
    void nothingBlocksAnAgreedDocumentedAnsweredClosure() {
        var run = close(AGREED, true);

        assertThat(run.fired()).isEqualTo(Map.of("2.10/ready", 1));
        assertThat(run.derived(ClosureReady.class)).hasSize(1);
        assertThat(run.derived(ClosureStep.class)).containsExactlyInAnyOrder(ClosureStep.values());
    }

    @Test
    void theCustomerMustAgree() {
        assertBlockedOnlyBy(close(AGREED.toBuilder().customerAgreed(false).build(), false),
                Blocker.CUSTOMER_NOT_AGREED, "2.10/customer-not-agreed");
    }

    @Test
    void theAlignmentMustBeDocumented() {
        assertBlockedOnlyBy(close(AGREED.toBuilder().documented(false).build(), false),
                Blocker.ALIGNMENT_NOT_DOCUMENTED, "2.10/alignment-not-documented");
    }

    @Test
    void theDriMustAgree() {
        assertBlockedOnlyBy(close(AGREED.toBuilder().driAgreed(false).build(), false), Blocker.DRI_NOT_AGREED,
                "2.10/dri-not-agreed");
    }

    @Test
    void aRequestedRcaOfAPlatformEscalationMustBeDelivered() {
        assertBlockedOnlyBy(close(AGREED.toBuilder().rcaRequested(true).build(), true), Blocker.RCA_PENDING,
                "2.10/rca-pending");
    }

    @Test
    void aDeliveredRcaOrANonPlatformEscalationDoesNotWait() {
        assertThat(close(AGREED.toBuilder().rcaRequested(true).rcaDelivered(true).build(), true).fired())
                .isEqualTo(Map.of("2.10/ready", 1));
        assertThat(close(AGREED.toBuilder().rcaRequested(true).build(), false).fired())
                .isEqualTo(Map.of("2.10/ready", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"outcome", "exitCriteriaMet", "summary", "blankSummary"})
    void everyClosureQuestionMustBeAnswered(String missing) {
        Closure.Builder facts = AGREED.toBuilder();
        switch (missing) {
            case "outcome" -> facts.outcome(null);
            case "exitCriteriaMet" -> facts.exitCriteriaMet(null);
            case "summary" -> facts.summary(null);
            default -> facts.summary("   ");
        }

        var run = close(facts.build(), false);

        assertBlockedOnlyBy(run, Blocker.CLOSURE_QUESTIONS_UNANSWERED, "2.10/closure-questions-unanswered");
        String question = missing.equals("blankSummary") ? "summary" : missing;
        assertThat(run.derived(UnansweredQuestion.class)).containsExactly(new UnansweredQuestion(question));
        assertThat(run.explanation()).hasSize(2).anySatisfy(e -> assertThat(e.reason()).contains("(" + question + ")"));
    }

    @Test
    void aNegativeOutcomeAndUnmetCriteriaAreStillAnswers() {
        var run = close(AGREED.toBuilder().outcome(Outcome.NEGATIVE).exitCriteriaMet(false).build(), false);

        assertThat(run.fired()).isEqualTo(Map.of("2.10/ready", 1));
    }

    @Test
    void nothingAgreedBlocksFiveTimes() {
        var run = close(Closure.builder().rcaRequested(true).build(), true);

        assertThat(run.derived(Blocker.class)).containsExactlyInAnyOrder(Blocker.values());
        assertThat(run.derived(ClosureReady.class)).isEmpty();
    }

    @Test
    void withoutClosureFactsOrOutOfScopeNothingIsDecided() {
        assertThat(closure.run(new InScope(), escalation().build()).fired()).isEmpty();
        assertThat(closure.run(escalation().closure(Closure.builder().build()).build()).fired()).isEmpty();
    }

    /**
     * Readiness rests on the absence of any blocker: a blocker that arrives after readiness was concluded withdraws
     * readiness, its steps and its explanation. (With a plain insert in the ready rule, this test fails.)
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Blocker.class)
    void aBlockerArrivingAfterReadinessWithdrawsIt(Blocker late) {
        var run = RuleHarness.withArrivals("closure.drl").run(new InScope(),
                escalation().closure(AGREED).build(), new Arrival(late));

        assertThat(run.fired()).containsEntry("2.10/ready", 1);
        assertThat(run.derived(Blocker.class)).containsExactly(late);
        assertThat(run.derived(ClosureReady.class)).isEmpty();
        assertThat(run.derived(ClosureStep.class)).isEmpty();
        assertThat(run.explanation()).noneMatch(e -> e.ruleId().equals("2.10/ready"));
    }

    /** A question found unanswered late blocks too, through the blocker it leads to. */
    @Test
    void anUnansweredQuestionArrivingLateBlocks() {
        var run = RuleHarness.withArrivals("closure.drl").run(new InScope(),
                escalation().closure(AGREED).build(), new Arrival(new UnansweredQuestion("summary")));

        assertThat(run.derived(Blocker.class)).containsExactly(Blocker.CLOSURE_QUESTIONS_UNANSWERED);
        assertThat(run.derived(ClosureReady.class)).isEmpty();
    }

    /** A closed escalation still has its closure decided (POLICY.md 2.8: "its plan and closure are still given"). */
    @Test
    void aClosedEscalationStillHasItsClosureDecided() {
        var run = closure.run(new InScope(), escalation().closure(AGREED).closedAt(RuleHarness.NOW).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.10/ready", 1));
    }
}
