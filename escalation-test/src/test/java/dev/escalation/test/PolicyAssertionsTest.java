package dev.escalation.test;

import static dev.escalation.test.PolicyAssertions.assertThat;
import static dev.escalation.test.TestCases.aCase;
import static dev.escalation.test.TestCases.hoursAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.Blocker;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.ClosureStep;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.EscalationState;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.MessageKind;
import dev.escalation.decision.Plan;
import dev.escalation.decision.Route;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Cadence;
import dev.escalation.model.Event;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each assertion passes on what the policy decided and fails, in decide's words, on anything else. */
class PolicyAssertionsTest {

    private static final EscalationPolicy POLICY = EscalationPolicy.standard();

    /** An emergency running 4 h, whose call has run 3 h 10 min. */
    private static final Assessment EMERGENCY = aCase().emergency(e -> e.startedAt(hoursAgo(4))
            .callStartedAt(TestCases.ago(Duration.ofMinutes(190)))).assess(POLICY);

    /** A CRITICAL escalation opened two days ago, nothing done since its declaration. */
    private static final Assessment LATE = aCase().escalation(e -> e.severity(Severity.CRITICAL)
            .openedAt(hoursAgo(48)).activity(Activity.of(ActivityKind.DECLARED, hoursAgo(47))))
            .event(Event.DAILY_UPDATE).assess(POLICY);

    /** A closing held up by the RCA the customer asked for. */
    private static final Assessment CLOSING = aCase().escalation(e -> e.platformRelated(true)
            .closure(TestCases.closure().rcaRequested(true).build())).event(Event.CLOSED).assess(POLICY);

    private static void fails(ThrowingCallable assertion, String message) {
        assertThatThrownBy(assertion).isInstanceOf(AssertionError.class).hasMessage(message);
    }

    @Test
    void findingsByCodeExactlyAtLeastOrNone() {
        assertThat(EMERGENCY).hasFindings(FindingCode.CALL_OVER_THREE_HOURS).hasFindings("CALL_OVER_THREE_HOURS")
                .hasFindingsIncluding(FindingCode.CALL_OVER_THREE_HOURS).hasNoFinding(FindingCode.OUT_OF_SCOPE);
        assertThat(aCase().escalation().assess(POLICY)).hasNoFindings();

        fails(() -> assertThat(EMERGENCY).hasFindings("OUT_OF_SCOPE"),
                "findings: got [CALL_OVER_THREE_HOURS], want [OUT_OF_SCOPE]");
        fails(() -> assertThat(EMERGENCY).hasNoFindings(), "findings: got [CALL_OVER_THREE_HOURS], want []");
        fails(() -> assertThat(EMERGENCY).hasFindingsIncluding("OUT_OF_SCOPE"),
                "findings+ \"OUT_OF_SCOPE\": got absent, want present; findings: got [CALL_OVER_THREE_HOURS]");
        fails(() -> assertThat(EMERGENCY).hasNoFinding("CALL_OVER_THREE_HOURS"),
                "findings- \"CALL_OVER_THREE_HOURS\": got present, want absent");
    }

