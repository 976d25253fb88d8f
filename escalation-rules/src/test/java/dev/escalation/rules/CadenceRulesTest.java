package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.account;
import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.escalation;
import static dev.escalation.rules.RuleHarness.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.EscalationState;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Cadence;
import dev.escalation.model.Escalation;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import dev.escalation.rules.facts.Assigned;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.Limit;
import dev.escalation.rules.facts.OpenInScope;
import dev.escalation.rules.facts.PsProjectEscalation;
import dev.escalation.rules.facts.Responsibility;
import dev.escalation.rules.facts.RunningGap;
import dev.escalation.rules.facts.WorkingTime;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * on both sides. The cadence and {@code OpenInScope} (or the account) are given, as severity.drl and questions.drl
 * derive them; questions.drl runs too, so that "actively managed since" and "monitoring" are its answers.
 *
 * <p>Literal readings: a gap counts from the later of {@code openedAt} and the last matching activity, so an activity
 * logged before the escalation opened counts as at {@code openedAt}; a standup gap counts from the latest of
 * {@code openedAt}, the first {@code STANDUP_SCHEDULED} and the last {@code STANDUP_HELD} (the general rule of 2.8 and
 * the standup clause together); with a calendar, the finding's {@code gap} is the working time and its {@code since}
 * the instant it counts from; exactly the limit in working time is not "more than". (v3) A {@code SEVERITY_CHANGED}
 * at the very instant of the last {@code RISK_REDUCED}, even listed after it, is not "strictly later" and keeps the
 * escalation monitoring; the change that ends monitoring is the earliest strictly after the last
 * {@code RISK_REDUCED}, whether or not it carries a severity; {@code MANAGER_STEP_IN}'s {@code codes} name only the
 * gaps more than limit + {@code managerStepInAfter}, and {@code overdueBy} is the largest of those gaps minus its
 * limit; its {@code manager} detail is present with the value {@code null} when the team names no regional manager.
 */
class CadenceRulesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The questions of questions.drl, which answer "actively managed since" and "monitoring" from the facts given. */
    static final String[] QUESTIONS = {"2.3/customer-success-segment", "2.3/strategic-partnership",
        "2.3/open-in-scope", "2.5/ps-project-escalation", "2.5/csm-assigned", "2.6/peak-severity", "2.8/monitoring",
        "2.8/actively-managed", "2.10a/closed-in-scope", "2.6/product-dri-required-since", "2.7/severity-change"};

    /** The rules of cadence.drl that derive a running gap or conclude the state, whatever is overdue. */
    static final String[] BACKGROUND = {"2.8/internal-update-gap", "2.8/customer-update-gap", "2.8/standup-gap",
        "2.8/state-open", "2.8/state-monitoring", "2.8/state-closed"};

    /** cadence.drl on the questions it starts from, with every rule of it. */
    private final RuleHarness gaps = RuleHarness.of("questions.drl", "cadence.drl").ignoring(QUESTIONS);

    /** The same, the background rules left out: what fires is what is overdue. */
    private final RuleHarness cadence = gaps.ignoring(BACKGROUND);

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

    /** @return the reason the explanation gives for the one firing of that rule */
    static String reason(RuleHarness.Run run, String ruleId) {
        List<String> reasons = run.explanation().stream().filter(e -> e.ruleId().equals(ruleId))
                .map(e -> e.reason()).toList();
        assertThat(reasons).as("reasons of " + ruleId).hasSize(1);
        return reasons.get(0);
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
            assertThat(reason(run, "2.8/internal-update-overdue")).isEqualTo(
                    "no internal update since " + ago(24, 1) + ": 24 h 1 min without one, more than 24 h (default)");
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
            assertThat(reason(run, "2.8/standup-overdue")).endsWith("more than 30 d (override) at cadence STANDARD");
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

    /** The account's CSM as DRI, as dri.drl derives it for an escalation of a non-PS project. */
    static final Assigned CSM_DRI = new Assigned(Responsibility.DRI, EscalationRole.CSM, "Casey CSM");

    /**
     * @return a run on the in-scope account of the fixtures (questions.drl derives scope and the rest from it) with
     *         its CSM as DRI, as of {@code now}
     */
    private RuleHarness.Run managed(RuleHarness harness, PolicySettings settings, Instant now, Cadence level,
                                    Escalation escalation, Object... more) {
        List<Object> facts = new ArrayList<>(List.of(account().build(), level, escalation));
        facts.addAll(List.of(more));
        return harness.run(settings, now, facts.toArray());
    }

    private RuleHarness.Run managed(Cadence level, Escalation escalation, Object... more) {
        return managed(cadence, PolicySettings.defaults(), NOW, level, escalation, more);
    }

    private static List<FindingCode> codes(RuleHarness.Run run) {
        return run.derived(Finding.class).stream().map(f -> FindingCode.valueOf(f.code())).sorted().toList();
    }

    /** S2: Posting in escalated_customers ("risk reduced ... monitoring the solution"); POLICY.md 2.8 Monitoring. */
    @Nested
    class Monitoring {

        private final Instant opened = NOW.minus(Duration.ofDays(30));

        /** @return a high escalation open 30 days with no update and no standup held since the series was scheduled */
        private Escalation neglected(Activity... more) {
            List<Activity> log = new ArrayList<>(List.of(at(ActivityKind.STANDUP_SCHEDULED, opened)));
            log.addAll(List.of(more));
            return running(opened).severity(Severity.HIGH).activity(log).build();
        }

        @Test
        void monitoringStopsTheCadenceFindingsAndTheManagersStepIn() {
            var active = managed(Cadence.DAILY, neglected(), CSM_DRI);
            var monitoring = managed(Cadence.DAILY, neglected(at(ActivityKind.RISK_REDUCED, ago(1, 0))), CSM_DRI);

            assertThat(active.fired()).isEqualTo(Map.of("2.8/internal-update-overdue", 1,
                    "2.8/customer-update-overdue", 1, "2.8/customer-updates-too-few", 1, "2.8/standup-overdue", 1,
                    "2.8/manager-step-in", 1));
            assertThat(monitoring.fired()).isEmpty();
            assertThat(monitoring.derived(Finding.class)).isEmpty();
            assertThat(monitoring.derived(RunningGap.class)).isEmpty();
        }

        /** "Strictly later": a change at the very instant of the risk reduction, listed after it, ends nothing. */
        @Test
        void aSeverityChangeAtTheInstantOfTheRiskReducedKeepsMonitoring() {
            Instant reduced = ago(48, 0);
            var sameInstant = managed(Cadence.DAILY, neglected(at(ActivityKind.RISK_REDUCED, reduced),
                    Activity.severityChanged(reduced, Severity.HIGH)), CSM_DRI);
            var aSecondLater = managed(Cadence.DAILY, neglected(at(ActivityKind.RISK_REDUCED, reduced),
                    Activity.severityChanged(reduced.plusSeconds(1), Severity.HIGH)), CSM_DRI);

            assertThat(sameInstant.fired()).isEmpty();
            assertThat(aSecondLater.fired()).containsEntry("2.8/internal-update-overdue", 1);
            assertThat(only(aSecondLater, FindingCode.INTERNAL_UPDATE_OVERDUE).details())
                    .containsEntry("since", reduced.plusSeconds(1));
        }

        /** The three gaps count from no earlier than the change that ended monitoring, whatever came before it. */
        @Test
        void theGapsRestartFromTheChangeThatEndedMonitoring() {
            Instant update = NOW.minus(Duration.ofDays(5));
            Activity[] before = {at(ActivityKind.RISK_REDUCED, NOW.minus(Duration.ofDays(10))),
                at(ActivityKind.INTERNAL_UPDATE, update), at(ActivityKind.CUSTOMER_UPDATE, update),
                at(ActivityKind.STANDUP_HELD, update)};
            Instant atLimit = NOW.minus(Duration.ofHours(24));
            Instant overLimit = atLimit.minusSeconds(1);

            var exactly = managed(Cadence.DAILY,
                    neglected(append(before, Activity.severityChanged(atLimit, Severity.HIGH))), CSM_DRI);
            var over = managed(Cadence.DAILY,
                    neglected(append(before, Activity.severityChanged(overLimit, Severity.HIGH))), CSM_DRI);

            assertThat(exactly.fired()).isEmpty();
            assertThat(over.fired()).isEqualTo(Map.of("2.8/internal-update-overdue", 1,
                    "2.8/customer-update-overdue", 1, "2.8/standup-overdue", 1));
            assertThat(only(over, FindingCode.INTERNAL_UPDATE_OVERDUE).details()).isEqualTo(Map.of("since", overLimit,
                    "lastUpdate", update, "gap", Duration.ofHours(24).plusSeconds(1), "limit", Duration.ofHours(24)));
            assertThat(only(over, FindingCode.STANDUP_OVERDUE).details()).containsEntry("since", overLimit)
                    .containsEntry("lastStandup", update);
        }

        @Test
        void theFirstChangeAfterTheLastRiskReducedIsWhereTheGapsStart() {
            Escalation escalation = neglected(at(ActivityKind.RISK_REDUCED, NOW.minus(Duration.ofDays(20))),
                    Activity.severityChanged(NOW.minus(Duration.ofDays(15)), Severity.CRITICAL),
                    at(ActivityKind.RISK_REDUCED, NOW.minus(Duration.ofDays(10))),
                    Activity.severityChanged(ago(2, 0), Severity.MEDIUM),
                    Activity.severityChanged(ago(30, 0), Severity.HIGH));

            var run = managed(Cadence.STANDARD, escalation, CSM_DRI);

            assertThat(run.fired()).isEqualTo(Map.of("2.8/internal-update-overdue", 1));
            assertThat(only(run, FindingCode.INTERNAL_UPDATE_OVERDUE).details()).containsEntry("since", ago(30, 0));
        }

        /** "Open for at least 7 days" counts from the change that ended monitoring, inclusive. */
        @Test
        void tooFewCustomerUpdatesCountsItsSevenDaysFromTheChange() {
            Instant sevenDays = NOW.minus(Duration.ofDays(7));
            Activity reduced = at(ActivityKind.RISK_REDUCED, NOW.minus(Duration.ofDays(20)));
            Activity updates = at(ActivityKind.INTERNAL_UPDATE, NOW);
            Activity customer = at(ActivityKind.CUSTOMER_UPDATE, NOW);

            var exactly = managed(Cadence.MULTIPLE_TIMES_PER_WEEK, running(opened).severity(Severity.HIGH).activity(
                    reduced, updates, customer, Activity.severityChanged(sevenDays, Severity.HIGH)).build());
            var aSecondShort = managed(Cadence.MULTIPLE_TIMES_PER_WEEK, running(opened).severity(Severity.HIGH)
                    .activity(reduced, updates, customer,
                            Activity.severityChanged(sevenDays.plusSeconds(1), Severity.HIGH)).build());

            assertThat(exactly.fired()).isEqualTo(Map.of("2.8/customer-updates-too-few", 1));
            assertThat(aSecondShort.fired()).isEmpty();
        }

        private Activity[] append(Activity[] first, Activity... more) {
            List<Activity> all = new ArrayList<>(List.of(first));
            all.addAll(List.of(more));
            return all.toArray(Activity[]::new);
        }
    }

    /** S2: CSM Manager's role in Escalations; POLICY.md 2.8 {@code MANAGER_STEP_IN}. */
    @Nested
    class ManagerStepIn {

        /** @return a medium escalation opened that long before now with no update, at the cadence STANDARD */
        private Escalation openFor(Duration open) {
            return running(NOW.minus(open)).build();
        }

        @Test
        void theManagerStepsInOnlyAfterMoreThanTheLimitPlusADay() {
            var exactly = managed(Cadence.STANDARD, openFor(Duration.ofHours(48)), CSM_DRI);
            var over = managed(Cadence.STANDARD, openFor(Duration.ofHours(48).plusSeconds(1)), CSM_DRI);

            assertThat(exactly.fired()).isEqualTo(Map.of("2.8/internal-update-overdue", 1));
            assertThat(over.fired()).isEqualTo(Map.of("2.8/internal-update-overdue", 1, "2.8/manager-step-in", 1));
            Finding stepIn = only(over, FindingCode.MANAGER_STEP_IN);
            assertThat(stepIn.details()).isEqualTo(Map.of("manager", "Rory Manager",
                    "codes", List.of(FindingCode.INTERNAL_UPDATE_OVERDUE),
                    "overdueBy", Duration.ofHours(24).plusSeconds(1)));
            assertThat(stepIn.details().keySet()).containsExactly("manager", "codes", "overdueBy");
        }

        @Test
        void onlyACsmDriBringsTheManagerIn() {
            Escalation stale = openFor(Duration.ofDays(5));

            assertThat(managed(Cadence.STANDARD, stale).fired())
                    .isEqualTo(Map.of("2.8/internal-update-overdue", 1));
            assertThat(managed(Cadence.STANDARD, stale,
                    new Assigned(Responsibility.DRI, EscalationRole.ACCOUNT_EXECUTIVE, "Alex AE"),
                    new Assigned(Responsibility.CASE_OWNER, EscalationRole.CSM, "Casey CSM")).fired())
                    .isEqualTo(Map.of("2.8/internal-update-overdue", 1));
            assertThat(managed(Cadence.STANDARD, stale,
                    new Assigned(Responsibility.DRI, EscalationRole.PS_PROJECT_MANAGER, "Pat PM")).fired())
                    .isEqualTo(Map.of("2.8/internal-update-overdue", 1));
        }

        @Test
        void theManagerIsNullWhenTheTeamNamesNone() {
            Team noManager = Team.builder().csm("Casey CSM").accountExecutive("Alex AE").build();

            var run = cadence.run(account().team(noManager).build(), Cadence.STANDARD, openFor(Duration.ofDays(5)),
                    CSM_DRI);

            assertThat(only(run, FindingCode.MANAGER_STEP_IN).details()).containsEntry("manager", null)
                    .containsEntry("codes", List.of(FindingCode.INTERNAL_UPDATE_OVERDUE));
        }

        /** Codes in the order of 2.8 whatever the size of their gaps; overdueBy is the largest among them. */
        @Test
        void theCodesComeInTheirOrderAndOverdueByIsTheLargest() {
            Instant opened = NOW.minus(Duration.ofDays(40));
            var all = managed(Cadence.DAILY, running(opened).activity(at(ActivityKind.STANDUP_SCHEDULED, opened),
                    at(ActivityKind.STANDUP_HELD, ago(72, 0)), at(ActivityKind.CUSTOMER_UPDATE, ago(80, 0)),
                    at(ActivityKind.INTERNAL_UPDATE, ago(60, 0))).build(), CSM_DRI);
            var two = managed(Cadence.DAILY, running(opened).activity(at(ActivityKind.STANDUP_SCHEDULED, opened),
                    at(ActivityKind.STANDUP_HELD, ago(50, 0)), at(ActivityKind.CUSTOMER_UPDATE, ago(80, 0)),
                    at(ActivityKind.INTERNAL_UPDATE, ago(48, 0))).build(), CSM_DRI);

            assertThat(only(all, FindingCode.MANAGER_STEP_IN).details()).isEqualTo(Map.of("manager", "Rory Manager",
                    "codes", List.of(FindingCode.INTERNAL_UPDATE_OVERDUE, FindingCode.CUSTOMER_UPDATE_OVERDUE,
                            FindingCode.STANDUP_OVERDUE), "overdueBy", Duration.ofHours(56)));
            assertThat(codes(two)).contains(FindingCode.INTERNAL_UPDATE_OVERDUE);
            assertThat(only(two, FindingCode.MANAGER_STEP_IN).details()).containsEntry("codes",
                    List.of(FindingCode.CUSTOMER_UPDATE_OVERDUE, FindingCode.STANDUP_OVERDUE))
                    .containsEntry("overdueBy", Duration.ofHours(56));
        }

        /** Under a calendar the gap and the step-in time are working time: Thursday 16:00 to Monday 16:00 is 48 h. */
        @Test
        void underACalendarTheStepInCountsWorkingTimeAcrossTheNewYorkDstWeekend() {
            PolicySettings settings = PolicySettings.builder().calendar(WorkingCalendar.of("America/New_York")).build();
            Instant thursday = local("2026-03-05T16:00", NEW_YORK);
            Escalation escalation = running(thursday.minus(Duration.ofDays(10)))
                    .activity(at(ActivityKind.INTERNAL_UPDATE, thursday), at(ActivityKind.CUSTOMER_UPDATE, thursday))
                    .build();
            Instant monday = local("2026-03-09T16:00", NEW_YORK);

            var atMonday = managed(cadence, settings, monday, Cadence.DAILY, escalation, CSM_DRI);
            var aSecondLater = managed(cadence, settings, monday.plusSeconds(1), Cadence.DAILY, escalation, CSM_DRI);
            var wallClock = managed(cadence, PolicySettings.defaults(), monday, Cadence.DAILY, escalation, CSM_DRI);

            assertThat(atMonday.fired()).isEqualTo(Map.of("2.8/internal-update-overdue", 1,
                    "2.8/customer-update-overdue", 1));
            assertThat(only(aSecondLater, FindingCode.MANAGER_STEP_IN).details()).isEqualTo(Map.of("manager",
                    "Rory Manager", "codes", List.of(FindingCode.INTERNAL_UPDATE_OVERDUE,
                            FindingCode.CUSTOMER_UPDATE_OVERDUE), "overdueBy", Duration.ofHours(24).plusSeconds(1)));
            assertThat(only(wallClock, FindingCode.MANAGER_STEP_IN).details())
                    .containsEntry("overdueBy", Duration.ofHours(71));
        }

        /**
         * The finding is drawn from the set of gaps over: a gap that arrives late replaces it with one naming both
         * codes, where a plain insert would leave two findings.
         */
        @Test
        void aGapArrivingLateGivesOneStepInNamingBoth() {
            RunningGap lateStandup = RunningGap.of(FindingCode.STANDUP_OVERDUE, Cadence.DAILY,
                    NOW.minus(Duration.ofHours(72)), null, new Limit("standupGaps", Duration.ofHours(24), false),
                    new WorkingTime(null), NOW);

            var run = managed(RuleHarness.withArrivals("questions.drl", "cadence.drl"), PolicySettings.defaults(), NOW,
                    Cadence.STANDARD, openFor(Duration.ofHours(50)), CSM_DRI, new Arrival(lateStandup));

            assertThat(run.fired()).containsEntry("2.8/manager-step-in", 2);
            assertThat(only(run, FindingCode.MANAGER_STEP_IN).details()).isEqualTo(Map.of("manager", "Rory Manager",
                    "codes", List.of(FindingCode.INTERNAL_UPDATE_OVERDUE, FindingCode.STANDUP_OVERDUE),
                    "overdueBy", Duration.ofHours(48)));
        }

        /** The CSM is DRI only while no PS-project escalation is known: one derived late withdraws the step-in. */
        @Test
        void aCsmDriWithdrawnLateWithdrawsTheStepIn() {
            var run = managed(RuleHarness.withArrivals("questions.drl", "dri.drl", "cadence.drl"),
                    PolicySettings.defaults(), NOW, Cadence.STANDARD, openFor(Duration.ofDays(5)),
                    new Arrival(new PsProjectEscalation("Pat PM")));

            assertThat(run.fired()).containsEntry("2.5/dri-csm", 1).containsEntry("2.8/manager-step-in", 1);
            assertThat(codes(run)).containsExactly(FindingCode.INTERNAL_UPDATE_OVERDUE);
        }
    }

    /** {@code plan.state} (POLICY.md 2.8, v3) and the running gaps the findings, the step-in and 2.12 read. */
    @Nested
    class States {

        @Test
        void anOpenEscalationIsOpenAndHasItsGapsWhetherOrNotOver() {
            Instant opened = ago(2, 0);
            var run = gaps.run(new OpenInScope(), Cadence.DAILY,
                    running(opened).activity(at(ActivityKind.STANDUP_SCHEDULED, opened)).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.8/internal-update-gap", 1, "2.8/customer-update-gap", 1,
                    "2.8/standup-gap", 1, "2.8/state-open", 1));
            assertThat(run.derived(EscalationState.class)).containsExactly(EscalationState.OPEN);
            assertThat(run.derived(RunningGap.class)).extracting(RunningGap::code).containsExactlyInAnyOrder(
                    FindingCode.INTERNAL_UPDATE_OVERDUE, FindingCode.CUSTOMER_UPDATE_OVERDUE,
                    FindingCode.STANDUP_OVERDUE);
            assertThat(run.derived(RunningGap.class)).allSatisfy(gap -> {
                assertThat(gap.overdue()).isFalse();
                assertThat(gap.since()).isEqualTo(opened);
                assertThat(gap.gap().duration()).isEqualTo(Duration.ofHours(2));
            });
        }

        @Test
        void anEscalationWhoseRiskWasReducedIsMonitoringWithoutGaps() {
            var run = gaps.run(new OpenInScope(), Cadence.DAILY,
                    running(ago(100, 0)).activity(at(ActivityKind.RISK_REDUCED, ago(50, 0))).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.8/state-monitoring", 1));
            assertThat(run.derived(EscalationState.class)).containsExactly(EscalationState.MONITORING);
        }

        @Test
        void aClosedEscalationIsClosedWhateverItsRisk() {
            var run = gaps.run(new InScope(), Cadence.DAILY, running(ago(100, 0)).closedAt(ago(1, 0))
                    .activity(at(ActivityKind.RISK_REDUCED, ago(50, 0))).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.8/state-closed", 1));
            assertThat(run.derived(EscalationState.class)).containsExactly(EscalationState.CLOSED);
        }

        @Test
        void outOfScopeThereIsNoState() {
            assertThat(gaps.run(Cadence.DAILY, running(ago(100, 0)).build()).fired()).isEmpty();
        }
    }
}
