package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.Explanation;
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
import dev.escalation.model.Initiative;
import dev.escalation.model.Outcome;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Risk;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Situation;
import dev.escalation.model.Team;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The changes of POLICY.md version 2 (its section 4), each through the facade: what a support engineer or CSM meets on
 * day one. The rules of each change are tested file by file in {@code dev.escalation.rules}; these tests prove the
 * files work together and reach the {@code Assessment}.
 */
class HandbookReadingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");
    private static final EscalationPolicy POLICY = EscalationPolicy.standard();
    private static final Team NO_CSM = Team.builder().accountExecutive("Alex AE").cse("Sam CSE")
            .regionalManager("Rory Manager").build();

    private static Emergency.Builder runningFourHours() {
        return Emergency.builder("ZD-1", NOW.minus(Duration.ofHours(4)));
    }

    /** S0: "reach out to the CSM ... if there is no CSM, the assigned AE, CSE or their regional manager". */
    @Test
    void aRecommendedConversionNamesWhomSupportReachesOutToEvenWithoutAnEscalationOrScope() {
        Account outside = Account.builder("Tiny Co", Segment.OTHER).team(NO_CSM).build();

        Assessment assessment = POLICY.assess(EscalationCase.of(outside).emergency(runningFourHours().build()).build(),
                NOW);

        assertThat(assessment.inScope()).isFalse();
        assertThat(assessment.conversion().orElseThrow().contacts()).containsExactly(
                Assignment.of(EscalationRole.ACCOUNT_EXECUTIVE, "Alex AE"), Assignment.of(EscalationRole.CSE, "Sam CSE"),
                Assignment.of(EscalationRole.REGIONAL_CSM_MANAGER, "Rory Manager"),
                Assignment.of(EscalationRole.SUPPORT_MANAGER_ON_CALL, null));
    }

    @Test
    void aConversionNotRecommendedNamesNobody() {
        Account acme = Account.builder("Acme", Segment.CSM_MANAGED).team(NO_CSM).build();

        Assessment assessment = POLICY.assess(EscalationCase.of(acme).emergency(Emergency.builder("ZD-2", NOW).build())
                .build(), NOW);

        assertThat(assessment.conversion().orElseThrow().recommended()).isFalse();
        assertThat(assessment.conversion().orElseThrow().contacts()).isEmpty();
    }

    /** "Decide which Escalation Level to use": the risks suggest one, and a lower severity is flagged. */
    @Test
    void theSituationsRisksSuggestASeverityAndALowerOneIsFlagged() {
        Account acme = Account.builder("Acme", Segment.CSM_MANAGED).team(Team.builder().csm("Casey").build()).build();
        Situation atRisk = Situation.NONE.withAccountAtRisk(true).withImpact(Impact.SIGNIFICANT)
                .withRisks(Risk.CUSTOMER_LOSS_LIKELY, Risk.RENEWAL);

        Assessment low = POLICY.assess(EscalationCase.of(acme).situation(atRisk)
                .escalation(Escalation.builder(Severity.HIGH, NOW).build()).build(), NOW);
        Assessment suggestionOnly = POLICY.assess(EscalationCase.of(acme).situation(atRisk).build(), NOW);

        assertThat(low.suggestedSeverity()).contains(Severity.CRITICAL);
        assertThat(low.findings(FindingCode.SEVERITY_BELOW_SUGGESTED)).singleElement().satisfies(f -> assertThat(
                f.toString()).isEqualTo(Finding.of(FindingCode.SEVERITY_BELOW_SUGGESTED, "severity", Severity.HIGH,
                "suggested", Severity.CRITICAL, "risks", List.of(Risk.CUSTOMER_LOSS_LIKELY)).toString()));
        assertThat(low.findings().get(0).code()).as("2.4a comes before 2.5").isEqualTo("SEVERITY_BELOW_SUGGESTED");
        assertThat(suggestionOnly.suggestedSeverity()).contains(Severity.CRITICAL);
        assertThat(POLICY.assess(EscalationCase.of(acme).situation(Situation.NONE.withAccountAtRisk(true)).build(), NOW)
                .suggestedSeverity()).isEmpty();
    }

    /** "The counterpart will remain attached until the escalation is resolved." */
    @Test
    void anEscalationOpenedCriticalAndLoweredToMediumKeepsItsProductDriAndLeader() {
        Account acme = Account.builder("Acme", Segment.CSM_MANAGED).team(Team.builder().csm("Casey").build()).build();
        Escalation lowered = Escalation.builder(Severity.MEDIUM, NOW.minus(Duration.ofDays(3)))
                .openedSeverity(Severity.CRITICAL).productRelated(true)
                .activity(Activity.severityChanged(NOW.minus(Duration.ofDays(1)), Severity.MEDIUM)).build();

        Plan plan = POLICY.plan(acme, lowered, NOW).orElseThrow();

        assertThat(plan.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(plan.peakSeverity()).isEqualTo(Severity.CRITICAL);
        assertThat(plan.cadence()).isEqualTo(Cadence.WEEKLY_TO_BIWEEKLY);
        assertThat(plan.productDriRequired()).isTrue();
        assertThat(plan.productLeader()).contains(ProductLeader.PRODUCT_LEADERSHIP_TEAM_MEMBER);
    }

    /** "The CS Help request is for escalations for non-PS projects." */
    @Test
    void aPsProjectEscalationHasNoCsHelpRequestItemNorCaseOwner() {
        Account acme = Account.builder("Acme", Segment.CSM_MANAGED).team(Team.builder().csm("Casey").build())
                .professionalServicesProject(new ProfessionalServicesProject(true, "Pat PM")).build();
        Escalation psProject = Escalation.builder(Severity.LOW, NOW.minus(Duration.ofHours(3))).relatedToPsProject(true)
                .build();

        Assessment assessment = POLICY.assess(EscalationCase.of(acme).escalation(psProject).build(), NOW);
        Plan plan = assessment.plan().orElseThrow();

        assertThat(plan.dri()).isEqualTo(Assignment.of(EscalationRole.PS_PROJECT_MANAGER, "Pat PM"));
        assertThat(plan.caseOwner()).isEmpty();
        assertThat(plan.checklist(ChecklistItem.OPEN_CS_HELP_REQUEST)).isEmpty();
        assertThat(assessment.findings(FindingCode.CHECKLIST_ITEM_OVERDUE)).extracting(f -> f.details().get("item"))
                .containsExactly(ChecklistItem.CREATE_ESCALATION_CHANNEL, ChecklistItem.IDENTIFY_DRI_AND_ASKS,
                        ChecklistItem.DECLARE_ESCALATION, ChecklistItem.INFORM_INVOLVED);
    }

    /** S0's duties apply once the emergency became the escalation, whatever 2.1 advises now. */
    @Test
    void theOnCallDutiesComeWithTheEmergencyEvenWhenItsConversionIsNoLongerAdvised() {
        Account acme = Account.builder("Acme", Segment.CSM_MANAGED).team(Team.builder().csm("Casey").build()).build();
        Emergency resolved = Emergency.builder("ZD-3", NOW.minus(Duration.ofHours(6))).clearResolutionInSight(true)
                .build();

        Assessment assessment = POLICY.assess(EscalationCase.of(acme).emergency(resolved)
                .escalation(Escalation.builder(Severity.HIGH, NOW).build()).build(), NOW);

        assertThat(assessment.conversion().orElseThrow().recommended()).isFalse();
        assertThat(assessment.plan().orElseThrow().checklist()).extracting(ChecklistEntry::item)
                .contains(ChecklistItem.ASSIGN_EMERGENCY_TICKET_TO_SELF, ChecklistItem.LINK_CHANNEL_IN_INTERNAL_COMMENT,
                        ChecklistItem.HAND_OVER_AT_SHIFT_END);
    }

    /** An update logged before openedAt never makes the escalation look overdue from its first hour. */
    @Test
    void anUpdateLoggedBeforeOpeningDoesNotMakeANewEscalationOverdue() {
        Account acme = Account.builder("Acme", Segment.CSM_MANAGED).team(Team.builder().csm("Casey").build()).build();
        Escalation young = Escalation.builder(Severity.CRITICAL, NOW.minus(Duration.ofMinutes(30)))
                .activity(Activity.of(ActivityKind.INTERNAL_UPDATE, NOW.minus(Duration.ofDays(3))),
                        Activity.of(ActivityKind.CUSTOMER_UPDATE, NOW.minus(Duration.ofDays(3))))
                .build();

        Assessment assessment = POLICY.assess(EscalationCase.of(acme).escalation(young).build(), NOW);

        assertThat(assessment.has(FindingCode.INTERNAL_UPDATE_OVERDUE)).isFalse();
        assertThat(assessment.has(FindingCode.CUSTOMER_UPDATE_OVERDUE)).isFalse();
    }

    /** A closed escalation reports nothing overdue, but keeps its plan and its closure. */
    @Test
    void aClosedEscalationHasOnlyTheEmergencysCallFinding() {
        Account acme = Account.builder("Acme", Segment.CSM_MANAGED).build();
        Escalation closed = Escalation.builder(Severity.CRITICAL, NOW.minus(Duration.ofDays(20))).productRelated(true)
                .channel(new SlackChannel("#acme", false)).closedAt(NOW.minus(Duration.ofDays(1)))
                .closure(Closure.builder().customerAgreed(true).documented(true).driAgreed(true)
                        .outcome(Outcome.POSITIVE).exitCriteriaMet(true).summary("Patched.").build())
                .build();
        Emergency call = Emergency.builder("ZD-4", NOW.minus(Duration.ofHours(5)))
                .blockedInitiatives(Initiative.RENEWAL).callStartedAt(NOW.minus(Duration.ofHours(4))).build();

        Assessment assessment = POLICY.assess(EscalationCase.of(acme).emergency(call).escalation(closed)
                .situation(Situation.NONE.withImpact(Impact.SIGNIFICANT).withRisks(Risk.SOLUTION_LOSS)).build(), NOW);

        assertThat(assessment.findings()).extracting(Finding::code).containsExactly("CALL_OVER_THREE_HOURS");
        assertThat(assessment.plan()).isPresent();
        assertThat(assessment.closure().orElseThrow().ready()).isTrue();
    }

    /** Friday's update is not overdue on Monday morning for a team that does not work weekends. */
    @Test
    void aTeamThatDoesNotWorkWeekendsIsNotToldOnMondayMorning() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant friday = LocalDateTime.parse("2026-03-06T16:00").atZone(newYork).toInstant();
        Instant mondayMorning = LocalDateTime.parse("2026-03-09T09:00").atZone(newYork).toInstant();
        Instant mondayEvening = LocalDateTime.parse("2026-03-09T17:00").atZone(newYork).toInstant();
        EscalationPolicy weekdays = EscalationPolicy.builder().settings(PolicySettings.builder()
                .calendar(WorkingCalendar.of("America/New_York")).build()).build();
        Account acme = Account.builder("Acme", Segment.CSM_MANAGED).team(Team.builder().csm("Casey").build()).build();
        Escalation escalation = Escalation.builder(Severity.MEDIUM, friday.minus(Duration.ofDays(2)))
                .activity(Activity.of(ActivityKind.INTERNAL_UPDATE, friday)).build();

        assertThat(POLICY.review(acme, escalation, mondayMorning)).extracting(Finding::code)
                .contains("INTERNAL_UPDATE_OVERDUE");
        assertThat(weekdays.review(acme, escalation, mondayMorning)).extracting(Finding::code)
                .doesNotContain("INTERNAL_UPDATE_OVERDUE");
        Assessment evening = weekdays.assess(EscalationCase.of(acme).escalation(escalation).build(), mondayEvening);
        assertThat(evening.findings(FindingCode.INTERNAL_UPDATE_OVERDUE)).singleElement()
                .satisfies(f -> assertThat(f.details()).containsEntry("gap", Duration.ofHours(25)));
        assertThat(evening.explanation()).extracting(Explanation::reason).contains("no internal update since " + friday
                + ": 25 h on working days (America/New_York) without one, more than 24 h (default)");
    }
}