    @Test
    void aFindingsDetailsCompareAsScenariosCompareThem() {
        assertThat(EMERGENCY).hasFinding(FindingCode.CALL_OVER_THREE_HOURS)
                .withDetail("running", Duration.ofMinutes(190))
                .withDetail("running", "PT3H10M").withDetail("limit", Duration.ofHours(3)).withoutDetail("gap");
        assertThat(LATE).hasFinding(FindingCode.CHECKLIST_ITEM_OVERDUE)
                .withDetail("item", ChecklistItem.OPEN_CS_HELP_REQUEST).withDetail("overdueBy", Duration.ofHours(47));

        fails(() -> assertThat(EMERGENCY).hasFinding(FindingCode.CALL_OVER_THREE_HOURS)
                .withDetail("running", Duration.ofHours(25)), "finding CALL_OVER_THREE_HOURS.running: got PT3H10M, "
                + "want PT25H");
        fails(() -> assertThat(LATE).hasFinding(FindingCode.CHECKLIST_ITEM_OVERDUE)
                .withDetail("item", ChecklistItem.DECLARE_ESCALATION), "finding CHECKLIST_ITEM_OVERDUE.item: got "
                + "[CREATE_ESCALATION_CHANNEL, IDENTIFY_DRI_AND_ASKS, OPEN_CS_HELP_REQUEST, SCHEDULE_INTERNAL_STANDUP],"
                + " want DECLARE_ESCALATION");
        fails(() -> assertThat(LATE).hasFinding(FindingCode.CHECKLIST_ITEM_OVERDUE)
                .withDetail("item", ChecklistItem.OPEN_CS_HELP_REQUEST).withDetail("overdueBy", Duration.ofHours(1)),
                "finding CHECKLIST_ITEM_OVERDUE{item=OPEN_CS_HELP_REQUEST}.overdueBy: got PT47H, want PT1H");
        fails(() -> assertThat(EMERGENCY).hasFinding("OUT_OF_SCOPE"),
                "findings+ \"OUT_OF_SCOPE\": got absent, want present; findings: got [CALL_OVER_THREE_HOURS]");
    }

    @Test
    void firedRulesByIdAsDroolsassertSaysIt() {
        assertThat(EMERGENCY).fired("2.1/long-running-no-resolution", "2.8/call-over-three-hours")
                .didNotFire("2.1/outside-factors-blocked");
        assertThat(aCase().assess(POLICY)).firedNothingElseThan("2.3/customer-success-segment", "2.5/csm-assigned",
                "2.1/recommended");

        fails(() -> assertThat(aCase().assess(POLICY)).fired("2.1/recommended"),
                "rules+ \"2.1/recommended\": got not fired, want fired; fired: [2.3/customer-success-segment, "
                        + "2.5/csm-assigned]");
        fails(() -> assertThat(EMERGENCY).didNotFire("2.1/long-running-no-resolution"),
                "rules- \"2.1/long-running-no-resolution\": got fired, want not fired");
        fails(() -> assertThat(aCase().emergency().assess(POLICY)).firedNothingElseThan("2.3/customer-success-segment"),
                "rules: got also fired [2.1/consult-support-manager, 2.5/csm-assigned], want nothing else than "
                        + "[2.3/customer-success-segment]");
    }

    @Test
    void thePlanInTheWordsOfDecide() {
        assertThat(LATE).plan().hasSeverity(Severity.CRITICAL).hasPeakSeverity(Severity.CRITICAL)
                .hasCadence(Cadence.DAILY).hasDri(EscalationRole.CSM, "Casey Jones").hasDri(EscalationRole.CSM)
                .hasCaseOwner(EscalationRole.CSM, "Casey Jones").hasNoLeadTechnicalCollaborator()
                .hasContacts(EscalationRole.CSM, EscalationRole.SUPPORT_MANAGER_ON_CALL).doesNotRequireProductDri()
                .hasChannel("#esc_acme_corp").hasItemDone(ChecklistItem.DECLARE_ESCALATION)
                .hasItemDue(ChecklistItem.OPEN_CS_HELP_REQUEST, hoursAgo(47));

        fails(() -> assertThat(LATE).plan().hasDri(EscalationRole.CSM, "Dana"),
                "plan.dri: got CSM (Casey Jones), want CSM (Dana)");
        fails(() -> assertThat(LATE).plan().hasContacts(EscalationRole.SUPPORT_MANAGER_ON_CALL),
                "plan.contacts: got [CSM, SUPPORT_MANAGER_ON_CALL], want [SUPPORT_MANAGER_ON_CALL]");
        fails(() -> assertThat(LATE).plan().hasItemDone(ChecklistItem.OPEN_CS_HELP_REQUEST),
                "plan.checklist OPEN_CS_HELP_REQUEST.done: got false, want true");
        fails(() -> assertThat(LATE).plan().hasItemDone(ChecklistItem.ASSIGN_PRODUCT_DRI),
                "plan.checklist ASSIGN_PRODUCT_DRI.done: got not on the checklist, want true");
        fails(() -> assertThat(EMERGENCY).plan(),
                "plan: got absent, want a plan (an escalation of an in-scope account)");
    }

