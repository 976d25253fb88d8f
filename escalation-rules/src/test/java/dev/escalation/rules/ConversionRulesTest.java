package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.emergency;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Action;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.model.Initiative;
import dev.escalation.model.Emergency;
import dev.escalation.rules.facts.ConversionRecommended;
import dev.escalation.rules.facts.Unmet;
import dev.escalation.settings.PolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * conversion.drl: POLICY.md 2.1 (S0: When to start an Account Escalation). Every emergency fires the
 * consult-the-manager rule, whatever the triggers: the tests of the triggers ignore it, and
 * {@link #everyEmergencyIsDecidedWithTheSupportManagerOnCall} and {@link #withoutAnEmergencyNothingIsDecided} say when
 * it fires. Every primary trigger that does not hold is unmet (v3): the tests of the triggers ignore the unmet rules,
 * and {@link UnmetTriggers} tests them.
 *
 * <p>Literal readings: {@code RECENT_PS_ENGAGEMENT} is never unmet (it is not a primary trigger); the long-running
 * trigger is unmet for either reason it can fail, its running time not over the limit (so exactly 3 h is unmet) or a
 * clear resolution in sight, and when both hold both rules explain the one {@code Unmet}; the upgrade trigger is unmet
 * whichever of its two conditions fails, and its reason gives both figures.
 */
class ConversionRulesTest {

    private static final String[] UNMET = {"2.1/upgrade-unmet", "2.1/long-running-unmet", "2.1/resolution-in-sight",
        "2.1/outside-factors-unmet"};

    private final RuleHarness everyRule = RuleHarness.of("conversion.drl");
    /** The triggers alone: the unmet rules, which fire for every trigger that does not hold, have their own tests. */
    private final RuleHarness conversion = everyRule.ignoring("2.1/consult-support-manager").ignoring(UNMET);
    private final RuleHarness unmet = everyRule.ignoring("2.1/consult-support-manager");

    @Test
    void twoProblemsAfterAnUpgradeTrigger() {
        var run = conversion.run(emergency().afterUpgrade(true).upgradeRelatedProblems(2).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.1/upgrade-with-multiple-problems", 1, "2.1/recommended", 1));
        assertThat(run.derived(ConversionTrigger.class)).containsExactly(ConversionTrigger.UPGRADE_WITH_MULTIPLE_PROBLEMS);
        assertThat(run.explanation()).anyMatch(e -> e.reason()
                .equals("emergency after an upgrade with 2 related problems, at least 2 (default)"));
    }

    @Test
    void oneProblemAfterAnUpgradeDoesNotTrigger() {
        var run = conversion.run(emergency().afterUpgrade(true).upgradeRelatedProblems(1).build());

        assertThat(run.fired()).isEmpty();
    }

    @Test
    void manyProblemsWithoutAnUpgradeDoNotTrigger() {
        var run = conversion.run(emergency().afterUpgrade(false).upgradeRelatedProblems(5).build());

        assertThat(run.fired()).isEmpty();
    }

    /** "More than 3 hours" is strict: 3 h 1 min triggers. */
    @Test
    void runningThreeHoursAndAMinuteWithoutResolutionTriggers() {
        var run = conversion.run(emergency().startedAt(ago(3, 1)).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.1/long-running-no-resolution", 1, "2.1/recommended", 1));
        assertThat(run.derived(ConversionTrigger.class)).containsExactly(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION);
        assertThat(run.explanation()).anyMatch(e -> e.reason()
                .equals("emergency running 3 h 1 min, over 3 h (default), with no clear resolution in sight"));
    }

    /** "More than 3 hours" is strict: exactly 3 h does not trigger. */
    @Test
    void runningExactlyThreeHoursDoesNotTrigger() {
        var run = conversion.run(emergency().startedAt(ago(3, 0)).build());

        assertThat(run.fired()).isEmpty();
    }

    @Test
    void runningLongWithAClearResolutionInSightDoesNotTrigger() {
        var run = conversion.run(emergency().startedAt(ago(10, 0)).clearResolutionInSight(true).build());

        assertThat(run.fired()).isEmpty();
    }

    @Test
    void blockedInitiativesTrigger() {
        var run = conversion.run(emergency().blockedInitiatives(Initiative.RENEWAL, Initiative.MIGRATION).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.1/outside-factors-blocked", 1, "2.1/recommended", 1));
        assertThat(run.explanation()).anyMatch(e -> e.reason().equals("emergency blocks RENEWAL, MIGRATION"));
    }

    @Test
    void nothingBlockedDoesNotTrigger() {
        assertThat(conversion.run(emergency().build()).fired()).isEmpty();
    }

    @Test
    void recentProfessionalServicesSupportsButIsNeverEnoughAlone() {
        var run = conversion.run(emergency().recentProfessionalServices(true).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.1/recent-ps-engagement", 1));
        assertThat(run.derived(ConversionTrigger.class)).containsExactly(ConversionTrigger.RECENT_PS_ENGAGEMENT);
        assertThat(run.derived(ConversionRecommended.class)).isEmpty();
    }

    @Test
    void availablePsEngineersOfARecentEngagementAreInvolved() {
        var run = conversion.run(emergency().recentProfessionalServices(true).psEngineersAvailable(true).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.1/recent-ps-engagement", 1, "2.1/involve-ps-engineers", 1));
        assertThat(run.derived(Action.class)).containsExactlyInAnyOrder(Action.INVOLVE_PS_ENGINEERS,
                Action.CONSULT_SUPPORT_MANAGER_ON_CALL);
    }

    @Test
    void availablePsEngineersWithoutARecentEngagementAreNotInvolved() {
        var run = conversion.run(emergency().psEngineersAvailable(true).build());

        assertThat(run.fired()).isEmpty();
    }

    @Test
    void everyEmergencyIsDecidedWithTheSupportManagerOnCall() {
        var run = everyRule.ignoring(UNMET).run(emergency().build());

        assertThat(run.fired()).isEqualTo(Map.of("2.1/consult-support-manager", 1));
        assertThat(run.derived()).filteredOn(fact -> !(fact instanceof Unmet))
                .containsExactly(Action.CONSULT_SUPPORT_MANAGER_ON_CALL);
        assertThat(run.explanation()).filteredOn(e -> !Arrays.asList(UNMET).contains(e.ruleId())).singleElement()
                .satisfies(e -> {
                    assertThat(e.ruleId()).isEqualTo("2.1/consult-support-manager");
                    assertThat(e.section()).isEqualTo("S0: When to start an Account Escalation");
                    assertThat(e.reason()).startsWith("emergency T-100:");
                });
    }

    @Test
    void withoutAnEmergencyNothingIsDecided() {
        assertThat(everyRule.run().fired()).isEmpty();
        assertThat(everyRule.run(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION).fired()).isEmpty();
    }

    @Test
    void threePrimaryTriggersFireTheRecommendationThriceAndAddEachActionOnce() {
        var run = conversion.run(emergency().startedAt(ago(5, 0)).afterUpgrade(true).upgradeRelatedProblems(3)
                .blockedInitiatives(Initiative.OTHER_INITIATIVE).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.1/upgrade-with-multiple-problems", 1,
                "2.1/long-running-no-resolution", 1, "2.1/outside-factors-blocked", 1, "2.1/recommended", 3));
        assertThat(run.derived(ConversionRecommended.class)).hasSize(1);
        assertThat(run.derived(Action.class)).containsExactlyInAnyOrder(Action.CONSULT_SUPPORT_MANAGER_ON_CALL,
                Action.CHOOSE_SEVERITY_LEVEL, Action.CONTACT_ESCALATION_DRI);
    }

    @Nested
    class UnmetTriggers {

        private static final List<Unmet> ALL_UNMET = List.of(new Unmet(ConversionTrigger.UPGRADE_WITH_MULTIPLE_PROBLEMS),
                new Unmet(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION),
                new Unmet(ConversionTrigger.OUTSIDE_FACTORS_BLOCKED));

        private static Instant running(Duration duration) {
            return RuleHarness.NOW.minus(duration);
        }


        @Test
        void anEmergencyWithNoTriggerHasEveryPrimaryTriggerUnmetAndNeverTheSupportingOne() {
            var run = unmet.run(emergency().startedAt(running(Duration.ofHours(2).plusMinutes(10)))
                    .recentProfessionalServices(true).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.1/upgrade-unmet", 1, "2.1/long-running-unmet", 1,
                    "2.1/outside-factors-unmet", 1, "2.1/recent-ps-engagement", 1));
            assertThat(run.derived(Unmet.class)).containsExactlyInAnyOrderElementsOf(ALL_UNMET);
            assertThat(run.reason("2.1/long-running-unmet"))
                    .isEqualTo("emergency running 2 h 10 min, not over 3 h (default)");
            assertThat(run.reason("2.1/outside-factors-unmet")).isEqualTo("the emergency blocks no outside initiative");
            assertThat(run.reason("2.1/upgrade-unmet")).isEqualTo(
                    "after an upgrade: false, with 0 related problems; the trigger needs an upgrade and at least 2 (default)");
        }

        @Test
        void everyPrimaryTriggerHoldingLeavesNothingUnmet() {
            var run = unmet.run(emergency().startedAt(running(Duration.ofHours(5))).afterUpgrade(true)
                    .upgradeRelatedProblems(2).blockedInitiatives(Initiative.RENEWAL).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.1/upgrade-with-multiple-problems", 1,
                    "2.1/long-running-no-resolution", 1, "2.1/outside-factors-blocked", 1, "2.1/recommended", 3));
            assertThat(run.derived(Unmet.class)).isEmpty();
        }

        @Test
        void oneProblemAfterAnUpgradeIsUnmetWithItsFigures() {
            var run = unmet.run(emergency().afterUpgrade(true).upgradeRelatedProblems(1).build());

            assertThat(run.fired()).containsEntry("2.1/upgrade-unmet", 1)
                    .doesNotContainKey("2.1/upgrade-with-multiple-problems");
            assertThat(run.derived(Unmet.class)).contains(new Unmet(ConversionTrigger.UPGRADE_WITH_MULTIPLE_PROBLEMS));
            assertThat(run.reason("2.1/upgrade-unmet")).isEqualTo(
                    "after an upgrade: true, with 1 related problems; the trigger needs an upgrade and at least 2 (default)");
        }

        @Test
        void manyProblemsWithoutAnUpgradeAreUnmet() {
            var run = unmet.run(emergency().afterUpgrade(false).upgradeRelatedProblems(5).build());

            assertThat(run.fired()).containsEntry("2.1/upgrade-unmet", 1);
            assertThat(run.reason("2.1/upgrade-unmet")).isEqualTo(
                    "after an upgrade: false, with 5 related problems; the trigger needs an upgrade and at least 2 (default)");
        }

        /** At the minimum ({@code >= 2}, inclusive) the upgrade trigger holds and is not unmet. */
        @Test
        void exactlyTheMinimumOfProblemsAfterAnUpgradeIsNotUnmet() {
            var run = unmet.run(emergency().afterUpgrade(true).upgradeRelatedProblems(2).build());

            assertThat(run.fired()).containsEntry("2.1/upgrade-with-multiple-problems", 1)
                    .doesNotContainKey("2.1/upgrade-unmet");
            assertThat(run.derived(Unmet.class))
                    .doesNotContain(new Unmet(ConversionTrigger.UPGRADE_WITH_MULTIPLE_PROBLEMS));
        }

        @Test
        void anOverriddenMinimumIsNamedInTheReason() {
            var run = unmet.run(PolicySettings.builder().upgradeProblemCount(3).build(), RuleHarness.NOW,
                    emergency().afterUpgrade(true).upgradeRelatedProblems(2).build());

            assertThat(run.reason("2.1/upgrade-unmet")).isEqualTo(
                    "after an upgrade: true, with 2 related problems; the trigger needs an upgrade and at least 3 (override)");
        }

        /** "More than 3 h" is strict: one second before the limit and exactly at it the trigger is unmet. */
        @Test
        void runningUpToExactlyTheLimitIsUnmet() {
            var before = unmet.run(emergency().startedAt(running(Duration.ofHours(3).minusSeconds(1))).build());
            var at = unmet.run(emergency().startedAt(running(Duration.ofHours(3))).build());

            assertThat(before.fired()).containsEntry("2.1/long-running-unmet", 1)
                    .doesNotContainKey("2.1/long-running-no-resolution");
            assertThat(before.reason("2.1/long-running-unmet"))
                    .isEqualTo("emergency running 2 h 59 min 59 s, not over 3 h (default)");
            assertThat(at.fired()).containsEntry("2.1/long-running-unmet", 1)
                    .doesNotContainKey("2.1/long-running-no-resolution");
            assertThat(at.reason("2.1/long-running-unmet")).isEqualTo("emergency running 3 h, not over 3 h (default)");
            assertThat(at.derived(Unmet.class)).contains(new Unmet(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION));
        }

        @Test
        void runningOneSecondOverTheLimitIsNotUnmet() {
            var run = unmet.run(emergency().startedAt(running(Duration.ofHours(3).plusSeconds(1))).build());

            assertThat(run.fired()).containsEntry("2.1/long-running-no-resolution", 1)
                    .doesNotContainKeys("2.1/long-running-unmet", "2.1/resolution-in-sight");
            assertThat(run.derived(Unmet.class)).doesNotContain(new Unmet(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION));
        }

        @Test
        void anOverriddenLimitIsNamedInTheReason() {
            var run = unmet.run(PolicySettings.builder().conversionThreshold(Duration.ofHours(4)).build(),
                    RuleHarness.NOW, emergency().startedAt(running(Duration.ofHours(3).plusMinutes(30))).build());

            assertThat(run.reason("2.1/long-running-unmet"))
                    .isEqualTo("emergency running 3 h 30 min, not over 4 h (override)");
        }

        @Test
        void aClearResolutionInSightLeavesALongRunningEmergencyUnmet() {
            var run = unmet.run(emergency().startedAt(running(Duration.ofHours(10))).clearResolutionInSight(true)
                    .build());

            assertThat(run.fired()).containsEntry("2.1/resolution-in-sight", 1)
                    .doesNotContainKeys("2.1/long-running-unmet", "2.1/long-running-no-resolution");
            assertThat(run.derived(Unmet.class)).contains(new Unmet(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION));
            assertThat(run.reason("2.1/resolution-in-sight"))
                    .isEqualTo("emergency running 10 h, over 3 h (default), but a clear resolution is in sight");
        }

        /** The two reasons exclude each other: a short emergency is unmet for its running time alone. */
        @Test
        void aShortEmergencyWithAResolutionInSightIsUnmetForItsRunningTimeAlone() {
            var run = unmet.run(emergency().clearResolutionInSight(true).build());

            assertThat(run.fired()).containsEntry("2.1/long-running-unmet", 1)
                    .doesNotContainKey("2.1/resolution-in-sight");
            assertThat(run.derived(Unmet.class)).containsExactlyInAnyOrderElementsOf(ALL_UNMET);
        }

        @Test
        void oneBlockedInitiativeMeetsTheOutsideFactorsTrigger() {
            var run = unmet.run(emergency().blockedInitiatives(Initiative.OTHER_INITIATIVE).build());

            assertThat(run.fired()).containsEntry("2.1/outside-factors-blocked", 1)
                    .doesNotContainKey("2.1/outside-factors-unmet");
            assertThat(run.derived(Unmet.class)).doesNotContain(new Unmet(ConversionTrigger.OUTSIDE_FACTORS_BLOCKED));
        }

        @Test
        void withoutAnEmergencyNothingIsUnmet() {
            assertThat(unmet.run().derived(Unmet.class)).isEmpty();
        }

        /**
         * Unmet rests on the absence of its trigger: a trigger derived after the unmet rules fired withdraws its
         * {@code Unmet} and its explanation, and leaves the others. (With a plain insert, this test fails.)
         */
        @ParameterizedTest
        @EnumSource(value = ConversionTrigger.class,
                names = {"UPGRADE_WITH_MULTIPLE_PROBLEMS", "LONG_RUNNING_NO_RESOLUTION", "OUTSIDE_FACTORS_BLOCKED"})
        void aTriggerArrivingLateWithdrawsItsUnmet(ConversionTrigger late) {
            Emergency emergency = emergency().build();
            List<String> rules = switch (late) {
                case UPGRADE_WITH_MULTIPLE_PROBLEMS -> List.of("2.1/upgrade-unmet");
                case LONG_RUNNING_NO_RESOLUTION -> List.of("2.1/long-running-unmet");
                default -> List.of("2.1/outside-factors-unmet");
            };

            var run = RuleHarness.withArrivals("conversion.drl").run(emergency, new Arrival(late));

            rules.forEach(rule -> assertThat(run.fired()).containsEntry(rule, 1));
            assertThat(run.derived(Unmet.class)).containsExactlyInAnyOrderElementsOf(
                    ALL_UNMET.stream().filter(u -> u.trigger() != late).toList());
            assertThat(run.explanation()).noneMatch(e -> rules.contains(e.ruleId()));
            assertThat(run.derived(ConversionRecommended.class)).hasSize(1);
        }
    
        /** An Unmet for a resolution in sight is withdrawn, with its explanation, when its trigger arrives late. */
        @Test
        void aLongRunningTriggerArrivingLateWithdrawsTheResolutionInSight() {
            var run = RuleHarness.withArrivals("conversion.drl").run(emergency().startedAt(running(Duration.ofHours(10)))
                    .clearResolutionInSight(true).build(), new Arrival(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION));

            assertThat(run.fired()).containsEntry("2.1/resolution-in-sight", 1);
            assertThat(run.derived(Unmet.class)).containsExactlyInAnyOrder(
                    new Unmet(ConversionTrigger.UPGRADE_WITH_MULTIPLE_PROBLEMS),
                    new Unmet(ConversionTrigger.OUTSIDE_FACTORS_BLOCKED));
            assertThat(run.explanation()).noneMatch(e -> e.ruleId().equals("2.1/resolution-in-sight"));
        }
    }
}
