package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.emergency;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Route;
import dev.escalation.model.Situation;
import dev.escalation.rules.facts.ConversionRecommended;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * routing.drl: POLICY.md 2.2 (S2: Background; What's the difference ...). Literal reading: routes are decided from
 * the emergency and the situation only, so a case with neither has no {@code routes} at all (the facade leaves the
 * key out), and an emergency that is neither down nor recommended for conversion has an empty set.
 */
class RoutingRulesTest {

    private final RuleHarness routing = RuleHarness.of("routing.drl");

    @Test
    void anInstanceDownGoesToEmergencySupport() {
        var run = routing.run(emergency().instanceDown(true).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.2/emergency-support", 1));
        assertThat(run.derived()).containsExactly(Route.EMERGENCY_SUPPORT);
    }

    @Test
    void anInstanceUpHasNoRoute() {
        assertThat(routing.run(emergency().build()).fired()).isEmpty();
    }

    @Test
    void aSuspectedWidespreadIssueIsAGitLabComIncident() {
        var run = routing.run(Situation.NONE.withSuspectedWidespreadGitLabCom(true));

        assertThat(run.fired()).isEqualTo(Map.of("2.2/gitlab-com-incident", 1));
        assertThat(run.derived()).containsExactly(Route.GITLAB_COM_INCIDENT);
    }

    @Test
    void aSlowTicketGetsAStar() {
        var run = routing.run(Situation.NONE.withSingleTicketMovingSlowly(true));

        assertThat(run.fired()).isEqualTo(Map.of("2.2/star", 1));
        assertThat(run.derived()).containsExactly(Route.STAR);
    }

    @Test
    void aSingleIncidentWithoutRiskFollowsIncidentEscalation() {
        var run = routing.run(Situation.NONE.withSingleIncident(true));

        assertThat(run.fired()).isEqualTo(Map.of("2.2/incident-escalation", 1));
        assertThat(run.derived()).containsExactly(Route.INCIDENT_ESCALATION);
    }

    @Test
    void aSingleIncidentPuttingTheAccountAtRiskIsAnAccountEscalationOnly() {
        var run = routing.run(Situation.NONE.withSingleIncident(true).withAccountAtRisk(true));

        assertThat(run.fired()).isEqualTo(Map.of("2.2/account-at-risk", 1));
        assertThat(run.derived()).containsExactly(Route.ACCOUNT_ESCALATION);
    }

    @Test
    void aRecommendedConversionIsAnAccountEscalation() {
        var run = routing.run(new ConversionRecommended(), emergency().build());

        assertThat(run.fired()).isEqualTo(Map.of("2.2/converted-emergency", 1));
        assertThat(run.derived(Route.class)).containsExactly(Route.ACCOUNT_ESCALATION);
    }

    @Test
    void anEmergencyWithoutRecommendationIsNotAnAccountEscalation() {
        assertThat(routing.run(emergency().build(), Situation.NONE).fired()).isEmpty();
    }

    @Test
    void severalRoutesApplyAtOnceAndAnAccountEscalationIsDerivedOnce() {
        var run = routing.run(new ConversionRecommended(), emergency().instanceDown(true).build(),
                new Situation(true, true, true, true));

        assertThat(run.fired())
                .isEqualTo(Map.of("2.2/emergency-support", 1, "2.2/gitlab-com-incident", 1, "2.2/star", 1,
                        "2.2/account-at-risk", 1, "2.2/converted-emergency", 1));
        assertThat(run.derived(Route.class)).containsExactlyInAnyOrder(Route.EMERGENCY_SUPPORT,
                Route.GITLAB_COM_INCIDENT, Route.STAR, Route.ACCOUNT_ESCALATION);
    }
}
