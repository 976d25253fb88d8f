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

    private static final String EMERGENCY = "An instance down goes to emergency support";
    private static final String INCIDENT = "A suspected widespread GitLab.com issue is declared as an incident";
    private static final String STAR = "A single ticket moving too slowly gets a support ticket attention request";
    private static final String INCIDENT_ESCALATION = "A single incident without account risk follows the incident escalation process";
    private static final String AT_RISK = "An account at risk becomes an account escalation";
    private static final String CONVERTED = "An emergency whose conversion is recommended becomes an account escalation";

    private final RuleHarness routing = RuleHarness.of("routing.drl");

    @Test
    void anInstanceDownGoesToEmergencySupport() {
        var run = routing.run(emergency().instanceDown(true).build());

        assertThat(run.fired()).isEqualTo(Map.of(EMERGENCY, 1));
        assertThat(run.derived()).containsExactly(Route.EMERGENCY_SUPPORT);
    }

    @Test
    void anInstanceUpHasNoRoute() {
        assertThat(routing.run(emergency().build()).fired()).isEmpty();
    }

    @Test
    void aSuspectedWidespreadIssueIsAGitLabComIncident() {
        var run = routing.run(Situation.NONE.withSuspectedWidespreadGitLabCom(true));

        assertThat(run.fired()).isEqualTo(Map.of(INCIDENT, 1));
        assertThat(run.derived()).containsExactly(Route.GITLAB_COM_INCIDENT);
    }

    @Test
    void aSlowTicketGetsAStar() {
        var run = routing.run(Situation.NONE.withSingleTicketMovingSlowly(true));

        assertThat(run.fired()).isEqualTo(Map.of(STAR, 1));
        assertThat(run.derived()).containsExactly(Route.STAR);
    }

    @Test
    void aSingleIncidentWithoutRiskFollowsIncidentEscalation() {
        var run = routing.run(Situation.NONE.withSingleIncident(true));

        assertThat(run.fired()).isEqualTo(Map.of(INCIDENT_ESCALATION, 1));
        assertThat(run.derived()).containsExactly(Route.INCIDENT_ESCALATION);
    }

    @Test
    void aSingleIncidentPuttingTheAccountAtRiskIsAnAccountEscalationOnly() {
        var run = routing.run(Situation.NONE.withSingleIncident(true).withAccountAtRisk(true));

        assertThat(run.fired()).isEqualTo(Map.of(AT_RISK, 1));
        assertThat(run.derived()).containsExactly(Route.ACCOUNT_ESCALATION);
    }

    @Test
    void aRecommendedConversionIsAnAccountEscalation() {
        var run = routing.run(new ConversionRecommended(), emergency().build());

        assertThat(run.fired()).isEqualTo(Map.of(CONVERTED, 1));
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

        assertThat(run.fired()).isEqualTo(Map.of(EMERGENCY, 1, INCIDENT, 1, STAR, 1, AT_RISK, 1, CONVERTED, 1));
        assertThat(run.derived(Route.class)).containsExactlyInAnyOrder(Route.EMERGENCY_SUPPORT,
                Route.GITLAB_COM_INCIDENT, Route.STAR, Route.ACCOUNT_ESCALATION);
    }
}