    @Test
    void closureAndConversion() {
        assertThat(CLOSING).closure().isNotReady().isBlockedBy(Blocker.RCA_PENDING).hasSteps();
        assertThat(aCase().escalation(e -> e.closure(TestCases.closure().build())).assess(POLICY)).closure().isReady()
                .isBlockedBy().hasSteps(ClosureStep.values()[0], ClosureStep.values()[1], ClosureStep.values()[2],
                        ClosureStep.values()[3]);
        assertThat(EMERGENCY).conversion().isRecommended()
                .hasTriggers(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION)
                .hasContacts(EscalationRole.CSM, EscalationRole.SUPPORT_MANAGER_ON_CALL);
        assertThat(aCase().emergency().assess(POLICY)).conversion().isNotRecommended().hasTriggers();

        fails(() -> assertThat(CLOSING).closure().isReady(),
                "closure.ready: got false, want true; closure.blockers: got [RCA_PENDING]");
        fails(() -> assertThat(CLOSING).closure().isBlockedBy(Blocker.DRI_NOT_AGREED),
                "closure.blockers: got [RCA_PENDING], want [DRI_NOT_AGREED]");
        fails(() -> assertThat(aCase().emergency().assess(POLICY)).conversion().isRecommended(),
                "conversion.recommended: got false, want true; conversion.triggers: got []");
        fails(() -> assertThat(LATE).closure(),
                "closure: got absent, want a closure decision (an in-scope escalation with closure facts)");
    }

