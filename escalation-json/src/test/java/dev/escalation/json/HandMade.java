package dev.escalation.json;

import dev.escalation.decision.Action;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.Blocker;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.ClosureStep;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.EscalationState;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.MessageDraft;
import dev.escalation.decision.MessageKind;
import dev.escalation.decision.Plan;
import dev.escalation.decision.ProductLeader;
import dev.escalation.decision.Route;
import dev.escalation.decision.Stakeholder;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.Cadence;
import dev.escalation.model.Risk;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Assessments made by hand, with every part the format has, version 3 included, whatever the rules decide today. */
final class HandMade {

    static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");

    private HandMade() {
    }

    static Explanation explanation(String ruleId, String reason) {
        return new Explanation(ruleId, "Rule " + ruleId, "S2: Section of " + ruleId, reason);
    }

    /** @return an assessment with every part present and every standard finding of version 3 */
    static Assessment everything() {
        List<Explanation> explanation = List.of(explanation("2.1/long-running", "running 4 h"),
                explanation("2.2/account", "recommended"), explanation("2.4a/suggested", "risk RENEWAL"),
                explanation("2.4/cadence", "HIGH"), explanation("2.5/dri", "csm"),
                explanation("2.7/channel", "#esc_acme"), explanation("2.8/internal", "30 h"),
                explanation("2.9/broadcast", "OPENED"), explanation("2.10/blocked", "customer"));
        Conversion conversion = new Conversion(true, List.of(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION),
                List.of(Action.CONSULT_SUPPORT_MANAGER_ON_CALL, Action.CHOOSE_SEVERITY_LEVEL),
                List.of(Assignment.of(EscalationRole.CSM, "Casey"),
                        Assignment.of(EscalationRole.SUPPORT_MANAGER_ON_CALL, null)),
                explanation.subList(0, 1), List.of(ConversionTrigger.UPGRADE_WITH_MULTIPLE_PROBLEMS,
                        ConversionTrigger.OUTSIDE_FACTORS_BLOCKED));
        Plan plan = new Plan(Severity.HIGH, Severity.CRITICAL, Cadence.MULTIPLE_TIMES_PER_WEEK,
                List.of(Stakeholder.VP_SALES, Stakeholder.CEO), Assignment.of(EscalationRole.CSM, "Casey"),
                Optional.empty(), Optional.of(Assignment.of(EscalationRole.CSM, "Casey")),
                List.of(Assignment.of(EscalationRole.CSM, "Casey"),
                        Assignment.of(EscalationRole.SUPPORT_MANAGER_ON_CALL, null)),
                true, Optional.of(ProductLeader.PRODUCT_LEADERSHIP_TEAM_MEMBER), "#esc_acme_corp",
                List.of(new ChecklistEntry(ChecklistItem.DECLARE_ESCALATION, Optional.of(NOW.minusSeconds(3600)), true),
                        new ChecklistEntry(ChecklistItem.POST_CADENCE_UPDATES, Optional.empty(), false),
                        new ChecklistEntry(ChecklistItem.INFORM_NEWLY_INVOLVED, Optional.of(NOW.minusSeconds(600)),
                                false, List.of(Stakeholder.VP_SALES, Stakeholder.CRO))),
                explanation.subList(3, 6), EscalationState.MONITORING);
        List<Finding> findings = List.of(
                Finding.of(FindingCode.OUT_OF_SCOPE, "segment", Segment.OTHER,
                        "strategicPartnership", false),
                Finding.of(FindingCode.SEVERITY_BELOW_SUGGESTED, "severity", Severity.MEDIUM, "suggested", Severity.HIGH,
                        "risks", List.of(Risk.CURRENT_ADOPTION, Risk.RENEWAL)),
                Finding.of(FindingCode.DRI_UNASSIGNED, "role", EscalationRole.ACCOUNT_EXECUTIVE),
                Finding.of(FindingCode.PRODUCT_DRI_MISSING, "severity", Severity.HIGH),
                Finding.of(FindingCode.CHECKLIST_ITEM_OVERDUE, "item", ChecklistItem.DECLARE_ESCALATION,
                        "due", NOW.minusSeconds(3600), "overdueBy", Duration.ofHours(1)),
                Finding.of(FindingCode.CHANNEL_NAME_INVALID, "channel", "#acme", "expectedPrefix", "#esc_",
                        "suggested", "#esc_acme_corp"),
                Finding.of(FindingCode.CHANNEL_NOT_PUBLIC, "channel", "#acme"),
                Finding.of(FindingCode.INTERNAL_UPDATE_OVERDUE, "since", NOW.minus(Duration.ofHours(30)),
                        "lastUpdate", NOW.minus(Duration.ofHours(30)), "gap", Duration.ofHours(30),
                        "limit", Duration.ofHours(24)),
                Finding.of(FindingCode.CUSTOMER_UPDATE_OVERDUE, "cadence", Cadence.DAILY,
                        "since", NOW.minus(Duration.ofDays(2)), "gap", Duration.ofDays(2), "limit", Duration.ofDays(1)),
                Finding.of(FindingCode.CUSTOMER_UPDATES_TOO_FEW, "count", 2, "minimum", 3,
                        "windowStart", NOW.minus(Duration.ofDays(7))),
                Finding.of(FindingCode.NEXT_TOUCHPOINT_MISSING, "nextCustomerTouchpointAt", NOW.minusSeconds(60)),
                Finding.of(FindingCode.EXIT_CRITERIA_MISSING, "openFor", Duration.ofHours(25), "limit",
                        Duration.ofHours(24)),
                Finding.of(FindingCode.STANDUP_OVERDUE, "cadence", Cadence.DAILY, "since", NOW.minus(Duration.ofDays(3)),
                        "lastStandup", NOW.minus(Duration.ofDays(3)), "gap", Duration.ofDays(3),
                        "limit", Duration.ofDays(1)),
                Finding.of(FindingCode.CALL_OVER_THREE_HOURS, "callStartedAt", NOW.minus(Duration.ofHours(4)),
                        "running", Duration.ofHours(4), "limit", Duration.ofHours(3)),
                Finding.of(FindingCode.MANAGER_STEP_IN, "manager", "Morgan", "codes",
                        List.of(FindingCode.INTERNAL_UPDATE_OVERDUE, FindingCode.STANDUP_OVERDUE),
                        "overdueBy", Duration.ofHours(48)),
                Finding.of(FindingCode.GAINSIGHT_CTA_MISSING, "caseOpenedAt", NOW.minus(Duration.ofHours(5)),
                        "due", NOW.minus(Duration.ofHours(2))),
                Finding.of(FindingCode.CHANNEL_ARCHIVED_WHILE_OPEN),
                Finding.of(FindingCode.CLOSED_WITH_BLOCKERS, "blockers",
                        List.of(Blocker.CUSTOMER_NOT_AGREED, Blocker.DRI_NOT_AGREED)),
                Finding.of(FindingCode.CLOSING_STEP_OVERDUE, "step", ClosureStep.ARCHIVE_ESCALATION_CHANNEL,
                        "due", NOW.minus(Duration.ofHours(1))));
        ClosureDecision closure = new ClosureDecision(false, List.of(Blocker.CUSTOMER_NOT_AGREED), List.of(),
                explanation.subList(8, 9));
        return new Assessment(true, Optional.of(conversion), Optional.of(Set.of(Route.ACCOUNT_ESCALATION)),
                Optional.of(Severity.HIGH), Optional.of(plan), findings, Optional.of(closure), Optional.of(true),
                Map.of(MessageKind.DECLARATION, new MessageDraft("*New Escalation*\n• *Customer*: Acme",
                        List.of("links.meetingNotes"))),
                explanation, "0.1.0+abc", Optional.of(List.of(Assignment.of(EscalationRole.CSM, "Casey"),
                        Assignment.of(EscalationRole.PRODUCT_DRI, null), Assignment.of(EscalationRole.SUPPORT_DRI,
                                "Sam"))),
                // Given out of order: the assessment sorts them by instant, code, then item or step.
                List.of(Upcoming.of("LONG_RUNNING_NO_RESOLUTION", NOW.plus(Duration.ofHours(2))),
                        new Upcoming("CLOSING_STEP_OVERDUE", NOW.plus(Duration.ofHours(2)), Optional.empty(),
                                Optional.of(ClosureStep.UPDATE_CSM_SENTIMENT)),
                        new Upcoming("CHECKLIST_ITEM_OVERDUE", NOW.plusSeconds(1800),
                                Optional.of(ChecklistItem.ADD_PRODUCT_DRI_TO_CHANNEL), Optional.empty())));
    }
}
