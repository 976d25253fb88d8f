package dev.escalation.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.Blocker;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.ClosureStep;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.decision.EscalationState;
import dev.escalation.decision.Stakeholder;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.Event;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.Plan;
import dev.escalation.decision.ProductLeader;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Cadence;
import dev.escalation.model.Closure;
import dev.escalation.model.Emergency;
import dev.escalation.model.Escalation;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Impact;
import dev.escalation.model.Outcome;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Risk;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Situation;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Team;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The parts of the reference that are easiest to get wrong: the day-by-day working time across DST weeks and holidays,
 * the suggested severity, the peak severity and a closed escalation (POLICY.md version 2), and the readings of
 * version 3 at their boundaries.
 */
class ReferencePolicyTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final Account ACME = Account.builder("Acme Corp", Segment.CSM_MANAGED)
            .team(Team.builder().csm("Ann").accountExecutive("Bo").build()).build();

    private static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static WorkingCalendar calendar(ZoneId zone, DayOfWeek... days) {
        return new WorkingCalendar(zone, days.length == 0 ? null : java.util.Set.of(days), java.util.Set.of());
    }

    private static final DayOfWeek[] ALL_WEEK = DayOfWeek.values();

    @Nested
    class WorkingTime {

        @Test
        void newYorkSpringForwardWeekendIsLeftOutMondayToFriday() {
            // Friday 16:00 EST to Monday 16:00 EDT: 71 h of wall-clock time, the Sunday lasting 23 h
            Instant friday = at(NEW_YORK, "2026-03-06T16:00");
            Instant monday = at(NEW_YORK, "2026-03-09T16:00");
            assertThat(Duration.between(friday, monday)).isEqualTo(Duration.ofHours(71));
            assertThat(ReferencePolicy.workingTime(calendar(NEW_YORK), friday, monday)).isEqualTo(Duration.ofHours(24));
            assertThat(ReferencePolicy.workingTime(calendar(NEW_YORK, ALL_WEEK), friday, monday))
                    .isEqualTo(Duration.ofHours(71));
            // a holiday on the 23-hour Sunday takes 23 h away, one on a weekend of a Monday-to-Friday week nothing
            assertThat(ReferencePolicy.workingTime(calendar(NEW_YORK, ALL_WEEK)
                    .withHolidays(LocalDate.parse("2026-03-08")), friday, monday)).isEqualTo(Duration.ofHours(48));
            assertThat(ReferencePolicy.workingTime(calendar(NEW_YORK)
                    .withHolidays(LocalDate.parse("2026-03-08")), friday, monday)).isEqualTo(Duration.ofHours(24));
            // a holiday on the Monday leaves the Friday evening
            assertThat(ReferencePolicy.workingTime(calendar(NEW_YORK)
                    .withHolidays(LocalDate.parse("2026-03-09")), friday, monday)).isEqualTo(Duration.ofHours(8));
        }

        @Test
        void newYorkFallBackSundayLasts25Hours() {
            Instant saturdayNoon = at(NEW_YORK, "2026-10-31T12:00");
            Instant mondayNoon = at(NEW_YORK, "2026-11-02T12:00");
            assertThat(ReferencePolicy.workingTime(calendar(NEW_YORK, ALL_WEEK), saturdayNoon, mondayNoon))
                    .isEqualTo(Duration.ofHours(12 + 25 + 12));
            // Sunday to Thursday: the Saturday is off, the Sunday counts whole
            WorkingCalendar sundayToThursday = calendar(NEW_YORK, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
            assertThat(ReferencePolicy.workingTime(sundayToThursday, saturdayNoon, mondayNoon))
                    .isEqualTo(Duration.ofHours(25 + 12));
            // within the Sunday, between the two 01:30s: one hour of wall-clock and of working time
            Instant first = Instant.parse("2026-11-01T05:30:00Z");
            Instant second = Instant.parse("2026-11-01T06:30:00Z");
            assertThat(ReferencePolicy.workingTime(sundayToThursday, first, second)).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void berlinSpringAndAutumnWeeks() {
            Instant friday = at(BERLIN, "2026-03-27T16:00");
            Instant monday = at(BERLIN, "2026-03-30T16:00");
            assertThat(ReferencePolicy.workingTime(calendar(BERLIN), friday, monday)).isEqualTo(Duration.ofHours(24));
            assertThat(ReferencePolicy.workingTime(calendar(BERLIN, ALL_WEEK), friday, monday))
                    .isEqualTo(Duration.ofHours(8 + 24 + 23 + 16));
            // the autumn Sunday: from 00:30 to 23:30 local is 24 h
            assertThat(ReferencePolicy.workingTime(calendar(BERLIN, ALL_WEEK), at(BERLIN, "2026-10-25T00:30"),
                    at(BERLIN, "2026-10-25T23:30"))).isEqualTo(Duration.ofHours(24));
            // a Friday-only week: a week later, exactly the one Friday in between counts
            WorkingCalendar fridays = calendar(BERLIN, DayOfWeek.FRIDAY);
            assertThat(ReferencePolicy.workingTime(fridays, friday, at(BERLIN, "2026-04-03T16:00")))
                    .isEqualTo(Duration.ofHours(24));
        }

        @Test
        void berlinGoodFridayHolidayAndAWeekendHoliday() {
            WorkingCalendar easter = calendar(BERLIN).withHolidays(LocalDate.parse("2026-04-03"),
                    LocalDate.parse("2026-04-04"));
            Instant thursday = at(BERLIN, "2026-04-02T16:00");
            Instant monday = at(BERLIN, "2026-04-06T16:00");
            assertThat(ReferencePolicy.workingTime(easter, thursday, monday)).isEqualTo(Duration.ofHours(24));
            assertThat(ReferencePolicy.workingTime(calendar(BERLIN), thursday, monday)).isEqualTo(Duration.ofHours(48));
        }

        @Test
        void midnightChangesInSantiago() {
            // fall back at 00:00 to 23:00: the Saturday lasts 25 h; spring forward at 00:00: the Sunday starts at 01:00
            WorkingCalendar all = calendar(SANTIAGO, ALL_WEEK);
            assertThat(ReferencePolicy.workingTime(all, at(SANTIAGO, "2026-04-04T00:00"),
                    at(SANTIAGO, "2026-04-05T00:00"))).isEqualTo(Duration.ofHours(25));
            assertThat(ReferencePolicy.workingTime(all, at(SANTIAGO, "2026-09-06T00:00"),
                    at(SANTIAGO, "2026-09-07T00:00"))).isEqualTo(Duration.ofHours(23));
            // only the Saturday is worked: an instant in the repeated hour still belongs to it
            WorkingCalendar saturdays = calendar(SANTIAGO, DayOfWeek.SATURDAY);
            Instant repeated = Instant.parse("2026-04-05T03:30:00Z"); // 23:30 -04:00, Saturday again
            assertThat(ReferencePolicy.workingTime(saturdays, repeated, Instant.parse("2026-04-06T00:00:00Z")))
                    .isEqualTo(Duration.ofMinutes(30));
        }

        @Test
        void emptyAndReversedSpansAndNanoseconds() {
            Instant t = at(BERLIN, "2026-03-30T10:00");
            assertThat(ReferencePolicy.workingTime(calendar(BERLIN), t, t)).isZero();
            assertThat(ReferencePolicy.workingTime(calendar(BERLIN), t, t.minusSeconds(5))).isZero();
            assertThat(ReferencePolicy.workingTime(calendar(BERLIN), t.minusNanos(1), t))
                    .isEqualTo(Duration.ofNanos(1));
            // a Saturday alone
            assertThat(ReferencePolicy.workingTime(calendar(BERLIN), at(BERLIN, "2026-03-28T01:00"),
                    at(BERLIN, "2026-03-28T23:00"))).isZero();
        }

        @Test
        void yearsApart() {
            // UTC, Monday to Friday, whole weeks: five days of 24 h a week
            Instant from = Instant.parse("2016-01-04T00:00:00Z"); // a Monday
            Instant to = Instant.parse("2025-12-29T00:00:00Z"); // a Monday
            long weeks = ChronoUnit.DAYS.between(LocalDate.parse("2016-01-04"), LocalDate.parse("2025-12-29")) / 7;
            long started = System.nanoTime();
            assertThat(ReferencePolicy.workingTime(calendar(ZoneOffset.UTC), from, to))
                    .isEqualTo(Duration.ofHours(weeks * 5 * 24));
            // every day worked: working time is wall-clock time, whatever the DST changes
            assertThat(ReferencePolicy.workingTime(calendar(NEW_YORK, ALL_WEEK), from.plusNanos(7), to))
                    .isEqualTo(Duration.between(from.plusNanos(7), to));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Nested
    class Gaps {

        private EscalationCase customerUpdatedFriday(Instant friday) {
            Escalation x = Escalation.builder(Severity.CRITICAL, friday.minus(Duration.ofDays(2)))
                    .activity(Activity.of(ActivityKind.CUSTOMER_UPDATE, friday)).build();
            return EscalationCase.of(ACME).escalation(x).build();
        }

        @Test
        void dailyUpdateOnFridayIsOverdueAfterMonday1600InBerlin() {
            PolicySettings berlin = PolicySettings.builder().calendar(calendar(BERLIN)).build();
            Instant friday = at(BERLIN, "2026-03-27T16:00");
            Instant monday = at(BERLIN, "2026-03-30T16:00");
            EscalationCase c = customerUpdatedFriday(friday);
            assertThat(ReferencePolicy.assess(c, monday, berlin).has(FindingCode.CUSTOMER_UPDATE_OVERDUE)).isFalse();
            Assessment late = ReferencePolicy.assess(c, monday.plusSeconds(1), berlin);
            Finding f = late.findings(FindingCode.CUSTOMER_UPDATE_OVERDUE).get(0);
            assertThat(f.details()).containsExactly(Map.entry("cadence", Cadence.DAILY), Map.entry("since", friday),
                    Map.entry("lastUpdate", friday), Map.entry("gap", Duration.ofHours(24).plusSeconds(1)),
                    Map.entry("limit", Duration.ofHours(24)));
            // wall-clock, the same update is long overdue
            assertThat(ReferencePolicy.assess(c, monday, PolicySettings.defaults())
                    .findings(FindingCode.CUSTOMER_UPDATE_OVERDUE).get(0).details().get("gap"))
                    .isEqualTo(Duration.ofHours(71));
        }

        @Test
        void gapsCountFromOpeningWhenTheLastActivityIsEarlier() {
            Instant opened = Instant.parse("2026-03-01T00:00:00Z");
            Instant before = opened.minus(Duration.ofDays(3));
            Instant now = opened.plus(Duration.ofHours(30));
            Escalation x = Escalation.builder(Severity.LOW, opened)
                    .activity(Activity.of(ActivityKind.INTERNAL_UPDATE, before)).build();
            Finding f = ReferencePolicy.assess(EscalationCase.of(ACME).escalation(x).build(), now,
                    PolicySettings.defaults()).findings(FindingCode.INTERNAL_UPDATE_OVERDUE).get(0);
            assertThat(f.details()).containsExactly(Map.entry("since", opened), Map.entry("lastUpdate", before),
                    Map.entry("gap", Duration.ofHours(30)), Map.entry("limit", Duration.ofHours(24)));
        }

        @Test
        void standupOverdueOnceScheduled() {
            Instant opened = Instant.parse("2026-03-01T00:00:00Z");
            Instant scheduled = opened.plus(Duration.ofHours(5));
            Instant now = scheduled.plus(Duration.ofHours(24)).plusNanos(1);
            Escalation.Builder b = Escalation.builder(Severity.CRITICAL, opened);
            EscalationCase unscheduled = EscalationCase.of(ACME).escalation(b.build()).build();
            assertThat(ReferencePolicy.assess(unscheduled, now, PolicySettings.defaults())
                    .has(FindingCode.STANDUP_OVERDUE)).isFalse();

            EscalationCase scheduledOnly = EscalationCase.of(ACME).escalation(b.activity(
                    Activity.of(ActivityKind.STANDUP_SCHEDULED, scheduled),
                    Activity.of(ActivityKind.STANDUP_SCHEDULED, scheduled.plusSeconds(60))).build()).build();
            Finding f = ReferencePolicy.assess(scheduledOnly, now, PolicySettings.defaults())
                    .findings(FindingCode.STANDUP_OVERDUE).get(0);
            assertThat(f.details()).containsExactly(Map.entry("cadence", Cadence.DAILY),
                    Map.entry("since", scheduled), Map.entry("gap", Duration.ofHours(24).plusNanos(1)),
                    Map.entry("limit", Duration.ofHours(24)));

            // a standup held an hour later resets it; a custom gap for the cadence applies; none means no limit
            Instant held = scheduled.plus(Duration.ofHours(1));
            EscalationCase heldLater = EscalationCase.of(ACME).escalation(b.activity(
                    Activity.of(ActivityKind.STANDUP_SCHEDULED, scheduled),
                    Activity.of(ActivityKind.STANDUP_HELD, held)).build()).build();
            assertThat(ReferencePolicy.assess(heldLater, now, PolicySettings.defaults())
                    .has(FindingCode.STANDUP_OVERDUE)).isFalse();
            PolicySettings tight = PolicySettings.builder().standupGap(Cadence.DAILY, Duration.ofHours(2)).build();
            assertThat(ReferencePolicy.assess(heldLater, now, tight).findings(FindingCode.STANDUP_OVERDUE).get(0)
                    .details()).containsEntry("since", held).containsEntry("lastStandup", held)
                    .containsEntry("limit", Duration.ofHours(2));
            PolicySettings none = PolicySettings.builder().standupGap(Cadence.DAILY, null).build();
            assertThat(ReferencePolicy.assess(heldLater, now.plus(Duration.ofDays(30)), none)
                    .has(FindingCode.STANDUP_OVERDUE)).isFalse();
        }
    }

    @Nested
    class SuggestedSeverity {

        private Situation risks(Impact impact, Risk... risks) {
            return new Situation(false, false, false, true, impact, java.util.Set.of(risks));
        }

        @Test
        void highestRowCappedAtMediumWithoutSignificantImpact() {
            assertThat(ReferencePolicy.suggestedSeverity(risks(Impact.SIGNIFICANT, Risk.RENEWAL, Risk.SOLUTION_LOSS)))
                    .isEqualTo(Severity.CRITICAL);
            assertThat(ReferencePolicy.suggestedSeverity(risks(Impact.SOME, Risk.RENEWAL, Risk.SOLUTION_LOSS)))
                    .isEqualTo(Severity.MEDIUM);
            assertThat(ReferencePolicy.suggestedSeverity(risks(null, Risk.CONTRACTION))).isEqualTo(Severity.MEDIUM);
            assertThat(ReferencePolicy.suggestedSeverity(risks(Impact.SIGNIFICANT, Risk.CONTRACTION, Risk.TIMELINE)))
                    .isEqualTo(Severity.HIGH);
            assertThat(ReferencePolicy.suggestedSeverity(risks(null, Risk.TIMELINE))).isEqualTo(Severity.LOW);
            assertThat(ReferencePolicy.suggestedSeverity(risks(Impact.SIGNIFICANT))).isNull();
        }

        @Test
        void theRisksOfTheHighestRowSetIt() {
            assertThat(ReferencePolicy.risksSettingSuggestion(risks(Impact.SOME, Risk.RENEWAL, Risk.SOLUTION_LOSS,
                    Risk.RELATIONSHIP_AND_BRAND, Risk.CONTRACTION)))
                    .containsExactly(Risk.SOLUTION_LOSS, Risk.RELATIONSHIP_AND_BRAND);
        }

        @Test
        void findingForAnOpenInScopeEscalationBelowTheSuggestion() {
            Instant now = Instant.parse("2026-03-02T15:30:00Z");
            Escalation high = Escalation.builder(Severity.HIGH, now.minusSeconds(60)).build();
            Situation s = risks(Impact.SIGNIFICANT, Risk.TIMELINE, Risk.CUSTOMER_LOSS_LIKELY);
            Assessment a = ReferencePolicy.assess(EscalationCase.of(ACME).situation(s).escalation(high).build(), now,
                    PolicySettings.defaults());
            assertThat(a.suggestedSeverity()).contains(Severity.CRITICAL);
            assertThat(a.findings().get(0).code()).isEqualTo("SEVERITY_BELOW_SUGGESTED");
            assertThat(a.findings().get(0).details()).containsExactly(Map.entry("severity", Severity.HIGH),
                    Map.entry("suggested", Severity.CRITICAL), Map.entry("risks", List.of(Risk.CUSTOMER_LOSS_LIKELY)));

            // higher than suggested: nothing; out of scope or no escalation: the suggestion only
            Escalation critical = Escalation.builder(Severity.CRITICAL, now.minusSeconds(60)).build();
            assertThat(ReferencePolicy.assess(EscalationCase.of(ACME).situation(risks(Impact.SOME, Risk.RENEWAL))
                    .escalation(critical).build(), now, PolicySettings.defaults())
                    .has(FindingCode.SEVERITY_BELOW_SUGGESTED)).isFalse();
            Account outside = ACME.toBuilder().segment(Segment.OTHER).build();
            Assessment out = ReferencePolicy.assess(EscalationCase.of(outside).situation(s).escalation(high).build(),
                    now, PolicySettings.defaults());
            assertThat(out.suggestedSeverity()).contains(Severity.CRITICAL);
            assertThat(out.has(FindingCode.SEVERITY_BELOW_SUGGESTED)).isFalse();
            assertThat(ReferencePolicy.assess(EscalationCase.of(ACME).situation(s).build(), now,
                    PolicySettings.defaults()).suggestedSeverity()).contains(Severity.CRITICAL);
            assertThat(ReferencePolicy.assess(EscalationCase.of(ACME).situation(Situation.NONE).build(), now,
                    PolicySettings.defaults()).suggestedSeverity()).isEmpty();
        }
    }

    @Nested
    class PeakSeverity {

        private Plan plan(Escalation x) {
            return ReferencePolicy.assess(EscalationCase.of(ACME).escalation(x).build(),
                    x.openedAt().plusSeconds(1), PolicySettings.defaults()).plan().orElseThrow();
        }

        @Test
        void openedCriticalLoweredToLowKeepsProductDriAndLeader() {
            Instant opened = Instant.parse("2026-03-01T00:00:00Z");
            Plan p = plan(Escalation.builder(Severity.LOW, opened).openedSeverity(Severity.CRITICAL)
                    .productRelated(true).build());
            assertThat(p.severity()).isEqualTo(Severity.LOW);
            assertThat(p.peakSeverity()).isEqualTo(Severity.CRITICAL);
            assertThat(p.cadence()).isEqualTo(Cadence.STANDARD);
            assertThat(p.productDriRequired()).isTrue();
            assertThat(p.productLeader()).contains(ProductLeader.PRODUCT_LEADERSHIP_TEAM_MEMBER);
            assertThat(p.checklist(ChecklistItem.ASSIGN_PRODUCT_DRI)).isPresent();
        }

        @Test
        void raisedToHighByAnActivityThenLowered() {
            Instant opened = Instant.parse("2026-03-01T00:00:00Z");
            Plan p = plan(Escalation.builder(Severity.MEDIUM, opened).openedSeverity(Severity.LOW).productRelated(true)
                    .activity(Activity.severityChanged(opened, Severity.HIGH),
                            Activity.of(ActivityKind.SEVERITY_CHANGED, opened),
                            Activity.severityChanged(opened, Severity.MEDIUM)).build());
            assertThat(p.peakSeverity()).isEqualTo(Severity.HIGH);
            assertThat(p.productLeader()).contains(ProductLeader.GROUP_PRODUCT_MANAGER_OR_DIRECTOR);
            // not product related: no requirement, no leader, the peak still reported
            Plan q = plan(Escalation.builder(Severity.MEDIUM, opened)
                    .activity(Activity.severityChanged(opened, Severity.CRITICAL)).build());
            assertThat(q.peakSeverity()).isEqualTo(Severity.CRITICAL);
            assertThat(q.productDriRequired()).isFalse();
            assertThat(q.productLeader()).isEmpty();
            // a change without a severity adds nothing
            assertThat(plan(Escalation.builder(Severity.LOW, opened)
                    .activity(Activity.of(ActivityKind.SEVERITY_CHANGED, opened)).build()).peakSeverity())
                    .isEqualTo(Severity.LOW);
        }
    }

    @Nested
    class ClosedAndOtherChanges {

        @Test
        void aClosedEscalationKeepsPlanAndClosureButOnlyTheCallFinding() {
            Instant now = Instant.parse("2026-03-02T15:30:00Z");
            Instant opened = now.minus(Duration.ofDays(10));
            Account noDri = Account.builder("Acme", Segment.TAM_SCALE).build();
            Escalation x = Escalation.builder(Severity.CRITICAL, opened).productRelated(true)
                    .channel(new SlackChannel("acme", false)).closedAt(opened.plus(Duration.ofDays(9)))
                    .closure(Closure.builder().customerAgreed(true).documented(true).driAgreed(true)
                            .outcome(Outcome.POSITIVE).exitCriteriaMet(true).summary("done").build())
                    .build();
            Emergency e = Emergency.builder("T-1", now.minus(Duration.ofHours(5)))
                    .callStartedAt(now.minus(Duration.ofHours(4))).build();
            Situation s = new Situation(false, false, false, true, Impact.SIGNIFICANT,
                    java.util.Set.of(Risk.SOLUTION_LOSS));
            Assessment a = ReferencePolicy.assess(EscalationCase.of(noDri).emergency(e).situation(s).escalation(x)
                    .build(), now, PolicySettings.defaults());
            assertThat(a.plan()).isPresent();
            assertThat(a.closure()).isPresent();
            assertThat(a.closure().orElseThrow().ready()).isTrue();
            assertThat(a.suggestedSeverity()).contains(Severity.CRITICAL);
            List<String> codes = new ArrayList<>();
            for (Finding f : a.findings()) {
                codes.add(f.code());
            }
            assertThat(codes).containsExactly("CALL_OVER_THREE_HOURS");

            // the same escalation open gets them all
            Assessment open = ReferencePolicy.assess(EscalationCase.of(noDri).emergency(e).situation(s)
                    .escalation(x.toBuilder().closedAt(null).build()).build(), now, PolicySettings.defaults());
            assertThat(open.has(FindingCode.DRI_UNASSIGNED)).isTrue();
            assertThat(open.has(FindingCode.PRODUCT_DRI_MISSING)).isTrue();
            assertThat(open.has(FindingCode.CHECKLIST_ITEM_OVERDUE)).isTrue();
            assertThat(open.has(FindingCode.CHANNEL_NAME_INVALID)).isTrue();
            assertThat(open.has(FindingCode.SEVERITY_BELOW_SUGGESTED)).isFalse();
        }

        @Test
        void psProjectManagerDriHasNoCaseOwnerNorCsHelpItem() {
            Account ps = ACME.toBuilder().professionalServicesProject(new ProfessionalServicesProject(true, "Pat"))
                    .build();
            Instant opened = Instant.parse("2026-03-01T00:00:00Z");
            Escalation x = Escalation.builder(Severity.HIGH, opened).relatedToPsProject(true).build();
            Emergency e = Emergency.builder("T-1", opened).build(); // no trigger: still S0's duties
            Plan p = ReferencePolicy.assess(EscalationCase.of(ps).emergency(e).escalation(x).build(),
                    opened.plus(Duration.ofHours(2)), PolicySettings.defaults()).plan().orElseThrow();
            assertThat(p.dri()).isEqualTo(Assignment.of(EscalationRole.PS_PROJECT_MANAGER, "Pat"));
            assertThat(p.caseOwner()).isEmpty();
            List<ChecklistItem> items = new ArrayList<>();
            for (ChecklistEntry entry : p.checklist()) {
                items.add(entry.item());
            }
            assertThat(items).doesNotContain(ChecklistItem.OPEN_CS_HELP_REQUEST)
                    .endsWith(ChecklistItem.ASSIGN_EMERGENCY_TICKET_TO_SELF,
                            ChecklistItem.LINK_CHANNEL_IN_INTERNAL_COMMENT, ChecklistItem.HAND_OVER_AT_SHIFT_END);
        }

        @Test
        void channelNamesWithOrWithoutOneLeadingHash() {
            assertThat(ReferencePolicy.channelNameValid("esc_acme")).isTrue();
            assertThat(ReferencePolicy.channelNameValid("#esc_acme")).isTrue();
            assertThat(ReferencePolicy.channelNameValid("##esc_acme")).isFalse();
            assertThat(ReferencePolicy.channelNameValid(" #esc_acme")).isFalse();
            assertThat(ReferencePolicy.channelNameValid("#ESC_acme")).isFalse();
            assertThat(ReferencePolicy.channelNameValid("#esc")).isFalse();
        }

        @Test
        void conversionContactsWhenRecommendedWhateverTheScope() {
            Instant now = Instant.parse("2026-03-02T15:30:00Z");
            Account outside = Account.builder("Acme", Segment.OTHER)
                    .team(Team.builder().accountExecutive("Bo").regionalManager("Rae").build()).build();
            Emergency running = Emergency.builder("T-1", now.minus(Duration.ofHours(4))).build();
            assertThat(ReferencePolicy.assess(EscalationCase.of(outside).emergency(running).build(), now,
                    PolicySettings.defaults()).conversion().orElseThrow().contacts()).containsExactly(
                    Assignment.of(EscalationRole.ACCOUNT_EXECUTIVE, "Bo"),
                    Assignment.of(EscalationRole.REGIONAL_CSM_MANAGER, "Rae"),
                    Assignment.of(EscalationRole.SUPPORT_MANAGER_ON_CALL, null));
            Emergency young = Emergency.builder("T-1", now.minus(Duration.ofHours(1))).build();
            assertThat(ReferencePolicy.assess(EscalationCase.of(outside).emergency(young).build(), now,
                    PolicySettings.defaults()).conversion().orElseThrow().contacts()).isEmpty();
        }
    }

    @Nested
    class Version3 {

        private final Instant now = Instant.parse("2026-03-02T15:30:00Z");
        private final PolicySettings defaults = PolicySettings.defaults();

        private Assessment assess(Escalation x) {
            return ReferencePolicy.assess(EscalationCase.of(ACME).escalation(x).build(), now, defaults);
        }

        private List<String> codes(Assessment a) {
            List<String> codes = new ArrayList<>();
            for (Finding f : a.findings()) {
                codes.add(f.code());
            }
            return codes;
        }

        @Test
        void unmetNamesThePrimaryTriggersThatDoNotHold() {
            Emergency e = Emergency.builder("T-1", now.minus(Duration.ofHours(3))).afterUpgrade(true)
                    .upgradeRelatedProblems(2).recentProfessionalServices(true).build();
            assertThat(ReferencePolicy.assess(EscalationCase.of(ACME).emergency(e).build(), now, defaults)
                    .conversion().orElseThrow().unmet()).containsExactly(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION,
                    ConversionTrigger.OUTSIDE_FACTORS_BLOCKED);
        }

        @Test
        void monitoringHidesTheCadenceFindingsUntilAStrictlyLaterChange() {
            Instant opened = now.minus(Duration.ofDays(10));
            Instant reduced = now.minus(Duration.ofDays(5));
            Escalation.Builder b = Escalation.builder(Severity.CRITICAL, opened)
                    .nextCustomerTouchpointAt(now.plusSeconds(60)).exitCriteria("fixed");
            Assessment monitoring = assess(b.activity(Activity.of(ActivityKind.RISK_REDUCED, reduced)).build());
            assertThat(monitoring.plan().orElseThrow().state()).isEqualTo(EscalationState.MONITORING);
            assertThat(codes(monitoring)).doesNotContain("INTERNAL_UPDATE_OVERDUE", "CUSTOMER_UPDATE_OVERDUE",
                    "CUSTOMER_UPDATES_TOO_FEW").contains("CHECKLIST_ITEM_OVERDUE");
            // a change at the same instant, even after it in input order, does not end monitoring
            Assessment tied = assess(b.activity(Activity.of(ActivityKind.RISK_REDUCED, reduced),
                    Activity.severityChanged(reduced, Severity.HIGH)).build());
            assertThat(tied.plan().orElseThrow().state()).isEqualTo(EscalationState.MONITORING);
            // a nanosecond later it does; the gaps count from the change, TOO_FEW's seven days too
            Instant changed = reduced.plusNanos(1);
            Assessment ended = assess(b.activity(Activity.of(ActivityKind.RISK_REDUCED, reduced),
                    Activity.severityChanged(changed, Severity.CRITICAL)).build());
            assertThat(ended.plan().orElseThrow().state()).isEqualTo(EscalationState.OPEN);
            assertThat(ended.findings(FindingCode.INTERNAL_UPDATE_OVERDUE).get(0).details())
                    .containsEntry("since", changed);
            assertThat(ended.has(FindingCode.CUSTOMER_UPDATES_TOO_FEW)).isFalse();
            assertThat(ended.upcoming()).contains(Upcoming.of("CUSTOMER_UPDATES_TOO_FEW",
                    changed.plus(Duration.ofDays(7))));
        }

        @Test
        void aLaterRaiseMakesTheProductDriDueFromTheRaise() {
            Instant opened = now.minus(Duration.ofDays(3));
            Instant raised = now.minus(Duration.ofHours(1));
            Escalation.Builder b = Escalation.builder(Severity.HIGH, opened).openedSeverity(Severity.LOW)
                    .productRelated(true);
            Plan plan = assess(b.activity(Activity.severityChanged(raised, Severity.HIGH)).build()).plan().orElseThrow();
            assertThat(plan.checklist(ChecklistItem.ASSIGN_PRODUCT_DRI).orElseThrow().due()).contains(now);
            assertThat(plan.checklist(ChecklistItem.ADD_PRODUCT_DRI_TO_CHANNEL).orElseThrow().due()).contains(now);
            // a raise logged before the opening counts as the opening; the peak from the severity alone takes the last
            // change, with or without a severity
            assertThat(ReferencePolicy.productDriRequiredSince(b.activity(Activity.severityChanged(
                    opened.minusSeconds(5), Severity.CRITICAL)).build())).isEqualTo(opened);
            assertThat(ReferencePolicy.productDriRequiredSince(b.activity(Activity.severityChanged(raised,
                    Severity.MEDIUM), Activity.of(ActivityKind.SEVERITY_CHANGED, raised.plusSeconds(1))).build()))
                    .isEqualTo(raised.plusSeconds(1));
            assertThat(ReferencePolicy.productDriRequiredSince(b.openedSeverity(null).build())).isEqualTo(opened);
        }

        @Test
        void eachChangeThatInvolvesSomebodyNewIsAnItemDoneByInformingFromItsInstantOn() {
            Instant opened = now.minus(Duration.ofDays(3));
            Instant low = now.minus(Duration.ofHours(2));
            Instant medium = now.minus(Duration.ofHours(1));
            Escalation.Builder b = Escalation.builder(Severity.MEDIUM, opened).openedSeverity(Severity.MEDIUM);
            // in the order of the activities (given here in another order); informed at the instant of the lowering,
            // though before it in input order: that one is done, the later raise is not
            Plan plan = assess(b.activity(Activity.severityChanged(medium, Severity.MEDIUM),
                    Activity.of(ActivityKind.INVOLVED_INFORMED, low),
                    Activity.severityChanged(low, Severity.LOW),
                    Activity.severityChanged(low, Severity.LOW)).build()).plan().orElseThrow();
            List<ChecklistEntry> newly = new ArrayList<>();
            for (ChecklistEntry entry : plan.checklist()) {
                if (entry.item() == ChecklistItem.INFORM_NEWLY_INVOLVED) {
                    newly.add(entry);
                }
            }
            assertThat(newly).containsExactly(
                    new ChecklistEntry(ChecklistItem.INFORM_NEWLY_INVOLVED, java.util.Optional.of(now.minusSeconds(3600)),
                            true, List.of(Stakeholder.REGIONAL_CSM_MANAGER, Stakeholder.ACCOUNT_MANAGER)),
                    new ChecklistEntry(ChecklistItem.INFORM_NEWLY_INVOLVED, java.util.Optional.of(now), false,
                            List.of(Stakeholder.GLOBAL_PUBSEC_CSM_LEADER)));
        }

        @Test
        void theHandoverIsDueAtTheShiftsEndAndDoneWithinTheWindowBeforeIt() {
            Instant shiftEnds = now.plus(Duration.ofMinutes(30));
            Emergency e = Emergency.builder("T-1", now.minus(Duration.ofHours(1))).shiftEndsAt(shiftEnds).build();
            Escalation.Builder b = Escalation.builder(Severity.LOW, now.minusSeconds(60));
            for (Duration offset : List.of(Duration.ZERO, Duration.ofNanos(-1))) {
                Plan plan = ReferencePolicy.assess(EscalationCase.of(ACME).emergency(e).escalation(b.activity(
                        Activity.of(ActivityKind.HANDOVER, shiftEnds.minus(Duration.ofHours(1)).plus(offset))).build())
                        .build(), now, defaults).plan().orElseThrow();
                assertThat(plan.checklist(ChecklistItem.HAND_OVER_AT_SHIFT_END).orElseThrow())
                        .isEqualTo(new ChecklistEntry(ChecklistItem.HAND_OVER_AT_SHIFT_END,
                                java.util.Optional.of(shiftEnds), offset.isZero()));
            }
        }

        @Test
        void theManagerStepsInOnceAGapRunsItsLimitAndADayPast() {
            Instant opened = now.minus(Duration.ofDays(20));
            Account withManager = ACME.toBuilder().team(Team.builder().csm("Ann").regionalManager("Rae").build())
                    .build();
            Escalation.Builder b = Escalation.builder(Severity.LOW, opened).exitCriteria("x")
                    .nextCustomerTouchpointAt(now.plusSeconds(60));
            Escalation atLimit = b.activity(Activity.of(ActivityKind.INTERNAL_UPDATE, now.minus(Duration.ofHours(48))))
                    .build();
            Assessment notYet = ReferencePolicy.assess(EscalationCase.of(withManager).escalation(atLimit).build(), now,
                    defaults);
            assertThat(notYet.has(FindingCode.INTERNAL_UPDATE_OVERDUE)).isTrue();
            assertThat(notYet.has(FindingCode.MANAGER_STEP_IN)).isFalse();
            assertThat(notYet.upcoming()).contains(Upcoming.of("MANAGER_STEP_IN", now));
            Instant later = now.plusNanos(1);
            assertThat(ReferencePolicy.assess(EscalationCase.of(withManager).escalation(atLimit).build(), later,
                    defaults).findings(FindingCode.MANAGER_STEP_IN).get(0).details()).containsExactly(
                    Map.entry("manager", "Rae"), Map.entry("codes", List.of(FindingCode.INTERNAL_UPDATE_OVERDUE)),
                    Map.entry("overdueBy", Duration.ofHours(24).plusNanos(1)));
            // no regional manager: the detail is there, null ("or null"); an account executive DRI: no step-in
            assertThat(ReferencePolicy.assess(EscalationCase.of(ACME).escalation(atLimit).build(), later, defaults)
                    .findings(FindingCode.MANAGER_STEP_IN).get(0).details()).containsEntry("manager", null);
            Account noCsm = Account.builder("Acme", Segment.CSM_MANAGED).team(Team.builder().accountExecutive("Bo")
                    .regionalManager("Rae").build()).build();
            assertThat(ReferencePolicy.assess(EscalationCase.of(noCsm).escalation(atLimit).build(), later, defaults)
                    .has(FindingCode.MANAGER_STEP_IN)).isFalse();
        }

        @Test
        void theGainsightCtaIsMissingStrictlyAfterTheSyncAndTheGrace() {
            Instant opened = now.minus(Duration.ofHours(3));
            Escalation x = Escalation.builder(Severity.LOW, opened)
                    .activity(Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, opened),
                            Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, now)).build();
            assertThat(assess(x).has(FindingCode.GAINSIGHT_CTA_MISSING)).isFalse();
            assertThat(assess(x).upcoming()).contains(Upcoming.of("GAINSIGHT_CTA_MISSING", now));
            Assessment after = ReferencePolicy.assess(EscalationCase.of(ACME).escalation(x).build(), now.plusNanos(1),
                    defaults);
            assertThat(after.findings(FindingCode.GAINSIGHT_CTA_MISSING).get(0).details()).containsExactly(
                    Map.entry("caseOpenedAt", opened), Map.entry("due", now));
        }

        @Test
        void theLastChannelActivityFromTheOpeningOnDecidesWhetherItWasArchived() {
            Instant opened = now.minus(Duration.ofHours(3));
            Escalation.Builder b = Escalation.builder(Severity.LOW, opened);
            assertThat(assess(b.activity(Activity.of(ActivityKind.CHANNEL_ARCHIVED, opened),
                    Activity.of(ActivityKind.CHANNEL_CREATED, opened)).build())
                    .has(FindingCode.CHANNEL_ARCHIVED_WHILE_OPEN)).isFalse();
            assertThat(assess(b.activity(Activity.of(ActivityKind.CHANNEL_CREATED, opened),
                    Activity.of(ActivityKind.CHANNEL_ARCHIVED, opened)).build())
                    .has(FindingCode.CHANNEL_ARCHIVED_WHILE_OPEN)).isTrue();
            assertThat(assess(b.activity(Activity.of(ActivityKind.CHANNEL_ARCHIVED, opened.minusNanos(1))).build())
                    .has(FindingCode.CHANNEL_ARCHIVED_WHILE_OPEN)).isFalse();
            assertThat(assess(b.activity(Activity.of(ActivityKind.CHANNEL_ARCHIVED, opened),
                    Activity.of(ActivityKind.RISK_REDUCED, opened)).build())
                    .has(FindingCode.CHANNEL_ARCHIVED_WHILE_OPEN)).isFalse();
        }

        @Test
        void aClosedEscalationGetsItsBlockersAndTheStepsNotDoneAfterTheGrace() {
            Instant closed = now.minus(Duration.ofHours(24));
            Escalation x = Escalation.builder(Severity.LOW, now.minus(Duration.ofDays(3))).closedAt(closed)
                    .activity(Activity.of(ActivityKind.CHANNEL_ARCHIVED, now)).build();
            Assessment atGrace = assess(x);
            assertThat(codes(atGrace)).containsExactly("CLOSED_WITH_BLOCKERS");
            assertThat(atGrace.findings().get(0).details()).containsEntry("blockers", List.of(
                    Blocker.CUSTOMER_NOT_AGREED, Blocker.ALIGNMENT_NOT_DOCUMENTED, Blocker.DRI_NOT_AGREED));
            assertThat(atGrace.plan().orElseThrow().state()).isEqualTo(EscalationState.CLOSED);
            assertThat(atGrace.nextReviewAt()).contains(now);
            Assessment after = ReferencePolicy.assess(EscalationCase.of(ACME).escalation(x).build(), now.plusNanos(1),
                    defaults);
            List<Object> steps = new ArrayList<>();
            for (Finding f : after.findings(FindingCode.CLOSING_STEP_OVERDUE)) {
                steps.add(f.detail("step").orElseThrow());
            }
            assertThat(steps).containsExactly(ClosureStep.POST_CLOSURE_UPDATE, ClosureStep.ANNOUNCE_CLOSURE,
                    ClosureStep.UPDATE_CSM_SENTIMENT);
        }

        @Test
        void aBroadcastNotifiesEachRoleOnceInOrder() {
            Account tam = Account.builder("Acme", Segment.TAM_SCALE).team(Team.builder().accountExecutive("Bo")
                    .cse("Cy").build()).build();
            Escalation x = Escalation.builder(Severity.HIGH, now.minusSeconds(60)).productRelated(true)
                    .supportDri("Sam").build();
            Assessment a = ReferencePolicy.assess(EscalationCase.of(tam).escalation(x).event(Event.SEVERITY_CHANGED)
                    .build(), now, defaults);
            assertThat(a.toNotify().orElseThrow()).containsExactly(
                    Assignment.of(EscalationRole.ACCOUNT_EXECUTIVE, "Bo"), Assignment.of(EscalationRole.CSE, "Cy"),
                    Assignment.of(EscalationRole.REGIONAL_CSE_LEADER, null),
                    Assignment.of(EscalationRole.PRODUCT_DRI, null), Assignment.of(EscalationRole.SUPPORT_DRI, "Sam"));
            assertThat(ReferencePolicy.assess(EscalationCase.of(tam).escalation(x).event(Event.DAILY_UPDATE).build(),
                    now, defaults).toNotify()).isEmpty();
        }

        @Test
        void underACalendarALimitReachedAsTheWeekendStartsComesAtItsEnd() {
            PolicySettings berlin = PolicySettings.builder().calendar(WorkingCalendar.of("Europe/Berlin")).build();
            Instant friday = at(BERLIN, "2026-03-27T00:00");
            assertThat(ReferencePolicy.lastNotOver(friday, Duration.ofHours(24), berlin))
                    .isEqualTo(at(BERLIN, "2026-03-30T00:00"));
            assertThat(ReferencePolicy.lastNotOver(friday.plusNanos(1), Duration.ofHours(24), berlin))
                    .isEqualTo(at(BERLIN, "2026-03-30T00:00").plusNanos(1));
            assertThat(ReferencePolicy.lastNotOver(at(BERLIN, "2026-03-28T10:00"), Duration.ofHours(2), berlin))
                    .isEqualTo(at(BERLIN, "2026-03-30T02:00"));
        }
    }
}
