package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.emergency;
import static dev.escalation.rules.Fixtures.escalation;
import static dev.escalation.rules.RuleHarness.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Emergency;
import dev.escalation.rules.facts.ChecklistDone;
import dev.escalation.rules.facts.ChecklistDue;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.OpenInScope;
import dev.escalation.settings.PolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * expectations.drl: POLICY.md 2.7 and 2.8 (S0: Expectations during an Account Escalation).
 *
 * <p>Literal readings: the on-call duties are added whenever the case holds an emergency and an in-scope escalation
 * ("the emergency became this escalation"), whatever 2.1 advises at now; a touchpoint exactly at now is not "after
 * now"; {@code CALL_OVER_THREE_HOURS} needs only the emergency, not an escalation nor an in-scope account (2.3 says
 * it concerns the emergency). (v3) The handover is done by a {@code HANDOVER} at or after {@code shiftEndsAt - 1 h}
 * whenever it is logged after that, even after the shift's end; without {@code shiftEndsAt} the item is ongoing and
 * no {@code HANDOVER} completes it; the item's overdue finding, like every checklist item's, needs an open escalation.
 */
class ExpectationsRulesTest {

    private final RuleHarness expectations = RuleHarness.of("expectations.drl");

    /** With opening.drl, whose rule says what is overdue. */
    private final RuleHarness withOpening = RuleHarness.of("expectations.drl", "opening.drl");

    private static Emergency shiftEndingAt(Instant shiftEndsAt) {
        return emergency().shiftEndsAt(shiftEndsAt).build();
    }

    private static List<Finding> handoverOverdue(RuleHarness.Run run) {
        return run.derived(Finding.class).stream().filter(f -> f.is(FindingCode.CHECKLIST_ITEM_OVERDUE)
                && f.details().get("item") == ChecklistItem.HAND_OVER_AT_SHIFT_END).toList();
    }

    private static Activity handover(Instant at) {
        return Activity.of(ActivityKind.HANDOVER, at);
    }

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

    /** A shift that ends after now (POLICY.md section 1 allows it) makes the handover due then. */
    @Test
    void theHandoverIsDueAtTheShiftsEnd() {
        Instant shiftEnds = NOW.plus(Duration.ofHours(2));

        var run = expectations.run(new InScope(), shiftEndingAt(shiftEnds), escalation().build());

        assertThat(run.derived(ChecklistDue.class))
                .contains(new ChecklistDue(ChecklistItem.HAND_OVER_AT_SHIFT_END, shiftEnds));
    }

    @Test
    void aHandoverFromAnHourBeforeTheShiftsEndCompletesItASecondEarlierDoesNot() {
        Instant shiftEnds = ago(0, 30);
        Instant windowOpens = shiftEnds.minus(Duration.ofHours(1));

        var atWindow = expectations.run(new InScope(), shiftEndingAt(shiftEnds),
                escalation().activity(handover(windowOpens)).build());
        var before = expectations.run(new InScope(), shiftEndingAt(shiftEnds),
                escalation().activity(handover(windowOpens.minusSeconds(1))).build());

        assertThat(atWindow.fired()).containsEntry("2.7/handed-over", 1);
        assertThat(atWindow.derived(ChecklistDone.class))
                .containsExactly(new ChecklistDone(ChecklistItem.HAND_OVER_AT_SHIFT_END));
        assertThat(before.fired()).doesNotContainKey("2.7/handed-over");
        assertThat(before.derived(ChecklistDone.class)).isEmpty();
    }

    @Test
    void theHandoverWindowIsASetting() {
        Instant shiftEnds = ago(0, 10);
        var escalation = escalation().activity(handover(shiftEnds.minus(Duration.ofMinutes(45)))).build();
        PolicySettings halfAnHour = PolicySettings.builder().handoverWindow(Duration.ofMinutes(30)).build();

        assertThat(expectations.run(new InScope(), shiftEndingAt(shiftEnds), escalation).fired())
                .containsEntry("2.7/handed-over", 1);
        assertThat(expectations.run(halfAnHour, NOW, new InScope(), shiftEndingAt(shiftEnds), escalation).fired())
                .doesNotContainKey("2.7/handed-over");
    }

    @Test
    void anOngoingHandoverIsNeverDone() {
        var run = expectations.run(new InScope(), emergency().build(), escalation().activity(handover(NOW)).build());

        assertThat(run.fired()).doesNotContainKey("2.7/handed-over");
        assertThat(run.derived(ChecklistDone.class)).isEmpty();
    }

    @Test
    void theHandoverIsOverdueOnlyStrictlyAfterTheShiftsEnd() {
        var atShiftEnd = withOpening.run(new InScope(), new OpenInScope(), shiftEndingAt(NOW),
                escalation().exitCriteria("stable").build());
        var aSecondLater = withOpening.run(new InScope(), new OpenInScope(), shiftEndingAt(NOW.minusSeconds(1)),
                escalation().exitCriteria("stable").build());
        var handedOver = withOpening.run(new InScope(), new OpenInScope(), shiftEndingAt(NOW.minusSeconds(1)),
                escalation().exitCriteria("stable").activity(handover(ago(1, 0))).build());

        assertThat(handoverOverdue(atShiftEnd)).isEmpty();
        assertThat(handoverOverdue(aSecondLater)).singleElement().satisfies(f -> assertThat(f.details())
                .isEqualTo(Map.of("item", ChecklistItem.HAND_OVER_AT_SHIFT_END, "due", NOW.minusSeconds(1),
                        "overdueBy", Duration.ofSeconds(1))));
        assertThat(handoverOverdue(handedOver)).isEmpty();
    }

    /** The overdue handover rests on the absence of "done": a handover shown done late withdraws it. */
    @Test
    void aHandoverShownDoneLateIsNoLongerOverdue() {
        var run = RuleHarness.withArrivals("expectations.drl", "opening.drl").run(new InScope(), new OpenInScope(),
                shiftEndingAt(ago(1, 0)), escalation().exitCriteria("stable").build(),
                new Arrival(new ChecklistDone(ChecklistItem.HAND_OVER_AT_SHIFT_END)));

        assertThat(run.fired()).containsEntry("2.7/checklist-item-overdue", 1);
        assertThat(handoverOverdue(run)).isEmpty();
        assertThat(run.explanation()).noneMatch(e -> e.ruleId().equals("2.7/checklist-item-overdue"));
    }
}
