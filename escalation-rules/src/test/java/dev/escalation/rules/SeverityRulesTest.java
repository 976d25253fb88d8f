package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.model.Cadence;
import dev.escalation.decision.Stakeholder;
import dev.escalation.model.Severity;
import dev.escalation.rules.facts.InScope;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** severity.drl: POLICY.md 2.4 (S2: Definitions of Severity Levels). */
class SeverityRulesTest {

    private static final String CRITICAL = "A critical escalation is worked daily";
    private static final String HIGH = "A high escalation is worked multiple times per week";
    private static final String EXECUTIVES = "A high or critical escalation involves the executives";
    private static final String MEDIUM = "A medium escalation is worked weekly to bi-weekly with the Global/PubSec CSM leader";
    private static final String LOW = "A low escalation follows standard communication with the regional CSM manager and account manager";

    private static final EnumSet<Stakeholder> SIX = EnumSet.of(Stakeholder.VP_SALES, Stakeholder.PRODUCT,
            Stakeholder.CRO, Stakeholder.CEO, Stakeholder.VP_CUSTOMER_SUCCESS, Stakeholder.GLOBAL_PUBSEC_CSM_LEADER);

    private final RuleHarness severity = RuleHarness.of("severity.drl");

    @Test
    void criticalIsDailyWithTheSixExecutives() {
        var run = severity.run(new InScope(), escalation().severity(Severity.CRITICAL).build());

        assertThat(run.fired()).isEqualTo(Map.of(CRITICAL, 1, EXECUTIVES, 1));
        assertThat(run.derived(Cadence.class)).containsExactly(Cadence.DAILY);
        assertThat(run.derived(Stakeholder.class)).containsExactlyInAnyOrderElementsOf(SIX);
    }

    @Test
    void highIsMultipleTimesPerWeekWithTheSameSix() {
        var run = severity.run(new InScope(), escalation().severity(Severity.HIGH).build());

        assertThat(run.fired()).isEqualTo(Map.of(HIGH, 1, EXECUTIVES, 1));
        assertThat(run.derived(Cadence.class)).containsExactly(Cadence.MULTIPLE_TIMES_PER_WEEK);
        assertThat(run.derived(Stakeholder.class)).containsExactlyInAnyOrderElementsOf(SIX);
    }

    @Test
    void mediumIsWeeklyToBiweeklyWithTheGlobalPubSecLeaderOnly() {
        var run = severity.run(new InScope(), escalation().severity(Severity.MEDIUM).build());

        assertThat(run.fired()).isEqualTo(Map.of(MEDIUM, 1));
        assertThat(run.derived(Cadence.class)).containsExactly(Cadence.WEEKLY_TO_BIWEEKLY);
        assertThat(run.derived(Stakeholder.class)).containsExactly(Stakeholder.GLOBAL_PUBSEC_CSM_LEADER);
    }

    @Test
    void lowIsStandardWithRegionalManagerAndAccountManager() {
        var run = severity.run(new InScope(), escalation().severity(Severity.LOW).build());

        assertThat(run.fired()).isEqualTo(Map.of(LOW, 1));
        assertThat(run.derived(Cadence.class)).containsExactly(Cadence.STANDARD);
        assertThat(run.derived(Stakeholder.class)).containsExactlyInAnyOrder(Stakeholder.REGIONAL_CSM_MANAGER,
                Stakeholder.ACCOUNT_MANAGER);
    }

    @ParameterizedTest
    @EnumSource(Severity.class)
    void outOfScopeEscalationsGetNoCadence(Severity level) {
        assertThat(severity.run(escalation().severity(level).build()).fired()).isEmpty();
    }
}
