package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Blocker;
import dev.escalation.decision.ClosureStep;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Closure;
import dev.escalation.model.Escalation;
import dev.escalation.model.Outcome;
import dev.escalation.rules.facts.ClosedInScope;
import dev.escalation.rules.facts.ClosingStepDone;
import dev.escalation.rules.facts.ClosingStepDue;
import dev.escalation.rules.facts.ClosureReady;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.UnansweredQuestion;
import dev.escalation.settings.PolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * closure.drl: POLICY.md 2.10 (S2: Closing the Escalation; S0: Closing an Account Escalation). Readiness is
 * concluded from the absence of blockers, logically: when a blocker appears, readiness and the steps are
 * withdrawn and the ready rule drops out of the explanation, whatever the firing order. After closing (2.10a, v3),
 * {@code ClosedInScope} is given as questions.drl derives it.
 *
 * <p>Literal readings of 2.10a: {@code CLOSED_WITH_BLOCKERS} lists the agreement blockers in the order of 2.10
 * ({@code CUSTOMER_NOT_AGREED}, {@code ALIGNMENT_NOT_DOCUMENTED}, {@code DRI_NOT_AGREED}), and {@code RCA_PENDING} or
 * unanswered closure questions alone give none; the four steps are due at exactly {@code closedAt + 24 h} and overdue
 * from one instant later; a step is done by its activity whenever it was logged (before {@code closedAt}, after it, or
 * after the due instant), and whether or not the closure is ready or given at all.
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
    @EnumSource(Blocker.class)
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

    @Nested
    class AfterClosing {

        private static final Instant CLOSED = RuleHarness.NOW.minus(Duration.ofHours(24));
        private static final Instant NOW_LESS_1S = RuleHarness.NOW.minusSeconds(1);
        private static final List<Blocker> ALL_THREE = List.of(Blocker.CUSTOMER_NOT_AGREED,
                Blocker.ALIGNMENT_NOT_DOCUMENTED, Blocker.DRI_NOT_AGREED);

        /** The agreements alone: the closing steps have their own tests. */
        private final RuleHarness agreements = closure.ignoring("2.10a/closing-steps-due", "2.10/ready",
                "2.10/customer-not-agreed", "2.10/alignment-not-documented", "2.10/dri-not-agreed");

        @Test
        void closedWithSomeAgreementsLackingListsThoseInTheOrderOfTheBlockers() {
            var run = agreements.run(new InScope(), new ClosedInScope(), closed(CLOSED)
                    .closure(AGREED.toBuilder().driAgreed(false).customerAgreed(false).build()).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.10a/closed-with-blockers", 1));
            assertThat(findings(run, FindingCode.CLOSED_WITH_BLOCKERS)).singleElement()
                    .satisfies(f -> assertThat(f.details()).isEqualTo(Map.of("blockers",
                            List.of(Blocker.CUSTOMER_NOT_AGREED, Blocker.DRI_NOT_AGREED))));
            assertThat(run.reason("2.10a/closed-with-blockers")).isEqualTo("closed 2026-03-01T15:30:00Z although "
                    + "CUSTOMER_NOT_AGREED, DRI_NOT_AGREED: the handbook closes with the customer's and the DRI's agreement");
        }


        @Test
        void closedWithNoAgreementListsAllThree() {
            var run = agreements.run(new InScope(), new ClosedInScope(), closed(CLOSED)
                    .closure(Closure.builder().build()).build());

            assertThat(findings(run, FindingCode.CLOSED_WITH_BLOCKERS)).singleElement()
                    .satisfies(f -> assertThat(f.details()).isEqualTo(Map.of("blockers", ALL_THREE)));
        }


        @ParameterizedTest
        @EnumSource(value = Blocker.class, names = {"CUSTOMER_NOT_AGREED", "ALIGNMENT_NOT_DOCUMENTED", "DRI_NOT_AGREED"})
        void eachLackingAgreementAloneIsABlocker(Blocker lacking) {
            Closure.Builder facts = AGREED.toBuilder();
            switch (lacking) {
                case CUSTOMER_NOT_AGREED -> facts.customerAgreed(false);
                case ALIGNMENT_NOT_DOCUMENTED -> facts.documented(false);
                default -> facts.driAgreed(false);
            }

            var run = agreements.run(new InScope(), new ClosedInScope(), closed(CLOSED).closure(facts.build()).build());

            assertThat(findings(run, FindingCode.CLOSED_WITH_BLOCKERS)).singleElement()
                    .satisfies(f -> assertThat(f.details()).isEqualTo(Map.of("blockers", List.of(lacking))));
        }


        /**
         * The blockers are derived one by one: a blocker derived after the finding was concluded replaces it by one
         * that names it too. (With a plain insert, two findings remain.)
         */
        @Test
        void aBlockerArrivingLateChangesTheList() {
            var run = RuleHarness.withArrivals("closure.drl").run(new InScope(), new ClosedInScope(),
                    closed(CLOSED).closure(AGREED.toBuilder().customerAgreed(false).build()).build(),
                    new Arrival(Blocker.DRI_NOT_AGREED));

            assertThat(run.fired()).containsEntry("2.10a/closed-with-blockers", 2);
            assertThat(findings(run, FindingCode.CLOSED_WITH_BLOCKERS)).singleElement()
                    .satisfies(f -> assertThat(f.details()).isEqualTo(Map.of("blockers",
                            List.of(Blocker.CUSTOMER_NOT_AGREED, Blocker.DRI_NOT_AGREED))));
            assertThat(run.explanation()).filteredOn(e -> e.ruleId().equals("2.10a/closed-with-blockers"))
                    .singleElement().satisfies(e -> assertThat(e.reason()).contains("CUSTOMER_NOT_AGREED, DRI_NOT_AGREED"));
        }


        @Test
        void aBlockerArrivingLateFlagsAnAgreedClosing() {
            var run = RuleHarness.withArrivals("closure.drl").run(new InScope(), new ClosedInScope(),
                    closed(CLOSED).closure(AGREED).build(), new Arrival(Blocker.ALIGNMENT_NOT_DOCUMENTED));

            assertThat(findings(run, FindingCode.CLOSED_WITH_BLOCKERS)).singleElement().satisfies(f -> assertThat(
                    f.details()).isEqualTo(Map.of("blockers", List.of(Blocker.ALIGNMENT_NOT_DOCUMENTED))));
        }

        private static Escalation.Builder closed(Instant closedAt) {
            return escalation().openedAt(closedAt.minus(Duration.ofDays(3))).closedAt(closedAt);
        }

        private static List<Finding> findings(RuleHarness.Run run, FindingCode code) {
            return run.derived(Finding.class).stream().filter(f -> f.is(code)).toList();
        }


        @Test
        void closedWithoutClosureFactsLacksAllThreeAgreements() {
            var run = agreements.run(new InScope(), new ClosedInScope(), closed(CLOSED).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.10a/closed-without-closure", 1));
            assertThat(findings(run, FindingCode.CLOSED_WITH_BLOCKERS)).singleElement()
                    .satisfies(f -> assertThat(f.details()).isEqualTo(Map.of("blockers", ALL_THREE)));
            assertThat(run.reason("2.10a/closed-without-closure")).isEqualTo("closed 2026-03-01T15:30:00Z without "
                    + "closure facts: neither the customer's nor the DRI's agreement is known, nor documented");
        }

        @Test
        void anAgreedClosureWithAPendingRcaAndUnansweredQuestionsIsNotClosedWithBlockers() {
            var run = agreements.run(new InScope(), new ClosedInScope(), closed(CLOSED).platformRelated(true)
                    .closure(AGREED.toBuilder().rcaRequested(true).summary(null).build()).build());

            assertThat(run.derived(Blocker.class)).containsExactlyInAnyOrder(Blocker.RCA_PENDING,
                    Blocker.CLOSURE_QUESTIONS_UNANSWERED);
            assertThat(run.fired()).doesNotContainKeys("2.10a/closed-with-blockers", "2.10a/closed-without-closure");
            assertThat(findings(run, FindingCode.CLOSED_WITH_BLOCKERS)).isEmpty();
        }

        @Test
        void anOpenEscalationLackingAgreementsIsNotFlagged() {
            var run = agreements.run(new InScope(), escalation().closure(Closure.builder().build()).build());
            var withoutClosure = agreements.run(new InScope(), escalation().build());

            for (var each : List.of(run, withoutClosure)) {
                assertThat(each.fired()).doesNotContainKeys("2.10a/closed-with-blockers", "2.10a/closed-without-closure",
                        "2.10a/closing-step-overdue");
                assertThat(each.derived(Finding.class)).isEmpty();
            }
        }

        @Test
        void theFourStepsAreDueTheGraceAfterClosing() {
            var run = closure.run(new InScope(), new ClosedInScope(), closed(CLOSED).closure(AGREED).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.10/ready", 1, "2.10a/closing-steps-due", 1));
            assertThat(run.derived(ClosingStepDue.class)).containsExactlyInAnyOrder(
                    new ClosingStepDue(ClosureStep.POST_CLOSURE_UPDATE, RuleHarness.NOW),
                    new ClosingStepDue(ClosureStep.ANNOUNCE_CLOSURE, RuleHarness.NOW),
                    new ClosingStepDue(ClosureStep.ARCHIVE_ESCALATION_CHANNEL, RuleHarness.NOW),
                    new ClosingStepDue(ClosureStep.UPDATE_CSM_SENTIMENT, RuleHarness.NOW));
            assertThat(run.reason("2.10a/closing-steps-due")).isEqualTo("closed 2026-03-01T15:30:00Z: post the "
                    + "closure update, announce it, archive the channel and update the CSM sentiment by "
                    + "2026-03-02T15:30:00Z (24 h (default))");
        }

        /** Overdue strictly after the due instant: exactly at closedAt + 24 h nothing is overdue. */
        @Test
        void exactlyAtTheDueInstantNoStepIsOverdue() {
            var run = closure.run(new InScope(), new ClosedInScope(), closed(CLOSED).build());

            assertThat(run.fired()).doesNotContainKey("2.10a/closing-step-overdue");
            assertThat(findings(run, FindingCode.CLOSING_STEP_OVERDUE)).isEmpty();
        }

        /** Whether or not the closure is ready, or given at all. */
        @Test
        void oneSecondAfterTheDueInstantEveryStepNotDoneIsOverdue() {
            Instant closedAt = CLOSED.minusSeconds(1);
            for (Closure facts : Arrays.asList(AGREED, null)) {
                var run = closure.run(new InScope(), new ClosedInScope(), closed(closedAt).closure(facts).build());

                assertThat(run.fired()).containsEntry("2.10a/closing-step-overdue", 4);
                assertThat(findings(run, FindingCode.CLOSING_STEP_OVERDUE)).extracting(Finding::details)
                        .containsExactlyInAnyOrder(Map.of("step", ClosureStep.POST_CLOSURE_UPDATE, "due", NOW_LESS_1S),
                                Map.of("step", ClosureStep.ANNOUNCE_CLOSURE, "due", NOW_LESS_1S),
                                Map.of("step", ClosureStep.ARCHIVE_ESCALATION_CHANNEL, "due", NOW_LESS_1S),
                                Map.of("step", ClosureStep.UPDATE_CSM_SENTIMENT, "due", NOW_LESS_1S));
                assertThat(run.explanation()).anyMatch(e -> e.reason()
                        .equals("ARCHIVE_ESCALATION_CHANNEL was due 2026-03-02T15:29:59Z and is not done"));
            }
        }

        @Test
        void anOverriddenGraceMovesTheDueInstant() {
            var settings = PolicySettings.builder().closingStepsGrace(Duration.ofHours(48)).build();
            Instant twoDaysAgo = RuleHarness.NOW.minus(Duration.ofHours(48));

            assertThat(findings(closure.run(settings, RuleHarness.NOW, new InScope(), new ClosedInScope(),
                    closed(twoDaysAgo).build()), FindingCode.CLOSING_STEP_OVERDUE)).isEmpty();
            assertThat(findings(closure.run(settings, RuleHarness.NOW, new InScope(), new ClosedInScope(),
                    closed(twoDaysAgo.minusSeconds(1)).build()), FindingCode.CLOSING_STEP_OVERDUE)).hasSize(4);
        }

        /** Each step is done by its activity, logged after closedAt and even after the step was due. */
        @ParameterizedTest
        @CsvSource({"POST_CLOSURE_UPDATE, CLOSURE_POSTED, 2.10a/closure-posted",
            "ANNOUNCE_CLOSURE, CLOSURE_ANNOUNCED, 2.10a/closure-announced",
            "ARCHIVE_ESCALATION_CHANNEL, CHANNEL_ARCHIVED, 2.10a/channel-archived",
            "UPDATE_CSM_SENTIMENT, SENTIMENT_UPDATED, 2.10a/sentiment-updated"})
        void eachStepIsDoneByItsActivityEvenWhenLoggedAfterClosing(ClosureStep step, ActivityKind kind,
                String ruleId) {
            Instant closedAt = RuleHarness.NOW.minus(Duration.ofHours(30));
            for (Instant at : List.of(closedAt.plusSeconds(1), RuleHarness.NOW, closedAt.minusSeconds(60))) {
                var run = closure.run(new InScope(), new ClosedInScope(),
                        closed(closedAt).activity(Activity.of(kind, at)).build());

                assertThat(run.fired()).as("done at %s", at).containsEntry(ruleId, 1)
                        .containsEntry("2.10a/closing-step-overdue", 3);
                assertThat(run.derived(ClosingStepDone.class)).containsExactly(new ClosingStepDone(step));
                assertThat(findings(run, FindingCode.CLOSING_STEP_OVERDUE)).extracting(f -> f.details().get("step"))
                        .hasSize(3).doesNotContain(step);
            }
        }

        @Test
        void aStepActivityOfAnOpenEscalationDoesNothing() {
            var run = closure.run(new InScope(), escalation().activity(Activity.of(ActivityKind.CHANNEL_ARCHIVED,
                    RuleHarness.NOW)).build());

            assertThat(run.fired()).isEmpty();
            assertThat(run.derived(ClosingStepDue.class)).isEmpty();
        }

        /**
         * Overdue rests on the step not being done: a done step derived after the finding was concluded withdraws it.
         * (With a plain insert, this test fails.)
         */
        @ParameterizedTest
        @EnumSource(ClosureStep.class)
        void aStepDoneArrivingLateWithdrawsItsOverdue(ClosureStep late) {
            var run = RuleHarness.withArrivals("closure.drl").run(new InScope(), new ClosedInScope(),
                    closed(CLOSED.minusSeconds(1)).build(), new Arrival(new ClosingStepDone(late)));

            assertThat(run.fired()).containsEntry("2.10a/closing-step-overdue", 4);
            assertThat(findings(run, FindingCode.CLOSING_STEP_OVERDUE)).extracting(f -> f.details().get("step"))
                    .hasSize(3).doesNotContain(late);
            assertThat(run.explanation()).noneMatch(e -> e.reason().startsWith(late.name() + " was due"));
        }
    }
}
