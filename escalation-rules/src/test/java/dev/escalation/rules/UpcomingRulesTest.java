package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.account;
import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.emergency;
import static dev.escalation.rules.Fixtures.escalation;
import static dev.escalation.rules.RuleHarness.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.ClosureStep;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Cadence;
import dev.escalation.model.Escalation;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import dev.escalation.rules.facts.ChecklistDone;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.Limit;
import dev.escalation.rules.facts.OpenInScope;
import dev.escalation.rules.facts.PsProjectEscalation;
import dev.escalation.rules.facts.RunningGap;
import dev.escalation.rules.facts.WorkingTime;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * upcoming.drl: POLICY.md 2.12 (v3, beyond the handbook). Every standard rule runs, so that each entry is checked
 * against the rule that gives its finding: assessed again at the entry's {@code at} the finding is not given, one
 * second later it is ({@code NEXT_TOUCHPOINT_MISSING} and {@code CUSTOMER_UPDATES_TOO_FEW}: not a second before
 * {@code at}, given at it); and an entry is absent when its finding is already given at now.
 *
 * <p>Literal readings: an entry whose instant equals now is listed (2.12: "an entry may have at equal to now"); the
 * manager's entry is the earliest of the three gaps' "limit + {@code managerStepInAfter}" instants, whether or not the
 * gap's own overdue finding is already given; under a calendar, the step-in time is working time too, and a limit
 * reached at the end of a working day that starts a non-working run gives the end of that run (the next working day's
 * midnight); {@code CUSTOMER_UPDATES_TOO_FEW}'s entry counts every {@code CUSTOMER_UPDATE}, even one logged before the
 * instant its 7 days start from.
 */
class UpcomingRulesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Every standard rule, compiled at run time: gaps arrive one by one, so the manager's entry may be drawn and withdrawn. */
    private final RuleHarness policy = RuleHarness.atRunTime();

    private RuleHarness.Run assess(PolicySettings settings, Instant now, Object... facts) {
        return policy.run(settings, now, facts);
    }

    private RuleHarness.Run assess(Instant now, Object... facts) {
        return assess(PolicySettings.defaults(), now, facts);
    }

    private static List<Upcoming> entries(RuleHarness.Run run, String code) {
        return run.derived(Upcoming.class).stream().filter(u -> u.code().equals(code)).toList();
    }

    private static Instant entry(RuleHarness.Run run, String code) {
        List<Upcoming> entries = entries(run, code);
        assertThat(entries).as("entries " + code).hasSize(1);
        return entries.get(0).at();
    }

    private static Optional<Instant> item(RuleHarness.Run run, ChecklistItem item) {
        List<Upcoming> entries = entries(run, FindingCode.CHECKLIST_ITEM_OVERDUE.name()).stream()
                .filter(u -> u.item().equals(Optional.of(item))).toList();
        assertThat(entries).as("entries of " + item).hasSizeLessThanOrEqualTo(1);
        return entries.stream().map(Upcoming::at).findFirst();
    }

    private static boolean given(RuleHarness.Run run, String code) {
        if (code.equals(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION.name())) {
            return run.derived().contains(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION);
        }
        return run.derived(Finding.class).stream().anyMatch(f -> f.code().equals(code));
    }

    private static boolean itemOverdue(RuleHarness.Run run, ChecklistItem item) {
        return run.derived(Finding.class).stream().anyMatch(f -> f.is(FindingCode.CHECKLIST_ITEM_OVERDUE)
                && f.details().get("item") == item);
    }

    /** Not given at now nor at {@code at}, given a second after it. */
    private void announcedStrictly(PolicySettings settings, String code, Instant at, Object... facts) {
        assertThat(given(assess(settings, NOW, facts), code)).as(code + " at now").isFalse();
        assertThat(given(assess(settings, at, facts), code)).as(code + " at its instant").isFalse();
        assertThat(given(assess(settings, at.plusSeconds(1), facts), code)).as(code + " a second later").isTrue();
    }

    private void announcedStrictly(String code, Instant at, Object... facts) {
        announcedStrictly(PolicySettings.defaults(), code, at, facts);
    }

    private static Activity at(ActivityKind kind, Instant at) {
        return Activity.of(kind, at);
    }

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    @Nested
    class TheEmergency {

        @Test
        void theLongRunningTriggerComesThreeHoursAfterTheStart() {
            var emergency = emergency().startedAt(ago(2, 0)).build();

            assertThat(entry(assess(NOW, account().build(), emergency), "LONG_RUNNING_NO_RESOLUTION"))
                    .isEqualTo(NOW.plus(Duration.ofHours(1)));
            announcedStrictly("LONG_RUNNING_NO_RESOLUTION", NOW.plus(Duration.ofHours(1)), account().build(),
                    emergency);
        }

        @Test
        void theLongRunningTriggerIsListedAtNowAndNotOnceGivenNorWithAResolutionInSight() {
            assertThat(entry(assess(NOW, account().build(), emergency().startedAt(ago(3, 0)).build()),
                    "LONG_RUNNING_NO_RESOLUTION")).isEqualTo(NOW);
            assertThat(entries(assess(NOW, account().build(), emergency().startedAt(ago(3, 0).minusSeconds(1))
                    .build()), "LONG_RUNNING_NO_RESOLUTION")).isEmpty();
            assertThat(entries(assess(NOW, account().build(), emergency().startedAt(ago(2, 0))
                    .clearResolutionInSight(true).build()), "LONG_RUNNING_NO_RESOLUTION")).isEmpty();
        }

        @Test
        void aCallNeedsABreakThreeHoursAfterItStarted() {
            var emergency = emergency().startedAt(ago(2, 0)).callStartedAt(ago(1, 0)).build();

            assertThat(entry(assess(NOW, emergency), "CALL_OVER_THREE_HOURS")).isEqualTo(NOW.plus(Duration.ofHours(2)));
            announcedStrictly("CALL_OVER_THREE_HOURS", NOW.plus(Duration.ofHours(2)), emergency);
            assertThat(entries(assess(NOW, emergency().callStartedAt(ago(3, 0).minusSeconds(1)).build()),
                    "CALL_OVER_THREE_HOURS")).isEmpty();
        }
    }

    @Nested
    class Checklist {

        @Test
        void eachItemWithADueInstantThatIsNotDoneIsListedAtItsDueInstant() {
            Escalation fresh = escalation().openedAt(NOW).exitCriteria("stable")
                    .activity(at(ActivityKind.CHANNEL_CREATED, NOW)).build();
            Instant shiftEnds = NOW.plus(Duration.ofHours(5));

            var run = assess(NOW, account().build(), fresh, emergency().shiftEndsAt(shiftEnds).build());

            Instant hour = NOW.plus(Duration.ofHours(1));
            assertThat(entries(run, "CHECKLIST_ITEM_OVERDUE")).extracting(u -> u.item().orElseThrow(), Upcoming::at)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(ChecklistItem.IDENTIFY_DRI_AND_ASKS, hour),
                            org.assertj.core.groups.Tuple.tuple(ChecklistItem.DECLARE_ESCALATION, hour),
                            org.assertj.core.groups.Tuple.tuple(ChecklistItem.OPEN_CS_HELP_REQUEST, hour),
                            org.assertj.core.groups.Tuple.tuple(ChecklistItem.INFORM_INVOLVED, hour),
                            org.assertj.core.groups.Tuple.tuple(ChecklistItem.SCHEDULE_INTERNAL_STANDUP,
                                    NOW.plus(Duration.ofHours(24))),
                            org.assertj.core.groups.Tuple.tuple(ChecklistItem.HAND_OVER_AT_SHIFT_END, shiftEnds));
            var atDue = assess(hour, account().build(), fresh);
            var aSecondLater = assess(hour.plusSeconds(1), account().build(), fresh);
            assertThat(itemOverdue(atDue, ChecklistItem.DECLARE_ESCALATION)).isFalse();
            assertThat(item(atDue, ChecklistItem.DECLARE_ESCALATION)).contains(hour);
            assertThat(itemOverdue(aSecondLater, ChecklistItem.DECLARE_ESCALATION)).isTrue();
            assertThat(item(aSecondLater, ChecklistItem.DECLARE_ESCALATION)).isEmpty();
        }

        /** The product DRI items come an hour after the raise that required them (2.6), not after the opening. */
        @Test
        void theProductDriItemsComeAnHourAfterTheRaise() {
            Escalation raised = escalation().severity(Severity.HIGH).openedSeverity(Severity.MEDIUM)
                    .productRelated(true).openedAt(ago(48, 0)).exitCriteria("stable")
                    .activity(Activity.severityChanged(ago(0, 30), Severity.HIGH)).build();

            var run = assess(NOW, account().build(), raised);

            assertThat(item(run, ChecklistItem.ASSIGN_PRODUCT_DRI)).contains(NOW.plus(Duration.ofMinutes(30)));
            assertThat(item(run, ChecklistItem.ADD_PRODUCT_DRI_TO_CHANNEL)).contains(NOW.plus(Duration.ofMinutes(30)));
            assertThat(item(run, ChecklistItem.DECLARE_ESCALATION)).isEmpty();
            assertThat(itemOverdue(run, ChecklistItem.DECLARE_ESCALATION)).isTrue();
        }

        @Test
        void theHandoverIsListedAtTheShiftsEndUnlessHandedOver() {
            Instant shiftEnds = NOW.plus(Duration.ofMinutes(30));
            Escalation escalation = escalation().exitCriteria("stable").build();

            assertThat(item(assess(NOW, account().build(), escalation, emergency().shiftEndsAt(shiftEnds).build()),
                    ChecklistItem.HAND_OVER_AT_SHIFT_END)).contains(shiftEnds);
            assertThat(item(assess(NOW, account().build(), escalation.toBuilder()
                    .activity(at(ActivityKind.HANDOVER, ago(0, 30))).build(),
                    emergency().shiftEndsAt(shiftEnds).build()), ChecklistItem.HAND_OVER_AT_SHIFT_END)).isEmpty();
            assertThat(item(assess(NOW, account().build(), escalation, emergency().build()),
                    ChecklistItem.HAND_OVER_AT_SHIFT_END)).isEmpty();
        }

        /** The entry rests on the absence of "done": a step shown done late withdraws it. */
        @Test
        void anItemShownDoneLateIsNoLongerUpcoming() {
            var run = RuleHarness.withArrivals("opening.drl", "upcoming.drl").run(new InScope(), new OpenInScope(),
                    escalation().openedAt(NOW).exitCriteria("stable").build(),
                    new Arrival(new ChecklistDone(ChecklistItem.DECLARE_ESCALATION)));

            assertThat(run.fired()).containsEntry("2.12/checklist-item-overdue", 5);
            assertThat(entries(run, "CHECKLIST_ITEM_OVERDUE")).extracting(u -> u.item().orElseThrow())
                    .containsExactlyInAnyOrder(ChecklistItem.CREATE_ESCALATION_CHANNEL,
                            ChecklistItem.IDENTIFY_DRI_AND_ASKS, ChecklistItem.INFORM_INVOLVED,
                            ChecklistItem.SCHEDULE_INTERNAL_STANDUP);
        }

        @Test
        void aHandoverShownDoneLateIsNoLongerUpcoming() {
            var run = RuleHarness.withArrivals("expectations.drl", "opening.drl", "upcoming.drl").run(new InScope(),
                    new OpenInScope(), escalation().exitCriteria("stable").build(),
                    emergency().shiftEndsAt(NOW.plus(Duration.ofHours(2))).build(),
                    new Arrival(new ChecklistDone(ChecklistItem.HAND_OVER_AT_SHIFT_END)));

            assertThat(item(run, ChecklistItem.HAND_OVER_AT_SHIFT_END)).isEmpty();
            assertThat(item(run, ChecklistItem.DECLARE_ESCALATION)).contains(NOW);
        }
    }

    @Nested
    class TheOpenEscalation {

        @Test
        void exitCriteriaAreMissingADayAfterTheOpening() {
            Escalation escalation = escalation().openedAt(ago(20, 0)).build();

            assertThat(entry(assess(NOW, account().build(), escalation), "EXIT_CRITERIA_MISSING"))
                    .isEqualTo(NOW.plus(Duration.ofHours(4)));
            announcedStrictly("EXIT_CRITERIA_MISSING", NOW.plus(Duration.ofHours(4)), account().build(), escalation);
            assertThat(entries(assess(NOW, account().build(), escalation.toBuilder().exitCriteria("stable").build()),
                    "EXIT_CRITERIA_MISSING")).isEmpty();
        }

        /** Given from its instant on: not a second before, at it yes. */
        @Test
        void theTouchpointIsMissingFromItsInstantOn() {
            Instant next = NOW.plus(Duration.ofHours(2));
            Escalation escalation = escalation().nextCustomerTouchpointAt(next).build();

            assertThat(entry(assess(NOW, account().build(), escalation), "NEXT_TOUCHPOINT_MISSING")).isEqualTo(next);
            assertThat(given(assess(next.minusSeconds(1), account().build(), escalation), "NEXT_TOUCHPOINT_MISSING"))
                    .isFalse();
            assertThat(given(assess(next, account().build(), escalation), "NEXT_TOUCHPOINT_MISSING")).isTrue();
            assertThat(entries(assess(next, account().build(), escalation), "NEXT_TOUCHPOINT_MISSING")).isEmpty();
        }

        @Test
        void theGainsightCtaIsMissingThreeHoursAfterTheFirstCase() {
            Escalation escalation = escalation().activity(
                    at(ActivityKind.CS_HELP_REQUEST_OPENED, ago(1, 0))).build();

            assertThat(entry(assess(NOW, account().build(), escalation), "GAINSIGHT_CTA_MISSING"))
                    .isEqualTo(NOW.plus(Duration.ofHours(2)));
            announcedStrictly("GAINSIGHT_CTA_MISSING", NOW.plus(Duration.ofHours(2)), account().build(), escalation);
            assertThat(entries(assess(NOW, account().build(), escalation().activity(
                    at(ActivityKind.CS_HELP_REQUEST_OPENED, ago(3, 0).minusSeconds(1))).build()),
                    "GAINSIGHT_CTA_MISSING")).isEmpty();
        }

        @Test
        void aPsProjectKnownLateWithdrawsTheGainsightEntry() {
            var run = RuleHarness.withArrivals("cs-help-request.drl", "upcoming.drl").run(new InScope(),
                    new OpenInScope(), escalation().activity(at(ActivityKind.CS_HELP_REQUEST_OPENED, ago(1, 0)))
                            .build(), new Arrival(new PsProjectEscalation("Late PM")));

            assertThat(run.fired()).containsEntry("2.12/gainsight-cta-missing", 1);
            assertThat(entries(run, "GAINSIGHT_CTA_MISSING")).isEmpty();
        }
    }

    @Nested
    class Gaps {

        /** A critical (daily) escalation: internal update 10 h ago, customer update 5 h ago, standup held 20 h ago. */
        private Escalation daily(Activity... more) {
            Instant opened = NOW.minus(Duration.ofDays(3));
            List<Activity> log = new java.util.ArrayList<>(List.of(at(ActivityKind.STANDUP_SCHEDULED, opened),
                    at(ActivityKind.STANDUP_HELD, ago(20, 0)), at(ActivityKind.INTERNAL_UPDATE, ago(10, 0)),
                    at(ActivityKind.CUSTOMER_UPDATE, ago(5, 0)), at(ActivityKind.CUSTOMER_UPDATE, ago(6, 0)),
                    at(ActivityKind.CUSTOMER_UPDATE, ago(7, 0))));
            log.addAll(List.of(more));
            return escalation().severity(Severity.CRITICAL).openedAt(opened).exitCriteria("stable")
                    .nextCustomerTouchpointAt(NOW.plus(Duration.ofDays(30))).activity(log).build();
        }

        @Test
        void eachGapIsListedWhenItRunsPastItsLimit() {
            var run = assess(NOW, account().build(), daily());

            assertThat(entry(run, "STANDUP_OVERDUE")).isEqualTo(NOW.plus(Duration.ofHours(4)));
            assertThat(entry(run, "INTERNAL_UPDATE_OVERDUE")).isEqualTo(NOW.plus(Duration.ofHours(14)));
            assertThat(entry(run, "CUSTOMER_UPDATE_OVERDUE")).isEqualTo(NOW.plus(Duration.ofHours(19)));
            announcedStrictly("STANDUP_OVERDUE", NOW.plus(Duration.ofHours(4)), account().build(), daily());
            announcedStrictly("INTERNAL_UPDATE_OVERDUE", NOW.plus(Duration.ofHours(14)), account().build(), daily());
            announcedStrictly("CUSTOMER_UPDATE_OVERDUE", NOW.plus(Duration.ofHours(19)), account().build(), daily());
        }

        @Test
        void aGapAlreadyOverIsNotListedAndMonitoringListsNone() {
            var overdue = assess(NOW, account().build(), daily(at(ActivityKind.STANDUP_HELD, ago(26, 0)))
                    .toBuilder().activity(at(ActivityKind.STANDUP_SCHEDULED, NOW.minus(Duration.ofDays(3))),
                            at(ActivityKind.INTERNAL_UPDATE, ago(24, 0).minusSeconds(1))).build());
            var monitoring = assess(NOW, account().build(), daily(at(ActivityKind.RISK_REDUCED, ago(1, 0))));

            assertThat(given(overdue, "INTERNAL_UPDATE_OVERDUE")).isTrue();
            assertThat(entries(overdue, "INTERNAL_UPDATE_OVERDUE")).isEmpty();
            assertThat(monitoring.derived(Upcoming.class)).extracting(Upcoming::code)
                    .doesNotContain("INTERNAL_UPDATE_OVERDUE", "CUSTOMER_UPDATE_OVERDUE", "STANDUP_OVERDUE",
                            "MANAGER_STEP_IN", "CUSTOMER_UPDATES_TOO_FEW");
        }

        /**
         * Berlin, the weekend DST begins (29 March 2026): a daily gap from Friday 00:00 is reached at Saturday's
         * midnight, the start of a non-working run, so the entry is Monday 00:00, 71 h of wall clock later.
         */
        @Test
        void underACalendarALimitReachedAtANonWorkingDayGivesTheEndOfTheRun() {
            PolicySettings settings = PolicySettings.builder().calendar(WorkingCalendar.of("Europe/Berlin")).build();
            Instant friday = local("2026-03-27T00:00", BERLIN);
            Instant monday = local("2026-03-30T00:00", BERLIN);
            Instant now = local("2026-03-27T10:00", BERLIN);
            Escalation escalation = escalation().severity(Severity.LOW).openedAt(friday).exitCriteria("stable")
                    .nextCustomerTouchpointAt(monday.plus(Duration.ofDays(30))).build();

            var run = assess(settings, now, account().build(), escalation);

            assertThat(entry(run, "INTERNAL_UPDATE_OVERDUE")).isEqualTo(monday);
            assertThat(Duration.between(friday, monday)).isEqualTo(Duration.ofHours(71));
            assertThat(given(assess(settings, monday, account().build(), escalation), "INTERNAL_UPDATE_OVERDUE"))
                    .isFalse();
            assertThat(given(assess(settings, monday.plusSeconds(1), account().build(), escalation),
                    "INTERNAL_UPDATE_OVERDUE")).isTrue();
        }

        @Test
        void underACalendarALimitReachedOnAWorkingDayIsThatInstant() {
            PolicySettings settings = PolicySettings.builder().calendar(WorkingCalendar.of("America/New_York")).build();
            Instant friday = local("2026-03-06T16:00", NEW_YORK);
            Escalation escalation = escalation().severity(Severity.LOW).openedAt(friday).exitCriteria("stable")
                    .nextCustomerTouchpointAt(friday.plus(Duration.ofDays(30))).build();

            assertThat(entry(assess(settings, friday.plusSeconds(60), account().build(), escalation),
                    "INTERNAL_UPDATE_OVERDUE")).isEqualTo(local("2026-03-09T16:00", NEW_YORK));
        }
    }

    @Nested
    class ManagerStepIn {

        /** A medium escalation (84 h customer gap) with its internal update and customer update that long ago. */
        private Escalation updated(Instant internal, Instant customer) {
            return escalation().severity(Severity.MEDIUM).openedAt(NOW.minus(Duration.ofDays(10)))
                    .exitCriteria("stable").nextCustomerTouchpointAt(NOW.plus(Duration.ofDays(30)))
                    .activity(at(ActivityKind.INTERNAL_UPDATE, internal), at(ActivityKind.CUSTOMER_UPDATE, customer))
                    .build();
        }

        /** The earliest of the gaps' step-in instants, here the internal gap's, though it is already overdue. */
        @Test
        void theManagerComesAtTheEarliestGapPastItsLimitByADay() {
            Escalation escalation = updated(ago(30, 0), ago(80, 0));

            var run = assess(NOW, account().build(), escalation);

            assertThat(given(run, "INTERNAL_UPDATE_OVERDUE")).isTrue();
            assertThat(entry(run, "MANAGER_STEP_IN")).isEqualTo(NOW.plus(Duration.ofHours(18)));
            announcedStrictly("MANAGER_STEP_IN", NOW.plus(Duration.ofHours(18)), account().build(), escalation);
            Escalation highCustomerGap = updated(ago(1, 0), ago(100, 0)).toBuilder().severity(Severity.HIGH).build();
            assertThat(entry(assess(NOW, account().build(), highCustomerGap), "MANAGER_STEP_IN"))
                    .isEqualTo(NOW.plus(Duration.ofHours(8)));
        }

        @Test
        void notOnceTheManagerIsInNorForAnotherDri() {
            Team noCsm = Team.builder().accountExecutive("Alex AE").regionalManager("Rory Manager").build();

            assertThat(entries(assess(NOW, account().build(), updated(ago(48, 0).minusSeconds(1), ago(1, 0))),
                    "MANAGER_STEP_IN")).isEmpty();
            assertThat(entries(assess(NOW, account().team(noCsm).build(), updated(ago(30, 0), ago(1, 0))),
                    "MANAGER_STEP_IN")).isEmpty();
        }

        /** Thursday 16:00 New York: 48 working hours end on Monday 16:00, across the DST weekend. */
        @Test
        void underACalendarTheStepInTimeIsWorkingTime() {
            PolicySettings settings = PolicySettings.builder().calendar(WorkingCalendar.of("America/New_York")).build();
            Instant thursday = local("2026-03-05T16:00", NEW_YORK);
            Instant monday = local("2026-03-09T16:00", NEW_YORK);
            Escalation escalation = escalation().severity(Severity.MEDIUM).openedAt(thursday.minus(Duration.ofDays(3)))
                    .exitCriteria("stable").nextCustomerTouchpointAt(monday.plus(Duration.ofDays(30)))
                    .activity(at(ActivityKind.INTERNAL_UPDATE, thursday), at(ActivityKind.CUSTOMER_UPDATE, thursday))
                    .build();

            var run = assess(settings, thursday.plus(Duration.ofHours(1)), account().build(), escalation);

            assertThat(entry(run, "MANAGER_STEP_IN")).isEqualTo(monday);
            assertThat(given(assess(settings, monday, account().build(), escalation), "MANAGER_STEP_IN")).isFalse();
            assertThat(given(assess(settings, monday.plusSeconds(1), account().build(), escalation),
                    "MANAGER_STEP_IN")).isTrue();
        }

        /** The entry rests on no gap being over: a gap over its step-in arriving late withdraws it. */
        @Test
        void aGapOverArrivingLateWithdrawsTheEntry() {
            RunningGap late = RunningGap.of(FindingCode.STANDUP_OVERDUE, Cadence.DAILY, ago(72, 0), null,
                    new Limit("standupGaps", Duration.ofHours(24), false), new WorkingTime(null), NOW);

            var run = RuleHarness.withArrivals("questions.drl", "cadence.drl", "upcoming.drl").run(
                    account().build(), Cadence.STANDARD, CadenceRulesTest.CSM_DRI, updated(ago(1, 0), ago(1, 0)),
                    new Arrival(late));

            assertThat(run.fired()).containsEntry("2.12/manager-step-in", 1).containsEntry("2.8/manager-step-in", 1);
            assertThat(entries(run, "MANAGER_STEP_IN")).isEmpty();
        }
    }

    @Nested
    class TooFewCustomerUpdates {

        private Escalation high(Instant opened, Instant... updates) {
            List<Activity> log = new java.util.ArrayList<>();
            for (Instant update : updates) {
                log.add(at(ActivityKind.CUSTOMER_UPDATE, update));
            }
            return escalation().severity(Severity.HIGH).openedAt(opened).exitCriteria("stable")
                    .nextCustomerTouchpointAt(NOW.plus(Duration.ofDays(60))).activity(log).build();
        }

        /** Given from its instant on: the third most recent update leaves the window 7 days after it. */
        @Test
        void theThirdMostRecentUpdatePlusSevenDays() {
            Escalation escalation = high(NOW.minus(Duration.ofDays(10)), ago(24, 0), ago(48, 0), ago(72, 0),
                    NOW.minus(Duration.ofDays(6)));
            Instant at = ago(72, 0).plus(Duration.ofDays(7));

            assertThat(entry(assess(NOW, account().build(), escalation), "CUSTOMER_UPDATES_TOO_FEW")).isEqualTo(at);
            assertThat(given(assess(at.minusSeconds(1), account().build(), escalation), "CUSTOMER_UPDATES_TOO_FEW"))
                    .isFalse();
            assertThat(given(assess(at, account().build(), escalation), "CUSTOMER_UPDATES_TOO_FEW")).isTrue();
        }

        /** With fewer than three updates, or a third most recent logged before the opening, the opening counts. */
        @Test
        void sevenDaysAfterTheOpeningWhenThatIsLater() {
            Instant opened = NOW.minus(Duration.ofDays(2));

            assertThat(entry(assess(NOW, account().build(), high(opened, ago(1, 0), ago(2, 0))),
                    "CUSTOMER_UPDATES_TOO_FEW")).isEqualTo(opened.plus(Duration.ofDays(7)));
            assertThat(entry(assess(NOW, account().build(), high(opened, ago(1, 0), ago(2, 0), ago(100, 0))),
                    "CUSTOMER_UPDATES_TOO_FEW")).isEqualTo(opened.plus(Duration.ofDays(7)));
        }

        @Test
        void notWhenAlreadyGivenNorBelowHigh() {
            assertThat(entries(assess(NOW, account().build(), high(NOW.minus(Duration.ofDays(7)), ago(1, 0))),
                    "CUSTOMER_UPDATES_TOO_FEW")).isEmpty();
            assertThat(entries(assess(NOW, account().build(), high(NOW.minus(Duration.ofDays(2))).toBuilder()
                    .severity(Severity.MEDIUM).build()), "CUSTOMER_UPDATES_TOO_FEW")).isEmpty();
        }
    }

    @Test
    void eachClosingStepNotDoneIsListedADayAfterTheClosing() {
        Escalation closed = escalation().openedAt(ago(48, 0)).closedAt(ago(2, 0))
                .activity(at(ActivityKind.CLOSURE_POSTED, ago(1, 0))).build();

        var run = assess(NOW, account().build(), closed);

        assertThat(entries(run, "CLOSING_STEP_OVERDUE")).extracting(u -> u.step().orElseThrow(), Upcoming::at)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ClosureStep.ANNOUNCE_CLOSURE, ago(2, 0).plus(Duration.ofDays(1))),
                        org.assertj.core.groups.Tuple.tuple(ClosureStep.ARCHIVE_ESCALATION_CHANNEL,
                                ago(2, 0).plus(Duration.ofDays(1))),
                        org.assertj.core.groups.Tuple.tuple(ClosureStep.UPDATE_CSM_SENTIMENT,
                                ago(2, 0).plus(Duration.ofDays(1))));
        announcedStrictly("CLOSING_STEP_OVERDUE", ago(2, 0).plus(Duration.ofDays(1)), account().build(), closed);
        assertThat(entries(assess(NOW, account().build(), closed.toBuilder().closedAt(ago(24, 0).minusSeconds(1))
                .build()), "CLOSING_STEP_OVERDUE")).isEmpty();
    }
}