    @Test
    void scopeRoutesBroadcastMessagesAndAnyPathOfDecide() {
        Assessment outOfScope = aCase().account(a -> a.segment(Segment.OTHER)).emergency().assess(POLICY);

        assertThat(EMERGENCY).isInScope().hasRoutes(Route.ACCOUNT_ESCALATION)
                .hasValue("conversion.triggers", java.util.List.of(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION))
                .hasValue("findings.0.running", Duration.ofMinutes(190)).hasValue("conversion.contactNames.1", null);
        assertThat(outOfScope).isNotInScope();
        assertThat(CLOSING).broadcasts().draftsMessages(MessageKind.CLOSURE_UPDATE);
        assertThat(LATE).doesNotBroadcast().draftsMessages(MessageKind.DAILY_UPDATE);

        fails(() -> assertThat(outOfScope).isInScope(), "inScope: got false, want true");
        fails(() -> assertThat(EMERGENCY).hasValue("plan.dri.role", EscalationRole.CSM),
                "plan.dri.role: got absent, want \"CSM\"");
        fails(() -> assertThat(EMERGENCY).hasRoutes(Route.EMERGENCY_SUPPORT),
                "routes: got [ACCOUNT_ESCALATION], want [EMERGENCY_SUPPORT]");
        fails(() -> assertThat(EMERGENCY).suggestsSeverity(Severity.HIGH), "suggestedSeverity: got none, want HIGH");
        assertThatThrownBy(() -> assertThat(EMERGENCY).hasValue("plan.driver", "CSM"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("plan.driver: not a path");
    }

    /**
     * Version 3's parts, on an assessment made by hand (whatever the rules decide today): whom to notify, what is
     * upcoming and when to review, the plan's state and the unmet triggers.
     */
    @Test
    void theAnswersOfVersion3InTheWordsOfDecide() {
        Plan plan = LATE.plan().orElseThrow();
        Plan monitoring = new Plan(plan.severity(), plan.peakSeverity(), plan.cadence(), plan.involvement(),
                plan.dri(), plan.leadTechnicalCollaborator(), plan.caseOwner(), plan.contacts(),
                plan.productDriRequired(), plan.productLeader(), plan.channel(), plan.checklist(), plan.explanation(),
                EscalationState.MONITORING);
        Instant at = TestCases.NOW.plus(Duration.ofHours(2));
        Upcoming step = new Upcoming("CLOSING_STEP_OVERDUE", at, Optional.empty(),
                Optional.of(ClosureStep.ANNOUNCE_CLOSURE));
        Assessment assessment = new Assessment(true, Optional.of(new Conversion(false, List.of(), List.of(),
                List.of(), List.of(), List.of(ConversionTrigger.UPGRADE_WITH_MULTIPLE_PROBLEMS))), Optional.empty(),
                Optional.empty(), Optional.of(monitoring), List.of(), Optional.empty(), Optional.of(true), Map.of(),
                List.of(), "v", Optional.of(List.of(Assignment.of(EscalationRole.CSM, "Casey Jones"),
                Assignment.of(EscalationRole.PRODUCT_DRI, null))),
                List.of(step, Upcoming.of("EXIT_CRITERIA_MISSING", TestCases.NOW)));

        assertThat(assessment).notifies(Assignment.of(EscalationRole.CSM, "Casey Jones"),
                        Assignment.of(EscalationRole.PRODUCT_DRI, null))
                .hasUpcoming(Upcoming.of("EXIT_CRITERIA_MISSING", TestCases.NOW), step)
                .hasUpcomingIncluding("CLOSING_STEP_OVERDUE", at).hasNextReviewAt(TestCases.NOW)
                .hasValue("notify.1", Assignment.of(EscalationRole.PRODUCT_DRI, null)).hasValue("upcoming.1", step)
                .hasValue("nextReviewAt", TestCases.NOW);
        assertThat(assessment).plan().hasState(EscalationState.MONITORING);
        assertThat(assessment).conversion().hasUnmet(ConversionTrigger.UPGRADE_WITH_MULTIPLE_PROBLEMS);
        assertThat(EMERGENCY).doesNotNotify().hasNothingUpcoming();

        fails(() -> assertThat(assessment).notifies(Assignment.of(EscalationRole.CSM, "Casey Jones")),
                "notify: got [CSM (Casey Jones), PRODUCT_DRI], want [CSM (Casey Jones)]");
        fails(() -> assertThat(assessment).doesNotNotify(),
                "notify: got [CSM (Casey Jones), PRODUCT_DRI], want none");
        fails(() -> assertThat(assessment).hasNothingUpcoming(), "upcoming: got [EXIT_CRITERIA_MISSING at "
                + TestCases.NOW + ", CLOSING_STEP_OVERDUE{step=ANNOUNCE_CLOSURE} at " + at + "], want []");
        fails(() -> assertThat(assessment).hasUpcomingIncluding("CALL_OVER_THREE_HOURS", at),
                "upcoming+ \"CALL_OVER_THREE_HOURS\" at " + at + ": got absent, want present; upcoming: got "
                        + "[EXIT_CRITERIA_MISSING at " + TestCases.NOW + ", CLOSING_STEP_OVERDUE{step=ANNOUNCE_CLOSURE} at "
                        + at + "]");
        fails(() -> assertThat(EMERGENCY).hasNextReviewAt(at), "nextReviewAt: got none, want " + at);
        fails(() -> assertThat(assessment).plan().hasState(EscalationState.OPEN),
                "plan.state: got MONITORING, want OPEN");
        fails(() -> assertThat(assessment).conversion().hasUnmet(),
                "conversion.unmet: got [UPGRADE_WITH_MULTIPLE_PROBLEMS], want []");
    }

    @Test
    void aDescriptionGoesBeforeTheMessage() {
        assertThatThrownBy(() -> assertThat(EMERGENCY).as("the emergency").hasFindings("OUT_OF_SCOPE"))
                .hasMessage("[the emergency] findings: got [CALL_OVER_THREE_HOURS], want [OUT_OF_SCOPE]");
    }
}
