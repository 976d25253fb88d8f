package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Assessment;
import dev.escalation.model.Cadence;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import dev.escalation.settings.PolicySettings;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every setting changes the decisions at its own boundary: with it set to a new value, a minute under that value
 * does not decide and a minute over does (counts: one under and at). All settings are changed in one policy, built
 * once, and the explanation names the value that applied as an override.
 */
class SettingsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");
    private static final Account ACME = Account.builder("Acme", Segment.CSM_MANAGED)
            .team(Team.builder().csm("Casey").build()).build();

    private static EscalationPolicy tuned;

    @BeforeAll
    static void buildOnce() {
        tuned = EscalationPolicy.builder().settings(PolicySettings.builder()
                .conversionThreshold(Duration.ofHours(2))
                .upgradeProblemCount(4)
                .immediateGrace(Duration.ofMinutes(30))
                .standupDeadline(Duration.ofHours(12))
                .internalUpdateGap(Duration.ofHours(6))
                .customerUpdateGap(Cadence.DAILY, Duration.ofHours(10))
                .customerUpdateGap(Cadence.MULTIPLE_TIMES_PER_WEEK, Duration.ofHours(50))
                .customerUpdateGap(Cadence.WEEKLY_TO_BIWEEKLY, Duration.ofDays(3))
                .customerUpdateGap(Cadence.STANDARD, Duration.ofDays(30))
                .customerUpdatesPerWeek(5)
                .customerUpdateWindow(Duration.ofDays(3))
                .callLimit(Duration.ofHours(1))
                .exitCriteriaGrace(Duration.ofHours(2))
                .build()).build();
    }

    private static Duration minutes(long hours, long minutes) {
        return Duration.ofHours(hours).plusMinutes(minutes);
    }

    private static Assessment assess(Emergency emergency) {
        return tuned.assess(EscalationCase.of(ACME).emergency(emergency).build(), NOW);
    }

    /** An open escalation whose every other finding is kept quiet, so each test sees its own. */
    private static Escalation.Builder quiet(Severity severity, Duration open) {
        Instant opened = NOW.minus(open);
        return Escalation.builder(severity, opened).exitCriteria("stable").nextCustomerTouchpointAt(NOW.plusSeconds(60))
                .activity(Activity.of(ActivityKind.CHANNEL_CREATED, opened), Activity.of(ActivityKind.DECLARED, opened),
                        Activity.of(ActivityKind.DRI_AND_ASKS_IDENTIFIED, opened),
                        Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, opened),
                        Activity.of(ActivityKind.STANDUP_SCHEDULED, opened),
                        Activity.of(ActivityKind.INTERNAL_UPDATE, NOW), Activity.of(ActivityKind.CUSTOMER_UPDATE, NOW));
    }

    private static Assessment assess(Escalation escalation) {
        return tuned.assess(EscalationCase.of(ACME).escalation(escalation).build(), NOW);
    }

    @Test
    void conversionThreshold() {
        assertThat(assess(Emergency.builder("T", NOW.minus(minutes(2, 0))).build()).conversion().orElseThrow()
                .recommended()).isFalse();
        Assessment over = assess(Emergency.builder("T", NOW.minus(minutes(2, 1))).build());
        assertThat(over.conversion().orElseThrow().recommended()).isTrue();
        assertThat(over.explanation()).extracting(Explanation::reason)
                .contains("emergency running 2 h 1 min, over 2 h (override), with no clear resolution in sight");
    }

    @Test
    void upgradeProblemCount() {
        assertThat(assess(Emergency.builder("T", NOW).afterUpgrade(true).upgradeRelatedProblems(3).build())
                .conversion().orElseThrow().recommended()).isFalse();
        Assessment four = assess(Emergency.builder("T", NOW).afterUpgrade(true).upgradeRelatedProblems(4).build());
        assertThat(four.conversion().orElseThrow().recommended()).isTrue();
        assertThat(four.explanation()).extracting(Explanation::reason)
                .contains("emergency after an upgrade with 4 related problems, at least 4 (override)");
    }

    @Test
    void immediateGrace() {
        Escalation atGrace = Escalation.builder(Severity.LOW, NOW.minus(minutes(0, 30))).build();
        Escalation overGrace = atGrace.toBuilder().openedAt(NOW.minus(minutes(0, 31))).build();

        assertThat(assess(atGrace).has(FindingCode.CHECKLIST_ITEM_OVERDUE)).isFalse();
        assertThat(overdueItems(assess(overGrace))).containsExactly(ChecklistItem.CREATE_ESCALATION_CHANNEL,
                ChecklistItem.IDENTIFY_DRI_AND_ASKS, ChecklistItem.DECLARE_ESCALATION, ChecklistItem.OPEN_CS_HELP_REQUEST,
                ChecklistItem.INFORM_INVOLVED);
    }

    @Test
    void standupDeadline() {
        Escalation at = quiet(Severity.LOW, minutes(12, 0)).activity(
                Activity.of(ActivityKind.INTERNAL_UPDATE, NOW)).build();
        Escalation over = at.toBuilder().openedAt(NOW.minus(minutes(12, 1))).build();

        assertThat(overdueItems(assess(at))).doesNotContain(ChecklistItem.SCHEDULE_INTERNAL_STANDUP);
        assertThat(overdueItems(assess(over))).contains(ChecklistItem.SCHEDULE_INTERNAL_STANDUP);
    }

    private static java.util.List<Object> overdueItems(Assessment assessment) {
        return assessment.findings(FindingCode.CHECKLIST_ITEM_OVERDUE).stream().map(f -> f.details().get("item"))
                .toList();
    }

    @Test
    void internalUpdateGap() {
        Escalation base = quiet(Severity.LOW, Duration.ofDays(1)).build();
        Escalation at = withOnly(base, ActivityKind.INTERNAL_UPDATE, NOW.minus(minutes(6, 0)));
        Escalation over = withOnly(base, ActivityKind.INTERNAL_UPDATE, NOW.minus(minutes(6, 1)));

        assertThat(assess(at).has(FindingCode.INTERNAL_UPDATE_OVERDUE)).isFalse();
        assertThat(assess(over).findings(FindingCode.INTERNAL_UPDATE_OVERDUE)).singleElement()
                .satisfies(f -> assertThat(f.details()).containsEntry("limit", Duration.ofHours(6)));
    }

    /** The escalation's log with every activity of that kind moved to one instant. */
    private static Escalation withOnly(Escalation escalation, ActivityKind kind, Instant at) {
        var log = new java.util.ArrayList<>(escalation.activity().stream().filter(a -> a.kind() != kind).toList());
        log.add(Activity.of(kind, at));
        return escalation.toBuilder().activity(log).build();
    }

    @Test
    void customerUpdateGapPerCadence() {
        record Gap(Severity severity, Duration gap) {
        }
        for (Gap g : new Gap[] {new Gap(Severity.CRITICAL, Duration.ofHours(10)),
            new Gap(Severity.HIGH, Duration.ofHours(50)), new Gap(Severity.MEDIUM, Duration.ofDays(3)),
            new Gap(Severity.LOW, Duration.ofDays(30))}) {
            Escalation base = quiet(g.severity(), Duration.ofDays(40)).build();
            Escalation at = withOnly(base, ActivityKind.CUSTOMER_UPDATE, NOW.minus(g.gap()));
            Escalation over = withOnly(base, ActivityKind.CUSTOMER_UPDATE, NOW.minus(g.gap()).minusSeconds(60));

            assertThat(assess(at).has(FindingCode.CUSTOMER_UPDATE_OVERDUE)).as("%s at", g).isFalse();
            assertThat(assess(over).findings(FindingCode.CUSTOMER_UPDATE_OVERDUE)).as("%s over", g).singleElement()
                    .satisfies(f -> assertThat(f.details()).containsEntry("limit", g.gap()));
        }
    }

    @Test
    void customerUpdatesPerWeekAndTheirWindow() {
        Escalation base = quiet(Severity.HIGH, Duration.ofDays(3)).build();
        var updates = new java.util.ArrayList<>(base.activity());
        for (int i = 1; i <= 3; i++) {
            updates.add(Activity.of(ActivityKind.CUSTOMER_UPDATE, NOW.minus(Duration.ofHours(10 * i))));
        }
        Escalation four = base.toBuilder().activity(updates).build();
        updates.add(Activity.of(ActivityKind.CUSTOMER_UPDATE, NOW.minus(Duration.ofHours(40))));
        Escalation five = base.toBuilder().activity(updates).build();
        Escalation notYet = four.toBuilder().openedAt(NOW.minus(Duration.ofDays(3)).plusSeconds(60)).build();

        assertThat(assess(four).findings(FindingCode.CUSTOMER_UPDATES_TOO_FEW)).singleElement()
                .satisfies(f -> assertThat(f.details()).containsEntry("count", 4).containsEntry("minimum", 5)
                        .containsEntry("windowStart", NOW.minus(Duration.ofDays(3))));
        assertThat(assess(five).has(FindingCode.CUSTOMER_UPDATES_TOO_FEW)).isFalse();
        assertThat(assess(notYet).has(FindingCode.CUSTOMER_UPDATES_TOO_FEW)).isFalse();
    }

    @Test
    void callLimit() {
        assertThat(assess(Emergency.builder("T", NOW.minus(minutes(5, 0))).callStartedAt(NOW.minus(minutes(1, 0)))
                .build()).has(FindingCode.CALL_OVER_THREE_HOURS)).isFalse();
        Finding over = assess(Emergency.builder("T", NOW.minus(minutes(5, 0))).callStartedAt(NOW.minus(minutes(1, 1)))
                .build()).findings(FindingCode.CALL_OVER_THREE_HOURS).get(0);
        assertThat(over.details()).containsEntry("limit", Duration.ofHours(1));
    }

    @Test
    void exitCriteriaGrace() {
        Escalation at = quiet(Severity.LOW, minutes(2, 0)).exitCriteria(java.util.List.of()).build();
        Escalation over = at.toBuilder().openedAt(NOW.minus(minutes(2, 1))).build();

        assertThat(assess(at).has(FindingCode.EXIT_CRITERIA_MISSING)).isFalse();
        assertThat(assess(over).has(FindingCode.EXIT_CRITERIA_MISSING)).isTrue();
    }

    @Test
    void theDefaultsDecideAsPolicyMdSays() {
        Assessment standard = EscalationPolicy.standard().assess(EscalationCase.of(ACME)
                .emergency(Emergency.builder("T", NOW.minus(minutes(2, 30))).build()).build(), NOW);

        assertThat(standard.conversion().orElseThrow().recommended()).isFalse();
        assertThat(tuned.settings()).isNotEqualTo(PolicySettings.defaults());
    }
}
