package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.emergency;
import static dev.escalation.rules.Fixtures.escalation;
import static dev.escalation.rules.RuleHarness.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.Finding;
import dev.escalation.rules.facts.ChecklistDue;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.OpenInScope;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * expectations.drl: POLICY.md 2.7 and 2.8 (S0: Expectations during an Account Escalation).
 *
 * <p>Literal readings: the on-call duties are added whenever the case holds an emergency and an in-scope escalation
 * ("the emergency became this escalation"), whatever 2.1 advises at now; a touchpoint exactly at now is not "after
 * now"; {@code CALL_OVER_THREE_HOURS} needs only the emergency, not an escalation nor an in-scope account (2.3 says
 * it concerns the emergency).
 */
class ExpectationsRulesTest {

    private final RuleHarness expectations = RuleHarness.of("expectations.drl");

    @Test
    void anEmergencyThatBecameAnEscalationAddsTheOnCallDutiesWithoutARecommendation() {
        var run = expectations.run(new InScope(), emergency().build(), escalation()
                .nextCustomerTouchpointAt(NOW.plusSeconds(60)).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.7/emergency-duties", 1));
        assertThat(run.derived(ChecklistDue.class)).containsExactlyInAnyOrder(
                new ChecklistDue(ChecklistItem.ASSIGN_EMERGENCY_TICKET_TO_SELF, null),
                new ChecklistDue(ChecklistItem.LINK_CHANNEL_IN_INTERNAL_COMMENT, null),
                new ChecklistDue(ChecklistItem.HAND_OVER_AT_SHIFT_END, null));
    }

    @Test
    void noDutiesWithoutAnEmergencyAnEscalationOrScope() {
        assertThat(expectations.run(new InScope(), escalation().build()).fired())
                .doesNotContainKey("2.7/emergency-duties");
        assertThat(expectations.run(new InScope(), emergency().build()).fired())
                .doesNotContainKey("2.7/emergency-duties");
        assertThat(expectations.run(emergency().build(), escalation().build()).fired())
                .doesNotContainKey("2.7/emergency-duties");
    }

    @Test
    void aMissingTouchpointIsFlagged() {
        var run = expectations.run(new OpenInScope(), escalation().build());

        assertThat(run.fired()).isEqualTo(Map.of("2.8/next-touchpoint-missing", 1));
        assertThat(run.derived(Finding.class)).singleElement().satisfies(f -> assertThat(f.details()).isEmpty());
    }

    @Test
    void aTouchpointAtNowOrBeforeIsFlaggedOneAfterIsNot() {
        var atNow = expectations.run(new OpenInScope(), escalation().nextCustomerTouchpointAt(NOW).build());
        var before = expectations.run(new OpenInScope(), escalation().nextCustomerTouchpointAt(ago(1, 0)).build());
        var after = expectations.run(new OpenInScope(), escalation().nextCustomerTouchpointAt(NOW.plusNanos(1))
                .build());

        assertThat(atNow.fired()).isEqualTo(Map.of("2.8/next-touchpoint-missing", 1));
        assertThat(atNow.derived(Finding.class)).singleElement()
                .satisfies(f -> assertThat(f.details()).isEqualTo(Map.of("nextCustomerTouchpointAt", NOW)));
        assertThat(before.fired()).isEqualTo(Map.of("2.8/next-touchpoint-missing", 1));
        assertThat(after.fired()).isEmpty();
    }

    @Test
    void aClosedEscalationNeedsNoTouchpoint() {
        assertThat(expectations.run(new InScope(), escalation().closedAt(NOW).build()).fired()).isEmpty();
    }

    @Test
    void aCallOfThreeHoursIsFineThreeHoursAndAMinuteNeedsABreakEvenOutOfScope() {
        var threeHours = expectations.run(emergency().startedAt(ago(5, 0)).callStartedAt(ago(3, 0)).build());
        var longer = expectations.run(emergency().startedAt(ago(5, 0)).callStartedAt(ago(3, 1)).build());

        assertThat(threeHours.fired()).isEmpty();
        assertThat(longer.fired()).isEqualTo(Map.of("2.8/call-over-three-hours", 1));
        Map<String, Object> details = new HashMap<>(longer.derived(Finding.class).get(0).details());
        assertThat(details).isEqualTo(Map.of("callStartedAt", ago(3, 1), "running",
                Duration.ofHours(3).plusMinutes(1), "limit", Duration.ofHours(3)));
    }

    @Test
    void noCallNoFinding() {
        assertThat(expectations.run(emergency().startedAt(ago(9, 0)).build()).fired()).isEmpty();
    }
}
