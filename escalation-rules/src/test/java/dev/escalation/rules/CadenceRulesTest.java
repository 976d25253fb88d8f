package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.escalation;
import static dev.escalation.rules.RuleHarness.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Cadence;
import dev.escalation.model.Escalation;
import dev.escalation.model.Severity;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.OpenInScope;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * cadence.drl: POLICY.md 2.8 (S2: Managing the Escalation; Definitions of Severity Levels; Internal Standup Cadence).
 * "More than" is strict and "at least" inclusive, the 7-day window is {@code (now - 7 d, now]}; each boundary is tested
 * on both sides. The cadence and {@code OpenInScope} are given, as severity.drl and scope.drl derive them.
 *
 * <p>Literal readings: a gap counts from the later of {@code openedAt} and the last matching activity, so an activity
 * logged before the escalation opened counts as at {@code openedAt}; a standup gap counts from the latest of
 * {@code openedAt}, the first {@code STANDUP_SCHEDULED} and the last {@code STANDUP_HELD} (the general rule of 2.8 and
 * the standup clause together); with a calendar, the finding's {@code gap} is the working time and its {@code since}
 * the instant it counts from; exactly the limit in working time is not "more than".
 */
class CadenceRulesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final RuleHarness cadence = RuleHarness.of("cadence.drl");

    /** @return a medium escalation opened at that instant, with no activity */
    private static Escalation.Builder running(Instant openedAt) {
        return escalation().severity(Severity.MEDIUM).openedAt(openedAt);
    }

    private static Activity at(ActivityKind kind, Instant at) {
        return Activity.of(kind, at);
    }

    private static Finding only(RuleHarness.Run run, FindingCode code) {
        List<Finding> found = run.derived(Finding.class).stream().filter(f -> f.is(code)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    @Nested
    class InternalUpdates {

        @Test
        void twentyFourHoursAfterOpeningWithoutUpdateIsNotOverdue() {
            assertThat(cadence.run(new OpenInScope(), running(ago(24, 0)).build()).fired()).isEmpty();
        }

        @Test
        void twentyFourHoursAndAMinuteAfterOpeningWithoutUpdateIsOverdue() {
            var run = cadence.run(new OpenInScope(), running(ago(24, 1)).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.8/internal-update-overdue", 1));
            assertThat(only(run, FindingCode.INTERNAL_UPDATE_OVERDUE).details()).isEqualTo(Map.of(
                    "since", ago(24, 1), "gap", Duration.ofHours(24).plusMinutes(1), "limit", Duration.ofHours(24)));
            assertThat(run.explanation()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo(
                    "no internal update since " + ago(24, 1) + ": 24 h 1 min without one, more than 24 h (default)"));
        }

        @Test
        void theGapCountsFromTheLatestInternalUpdate() {
            Escalation escalation = running(NOW.minus(Duration.ofDays(5))).activity(
                    at(ActivityKind.INTERNAL_UPDATE, ago(72, 0)), at(ActivityKind.INTERNAL_UPDATE, ago(24, 1)),
                    at(ActivityKind.CUSTOMER_UPDATE, NOW), at(ActivityKind.INTERNAL_UPDATE, ago(30, 0))).build();

            var run = cadence.run(new OpenInScope(), escalation);

            assertThat(only(run, FindingCode.INTERNAL_UPDATE_OVERDUE).details())
                    .containsEntry("since", ago(24, 1)).containsEntry("lastUpdate", ago(24, 1));
        }

        @Test
        void anUpdateExactlyTwentyFourHoursAgoIsInTime() {
            Escalation escalation = running(NOW.minus(Duration.ofDays(5)))
                    .activity(at(ActivityKind.INTERNAL_UPDATE, ago(24, 0))).build();

            assertThat(cadence.run(new OpenInScope(), escalation).fired())
                    .doesNotContainKey("2.8/internal-update-overdue");
        }

        /** An update logged before the escalation opened never makes the gap longer than the escalation. */
        @Test
        void anUpdateLoggedBeforeOpeningCountsFromOpening() {
            Escalation young = running(ago(2, 0)).activity(at(ActivityKind.INTERNAL_UPDATE, ago(200, 0))).build();
            Escalation older = running(ago(24, 1)).activity(at(ActivityKind.INTERNAL_UPDATE, ago(200, 0))).build();

            assertThat(cadence.run(new OpenInScope(), young).fired()).isEmpty();
            assertThat(only(cadence.run(new OpenInScope(), older), FindingCode.INTERNAL_UPDATE_OVERDUE).details())
                    .containsEntry("since", ago(24, 1)).containsEntry("lastUpdate", ago(200, 0))
                    .containsEntry("gap", Duration.ofHours(24).plusMinutes(1));
        }

        @Test
        void aClosedOrOutOfScopeEscalationHasNoRunningFindings() {
            Escalation stale = escalation().openedAt(NOW.minus(Duration.ofDays(30))).build();

            assertThat(cadence.run(new InScope(), Cadence.DAILY, stale.toBuilder().closedAt(NOW).build()).fired())
                    .isEmpty();
            assertThat(cadence.run(Cadence.DAILY, stale).fired()).isEmpty();
        }
    }

    @Nested
    class CustomerUpdates {

        /** Each cadence's gap, a minute on each side; STANDARD has no gap at all. */
        @ParameterizedTest
        @CsvSource({
            "DAILY, PT24H, true", "DAILY, PT23H59M, false",
            "MULTIPLE_TIMES_PER_WEEK, PT84H, true", "MULTIPLE_TIMES_PER_WEEK, PT83H59M, false",
            "WEEKLY_TO_BIWEEKLY, P14D, true", "WEEKLY_TO_BIWEEKLY, PT335H59M, false",
        })
        void overdueOnlyAfterMoreThanTheCadencesGap(Cadence level, Duration gap, boolean justOver) {
            Instant lastUpdate = NOW.minus(gap).minus(Duration.ofMinutes(1));
            Escalation escalation = running(NOW.minus(Duration.ofDays(40))).activity(
                    at(ActivityKind.CUSTOMER_UPDATE, lastUpdate), at(ActivityKind.INTERNAL_UPDATE, NOW)).build();

            var run = cadence.run(new OpenInScope(), level, escalation);

            if (justOver) {
                assertThat(run.fired()).isEqualTo(Map.of("2.8/customer-update-overdue", 1));
                assertThat(only(run, FindingCode.CUSTOMER_UPDATE_OVERDUE).details()).isEqualTo(Map.of(
                        "cadence", level, "since", lastUpdate, "lastUpdate", lastUpdate,
                        "gap", gap.plusMinutes(1), "limit", gap));
            } else {
                assertThat(run.fired()).isEmpty();
            }
        }

        @Test
        void atExactlyTheGapTheCustomerUpdateIsInTime() {
            Escalation escalation = running(NOW.minus(Duration.ofDays(3))).activity(
                    at(ActivityKind.CUSTOMER_UPDATE, NOW.minus(Duration.ofHours(24))),
                    at(ActivityKind.INTERNAL_UPDATE, NOW)).build();

            assertThat(cadence.run(new OpenInScope(), Cadence.DAILY, escalation).fired()).isEmpty();
        }

        @Test
        void standardCommunicationIsNeverOverdue() {
            Escalation escalation = running(NOW.minus(Duration.ofDays(400)))
                    .activity(at(ActivityKind.INTERNAL_UPDATE, NOW)).build();

            assertThat(cadence.run(new OpenInScope(), Cadence.STANDARD, escalation).fired()).isEmpty();
        }

        @Test
        void withoutAnyUpdateTheGapCountsFromOpening() {
            var run = cadence.run(new OpenInScope(), Cadence.DAILY, running(ago(25, 0))
                    .activity(at(ActivityKind.INTERNAL_UPDATE, NOW)).build());

            assertThat(only(run, FindingCode.CUSTOMER_UPDATE_OVERDUE).details()).containsEntry("since", ago(25, 0))
                    .doesNotContainKey("lastUpdate");
        }

        @Test
        void anUpdateLoggedBeforeOpeningCountsFromOpening() {
            var run = cadence.run(new OpenInScope(), Cadence.DAILY, running(ago(23, 0)).activity(
                    at(ActivityKind.INTERNAL_UPDATE, NOW), at(ActivityKind.CUSTOMER_UPDATE, ago(100, 0))).build());

            assertThat(run.fired()).isEmpty();
        }
    }

    @Nested
    class UpdatesPerWeek {

        private Escalation highWith(Instant openedAt, Instant... customerUpdates) {
            List<Activity> log = new java.util.ArrayList<>(
                    IntStream.range(0, customerUpdates.length)
                            .mapToObj(i -> at(ActivityKind.CUSTOMER_UPDATE, customerUpdates[i])).toList());
            log.add(at(ActivityKind.INTERNAL_UPDATE, NOW));
            return running(openedAt).severity(Severity.HIGH).activity(log).build();
        }

        @Test
        void openExactlySevenDaysWithTwoUpdatesIsTooFew() {
            var run = cadence.run(new OpenInScope(), highWith(NOW.minus(Duration.ofDays(7)), ago(1, 0), ago(2, 0)));

            assertThat(run.fired()).isEqualTo(Map.of("2.8/customer-updates-too-few", 1));
            assertThat(only(run, FindingCode.CUSTOMER_UPDATES_TOO_FEW).details()).isEqualTo(Map.of(
                    "count", 2, "minimum", 3, "windowStart", NOW.minus(Duration.ofDays(7))));
        }

        @Test
        void openAMinuteLessThanSevenDaysIsNotJudgedYet() {
            var run = cadence.run(new OpenInScope(),
                    highWith(NOW.minus(Duration.ofDays(7)).plus(Duration.ofMinutes(1)), ago(1, 0)));

            assertThat(run.fired()).doesNotContainKey("2.8/customer-updates-too-few");
        }

        @Test
        void threeUpdatesInTheWindowAreEnough() {
            var run = cadence.run(new OpenInScope(),
                    highWith(NOW.minus(Duration.ofDays(10)), ago(1, 0), ago(50, 0), NOW));

            assertThat(run.fired()).doesNotContainKey("2.8/customer-updates-too-few");
        }

        @Test
        void anUpdateExactlySevenDaysAgoIsOutsideTheHalfOpenWindow() {
            Instant edge = NOW.minus(Duration.ofDays(7));
            var atEdge = cadence.run(new OpenInScope(), highWith(NOW.minus(Duration.ofDays(10)), edge, ago(1, 0), NOW));
            var inside = cadence.run(new OpenInScope(), highWith(NOW.minus(Duration.ofDays(10)),
                    edge.plus(Duration.ofMinutes(1)), ago(1, 0), NOW));

            assertThat(atEdge.fired()).containsEntry("2.8/customer-updates-too-few", 1);
            assertThat(only(atEdge, FindingCode.CUSTOMER_UPDATES_TOO_FEW).details()).containsEntry("count", 2);
            assertThat(inside.fired()).doesNotContainKey("2.8/customer-updates-too-few");
        }

        @Test
        void criticalIsJudgedMediumAndLowAreNot() {
            Escalation stale = highWith(NOW.minus(Duration.ofDays(30)));

            assertThat(cadence.run(new OpenInScope(), stale.toBuilder().severity(Severity.CRITICAL).build()).fired())
                    .containsEntry("2.8/customer-updates-too-few", 1);
            assertThat(cadence.run(new OpenInScope(), stale.toBuilder().severity(Severity.MEDIUM).build()).fired())
                    .doesNotContainKey("2.8/customer-updates-too-few");
            assertThat(cadence.run(new OpenInScope(), stale.toBuilder().severity(Severity.LOW).build()).fired())
                    .doesNotContainKey("2.8/customer-updates-too-few");
        }

        @Test
        void aClosedEscalationIsNotCounted() {
            Escalation stale = highWith(NOW.minus(Duration.ofDays(30))).toBuilder().closedAt(NOW).build();

            assertThat(cadence.run(new InScope(), stale).fired()).isEmpty();
        }
    }

    @Nested
    class Standups {

        /** @return a medium escalation with every update on time, so that only standups are judged at the given cadence */
        private Escalation.Builder daily(Instant openedAt, Activity... standups) {
            List<Activity> log = new java.util.ArrayList<>(List.of(standups));
            log.add(at(ActivityKind.INTERNAL_UPDATE, NOW));
            log.add(at(ActivityKind.CUSTOMER_UPDATE, NOW));
            return running(openedAt).activity(log);
        }

        @Test
        void noStandupIsOverdueBeforeTheSeriesIsScheduled() {
            var run = cadence.run(new OpenInScope(), Cadence.DAILY, daily(NOW.minus(Duration.ofDays(5))).build());

            assertThat(run.fired()).doesNotContainKey("2.8/standup-overdue");
        }

        @Test
        void aDailyStandupIsOverdueOnlyAfterMoreThan24HoursFromTheLastOneHeld() {
            Instant opened = NOW.minus(Duration.ofDays(5));
            var exactly = cadence.run(new OpenInScope(), Cadence.DAILY, daily(opened,
                    at(ActivityKind.STANDUP_SCHEDULED, opened), at(ActivityKind.STANDUP_HELD, ago(24, 0))).build());
            var later = cadence.run(new OpenInScope(), Cadence.DAILY, daily(opened,
                    at(ActivityKind.STANDUP_SCHEDULED, opened), at(ActivityKind.STANDUP_HELD, ago(48, 0)),
                    at(ActivityKind.STANDUP_HELD, ago(24, 1))).build());

            assertThat(exactly.fired()).doesNotContainKey("2.8/standup-overdue");
            assertThat(later.fired()).isEqualTo(Map.of("2.8/standup-overdue", 1));
            assertThat(only(later, FindingCode.STANDUP_OVERDUE).details()).isEqualTo(Map.of("cadence", Cadence.DAILY,
                    "since", ago(24, 1), "lastStandup", ago(24, 1), "gap", Duration.ofHours(24).plusMinutes(1),
                    "limit", Duration.ofHours(24)));
            assertThat(only(later, FindingCode.STANDUP_OVERDUE).details().keySet())
                    .containsExactly("cadence", "since", "lastStandup", "gap", "limit");
        }

        @Test
        void withoutAStandupHeldTheGapCountsFromTheFirstScheduling() {
            Instant opened = NOW.minus(Duration.ofDays(5));
            var run = cadence.run(new OpenInScope(), Cadence.DAILY, daily(opened,
                    at(ActivityKind.STANDUP_SCHEDULED, ago(30, 0)), at(ActivityKind.STANDUP_SCHEDULED, ago(2, 0)))
                    .build());

            assertThat(only(run, FindingCode.STANDUP_OVERDUE).details()).containsEntry("since", ago(30, 0))
                    .doesNotContainKey("lastStandup").containsEntry("gap", Duration.ofHours(30));
        }

        @Test
        void aSchedulingLoggedBeforeOpeningCountsFromOpening() {
            var run = cadence.run(new OpenInScope(), Cadence.DAILY, daily(ago(20, 0),
                    at(ActivityKind.STANDUP_SCHEDULED, ago(100, 0))).build());

            assertThat(run.fired()).doesNotContainKey("2.8/standup-overdue");
        }

        @ParameterizedTest
        @CsvSource({"MULTIPLE_TIMES_PER_WEEK, PT84H", "WEEKLY_TO_BIWEEKLY, P14D"})
        void eachCadenceHasItsStandupGap(Cadence level, Duration gap) {
            Instant opened = NOW.minus(Duration.ofDays(40));
            var exactly = cadence.run(new OpenInScope(), level, daily(opened,
                    at(ActivityKind.STANDUP_SCHEDULED, opened), at(ActivityKind.STANDUP_HELD, NOW.minus(gap))).build());
            var over = cadence.run(new OpenInScope(), level, daily(opened, at(ActivityKind.STANDUP_SCHEDULED, opened),
                    at(ActivityKind.STANDUP_HELD, NOW.minus(gap).minusSeconds(1))).build());

            assertThat(exactly.fired()).doesNotContainKey("2.8/standup-overdue");
            assertThat(over.fired()).containsEntry("2.8/standup-overdue", 1);
        }

        @Test
        void standardCommunicationHasNoStandupGapUnlessSet() {
            Instant opened = NOW.minus(Duration.ofDays(400));
            Escalation escalation = daily(opened, at(ActivityKind.STANDUP_SCHEDULED, opened)).build();
            PolicySettings monthly = PolicySettings.builder().standupGap(Cadence.STANDARD, Duration.ofDays(30)).build();

            assertThat(cadence.run(new OpenInScope(), Cadence.STANDARD, escalation).fired()).isEmpty();
            var run = cadence.run(monthly, NOW, new OpenInScope(), Cadence.STANDARD, escalation);
            assertThat(run.fired()).isEqualTo(Map.of("2.8/standup-overdue", 1));
            assertThat(run.explanation()).singleElement().satisfies(e -> assertThat(e.reason())
                    .endsWith("more than 30 d (override) at cadence STANDARD"));
        }

        @Test
        void aClosedEscalationHasNoStandupOverdue() {
            Instant opened = NOW.minus(Duration.ofDays(5));
            var run = cadence.run(new InScope(), Cadence.DAILY, daily(opened,
                    at(ActivityKind.STANDUP_SCHEDULED, opened)).closedAt(NOW).build());

            assertThat(run.fired()).isEmpty();
        }
    }

    @Nested
    class WorkingDays {

        private PolicySettings calendar(WorkingCalendar calendar) {
            return PolicySettings.builder().calendar(calendar).build();
        }

        /** @return an open medium escalation updated internally and to the customer at that instant */
        private Escalation updatedAt(Instant update) {
            return running(update.minus(Duration.ofDays(10)))
                    .activity(at(ActivityKind.INTERNAL_UPDATE, update), at(ActivityKind.CUSTOMER_UPDATE, update))
                    .build();
        }

        /** The New York spring-forward weekend: 71 h of wall clock between Friday and Monday 16:00, 24 h of work. */
        @Test
        void aFridayUpdateIsOverdueOnMondayAfterASecondMoreAcrossTheNewYorkDstWeekend() {
            PolicySettings settings = calendar(WorkingCalendar.of("America/New_York"));
            Instant friday = local("2026-03-06T16:00", NEW_YORK);
            Escalation escalation = updatedAt(friday);

            var monday = cadence.run(settings, local("2026-03-09T16:00", NEW_YORK), new OpenInScope(), Cadence.DAILY,
                    escalation);
            var mondayAndASecond = cadence.run(settings, local("2026-03-09T16:00:01", NEW_YORK), new OpenInScope(),
                    Cadence.DAILY, escalation);
            var wallClock = cadence.run(PolicySettings.defaults(), local("2026-03-09T16:00", NEW_YORK),
                    new OpenInScope(), Cadence.DAILY, escalation);

            assertThat(monday.fired()).isEmpty();
            assertThat(mondayAndASecond.fired())
                    .isEqualTo(Map.of("2.8/internal-update-overdue", 1, "2.8/customer-update-overdue", 1));
            assertThat(only(mondayAndASecond, FindingCode.INTERNAL_UPDATE_OVERDUE).details())
                    .containsEntry("gap", Duration.ofHours(24).plusSeconds(1)).containsEntry("since", friday);
            assertThat(only(wallClock, FindingCode.INTERNAL_UPDATE_OVERDUE).details())
                    .containsEntry("gap", Duration.ofHours(71));
        }

        @Test
        void theExplanationSaysTheGapCountedOnlyWorkingDays() {
            PolicySettings settings = calendar(WorkingCalendar.of("America/New_York"));
            Instant friday = local("2026-03-06T16:00", NEW_YORK);

            var run = cadence.run(settings, local("2026-03-09T17:00", NEW_YORK), new OpenInScope(), Cadence.DAILY,
                    updatedAt(friday));

            assertThat(run.explanation()).filteredOn(e -> e.ruleId().equals("2.8/internal-update-overdue"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.reason()).isEqualTo("no internal update since " + friday
                            + ": 25 h on working days (America/New_York) without one, more than 24 h (default)"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-27T16:00", "2026-10-23T16:00"})
        void theBerlinDstWeekendsCountNothing(String friday) {
            PolicySettings settings = calendar(WorkingCalendar.of("Europe/Berlin"));
            Instant update = local(friday, BERLIN);
            Instant monday = local(LocalDateTime.parse(friday).plusDays(3).toString(), BERLIN);

            assertThat(cadence.run(settings, monday, new OpenInScope(), Cadence.DAILY, updatedAt(update)).fired())
                    .isEmpty();
            assertThat(cadence.run(settings, monday.plusNanos(1), new OpenInScope(), Cadence.DAILY, updatedAt(update))
                    .fired()).containsEntry("2.8/internal-update-overdue", 1);
        }

        @Test
        void aHolidayIsLeftOut() {
            Instant thursday = local("2026-12-24T16:00", BERLIN);
            Instant monday = local("2026-12-28T16:00", BERLIN);
            PolicySettings christmas = calendar(WorkingCalendar.of("Europe/Berlin")
                    .withHolidays(LocalDate.parse("2026-12-25")));

            assertThat(cadence.run(christmas, monday, new OpenInScope(), Cadence.DAILY, updatedAt(thursday)).fired())
                    .isEmpty();
            assertThat(cadence.run(calendar(WorkingCalendar.of("Europe/Berlin")), monday, new OpenInScope(),
                    Cadence.DAILY, updatedAt(thursday)).fired()).containsEntry("2.8/internal-update-overdue", 1);
        }

        /** A seven-day working week counts every day in full, DST days at their real length: wall-clock time. */
        @ParameterizedTest
        @CsvSource({"2026-03-07T16:00, PT23H", "2026-03-07T16:00, PT23H1S", "2026-10-31T16:00, PT25H",
            "2026-10-31T16:00, PT24H", "2026-06-01T00:00, PT24H", "2026-06-01T00:00, PT24H0.000000001S"})
        void aSevenDayWeekDecidesAsNoCalendar(String update, Duration wallClock) {
            WorkingCalendar everyDay = new WorkingCalendar(NEW_YORK, EnumSet.allOf(DayOfWeek.class), Set.of());
            Instant from = local(update, NEW_YORK);
            Instant now = from.plus(wallClock);

            var withCalendar = cadence.run(calendar(everyDay), now, new OpenInScope(), Cadence.DAILY, updatedAt(from));
            var withoutCalendar = cadence.run(PolicySettings.defaults(), now, new OpenInScope(), Cadence.DAILY,
                    updatedAt(from));

            assertThat(withCalendar.derived(Finding.class))
                    .containsExactlyInAnyOrderElementsOf(withoutCalendar.derived(Finding.class));
            assertThat(withCalendar.fired().containsKey("2.8/internal-update-overdue"))
                    .isEqualTo(wallClock.compareTo(Duration.ofHours(24)) > 0);
        }

        /** The calendar applies to the three gaps and nothing else: the 7-day window stays wall-clock time. */
        @Test
        void theSevenDayWindowStaysWallClockTime() {
            PolicySettings settings = calendar(WorkingCalendar.of("Europe/Berlin"));
            Instant now = local("2026-03-30T10:00", BERLIN);
            Escalation high = running(now.minus(Duration.ofDays(7))).severity(Severity.HIGH)
                    .activity(at(ActivityKind.INTERNAL_UPDATE, now), at(ActivityKind.CUSTOMER_UPDATE, now)).build();

            var run = cadence.run(settings, now, new OpenInScope(), Cadence.MULTIPLE_TIMES_PER_WEEK, high);

            assertThat(run.fired()).isEqualTo(Map.of("2.8/customer-updates-too-few", 1));
        }

        @Test
        void standupGapsCountWorkingDaysToo() {
            PolicySettings settings = calendar(WorkingCalendar.of("America/New_York"));
            Instant friday = local("2026-03-06T16:00", NEW_YORK);
            Escalation escalation = running(friday.minus(Duration.ofDays(3))).activity(
                    at(ActivityKind.STANDUP_SCHEDULED, friday.minus(Duration.ofDays(3))),
                    at(ActivityKind.STANDUP_HELD, friday), at(ActivityKind.INTERNAL_UPDATE, friday.plusSeconds(1)),
                    at(ActivityKind.CUSTOMER_UPDATE, friday.plusSeconds(1))).build();

            var monday = cadence.run(settings, local("2026-03-09T16:00", NEW_YORK), new OpenInScope(), Cadence.DAILY,
                    escalation);
            var later = cadence.run(settings, local("2026-03-09T16:00:01", NEW_YORK), new OpenInScope(),
                    Cadence.DAILY, escalation);

            assertThat(monday.fired()).isEmpty();
            assertThat(later.fired()).isEqualTo(Map.of("2.8/standup-overdue", 1));
        }
    }
}
