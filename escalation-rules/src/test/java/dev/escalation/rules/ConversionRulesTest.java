package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.emergency;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Action;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.model.Initiative;
import dev.escalation.rules.facts.ConversionRecommended;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * conversion.drl: POLICY.md 2.1 (S0: When to start an Account Escalation). Every emergency fires the
 * consult-the-manager rule, whatever the triggers: the tests of the triggers ignore it, and
 * {@link #everyEmergencyIsDecidedWithTheSupportManagerOnCall} and {@link #withoutAnEmergencyNothingIsDecided} say when
 * it fires.
 */
class ConversionRulesTest {

    private final RuleHarness everyRule = RuleHarness.of("conversion.drl");
    private final RuleHarness conversion = everyRule.ignoring("2.1/consult-support-manager");

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
        var run = everyRule.run(emergency().build());

        assertThat(run.fired()).isEqualTo(Map.of("2.1/consult-support-manager", 1));
        assertThat(run.derived()).containsExactly(Action.CONSULT_SUPPORT_MANAGER_ON_CALL);
        assertThat(run.explanation()).singleElement().satisfies(e -> {
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
}
