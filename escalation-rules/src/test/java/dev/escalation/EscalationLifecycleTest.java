package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.Blocker;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.ClosureStep;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.Route;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Closure;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Event;
import dev.escalation.model.Outcome;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Situation;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One escalation walked from a support emergency to its closure, the assessment checked at each step the way a
 * service would see it.
 */
class EscalationLifecycleTest {

    private static final EscalationPolicy POLICY = EscalationPolicy.standard();
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final Account GLOBEX = Account.builder("Globex Corporation", Segment.CSM_MANAGED)
            .team(Team.builder().csm("Casey").accountExecutive("Alex").build()).build();
    private static final Emergency EMERGENCY = Emergency.builder("ZD-7", START).afterUpgrade(true)
            .upgradeRelatedProblems(1).instanceDown(true).callStartedAt(START).build();

    private static Instant at(long hours, long minutes) {
        return START.plus(Duration.ofHours(hours).plusMinutes(minutes));
    }

    private static List<String> codes(Assessment assessment) {
        return assessment.findings().stream().map(Finding::code).toList();
    }

    private static Optional<ChecklistEntry> item(Assessment assessment, ChecklistItem item) {
        return assessment.plan().orElseThrow().checklist(item);
    }

    @Test
    void fromEmergencyToClosure() {
        // 1. Two hours in, one upgrade problem: an emergency, not yet an account escalation.
        Assessment early = POLICY.assess(EscalationCase.of(GLOBEX).emergency(EMERGENCY).build(), at(2, 0));
        assertThat(early.conversion().orElseThrow().recommended()).isFalse();
        assertThat(early.routes()).contains(java.util.Set.of(Route.EMERGENCY_SUPPORT));
        assertThat(early.findings()).isEmpty();

        // 2. Three hours and a minute, no resolution in sight: recommended; the call needs a break.
        Assessment late = POLICY.assess(EscalationCase.of(GLOBEX).emergency(EMERGENCY).build(), at(3, 1));
        assertThat(late.conversion().orElseThrow().triggers()).containsExactly(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION);
        assertThat(late.routes().orElseThrow()).containsExactly(Route.EMERGENCY_SUPPORT, Route.ACCOUNT_ESCALATION);
        assertThat(codes(late)).containsExactly("CALL_OVER_THREE_HOURS");

        // 3. Opened at HIGH, product related, at 3:30: the plan, the checklist, and what is missing already.
        Instant opened = at(3, 30);
        Escalation escalation = Escalation.builder(Severity.HIGH, opened).productRelated(true).build();
        EscalationCase open = EscalationCase.of(GLOBEX).emergency(EMERGENCY.toBuilder().callStartedAt(null).build())
                .escalation(escalation).event(Event.OPENED).build();
        Assessment opening = POLICY.assess(open, opened);
        assertThat(opening.broadcast()).contains(true);
        assertThat(opening.plan().orElseThrow().channel()).isEqualTo("#esc_globex_corporation");
        assertThat(item(opening, ChecklistItem.DECLARE_ESCALATION))
                .contains(new ChecklistEntry(ChecklistItem.DECLARE_ESCALATION, Optional.of(at(4, 30)), false));
        assertThat(item(opening, ChecklistItem.HAND_OVER_AT_SHIFT_END)).hasValueSatisfying(e -> assertThat(e.due())
                .isEmpty());
        assertThat(codes(opening)).containsExactly("PRODUCT_DRI_MISSING", "NEXT_TOUCHPOINT_MISSING");

        // 4. An hour and a minute later, the channel exists but nothing else: the rest is overdue, the product DRI's
        //    channel membership too (required from the opening at HIGH).
        List<Activity> log = new ArrayList<>(List.of(Activity.of(ActivityKind.CHANNEL_CREATED, at(3, 45))));
        escalation = escalation.toBuilder().activity(log).channel(new SlackChannel("#esc_globex_corporation", true))
                .nextCustomerTouchpointAt(at(24, 0)).build();
        Assessment behind = POLICY.assess(open.toBuilder().escalation(escalation).event(null).build(), at(4, 31));
        assertThat(behind.findings(FindingCode.CHECKLIST_ITEM_OVERDUE)).extracting(f -> f.details().get("item"))
                .containsExactly(ChecklistItem.IDENTIFY_DRI_AND_ASKS, ChecklistItem.DECLARE_ESCALATION,
                        ChecklistItem.OPEN_CS_HELP_REQUEST, ChecklistItem.INFORM_INVOLVED, ChecklistItem.ASSIGN_PRODUCT_DRI,
                        ChecklistItem.ADD_PRODUCT_DRI_TO_CHANNEL);
        assertThat(item(behind, ChecklistItem.CREATE_ESCALATION_CHANNEL)).hasValueSatisfying(e -> assertThat(e.done())
                .isTrue());
        assertThat(behind.explanation()).filteredOn(e -> e.ruleId().equals("2.7/checklist-item-overdue"))
                .extracting(Explanation::section).containsOnly("S2: Opening the Escalation");

        // 5. The DRI catches up (the involved told, the product DRI in the channel, Gainsight's CTA synced); a day
        //    later only the missing internal update and exit criteria remain.
        log.addAll(List.of(Activity.of(ActivityKind.DRI_AND_ASKS_IDENTIFIED, at(4, 40)),
                Activity.of(ActivityKind.DECLARED, at(4, 40)), Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, at(4, 45)),
                Activity.of(ActivityKind.INVOLVED_INFORMED, at(4, 45)), Activity.of(ActivityKind.PRODUCT_DRI_ADDED, at(4, 50)),
                Activity.of(ActivityKind.GAINSIGHT_CTA_CREATED, at(6, 45)),
                Activity.of(ActivityKind.STANDUP_SCHEDULED, at(5, 0)), Activity.of(ActivityKind.CUSTOMER_UPDATE, at(6, 0))));
        escalation = escalation.toBuilder().activity(log).productDri("Dana").nextCustomerTouchpointAt(at(30, 0)).build();
        Assessment nextDay = POLICY.assess(EscalationCase.of(GLOBEX).escalation(escalation).build(), at(28, 0));
        assertThat(codes(nextDay)).containsExactly("INTERNAL_UPDATE_OVERDUE", "EXIT_CRITERIA_MISSING");
        assertThat(nextDay.findings(FindingCode.INTERNAL_UPDATE_OVERDUE)).singleElement()
                .satisfies(f -> assertThat(f.details()).containsEntry("since", opened)
                        .containsEntry("gap", Duration.ofHours(24).plusMinutes(30)));

        // 6. A week in, with daily internal updates but one customer update since: too few, and overdue; and the
        //    standup series, scheduled on day one, has never met; both more than a day past their limit, so the CSM's
        //    manager steps in (the team names no regional manager).
        for (int day = 1; day <= 7; day++) {
            log.add(Activity.of(ActivityKind.INTERNAL_UPDATE, at(24L * day, 0)));
        }
        escalation = escalation.toBuilder().activity(log).exitCriteria("no upgrade regression for 7 days")
                .nextCustomerTouchpointAt(at(24 * 8, 0)).build();
        Assessment week = POLICY.assess(EscalationCase.of(GLOBEX).escalation(escalation).build(), at(24 * 7 + 4, 0));
        assertThat(codes(week)).containsExactly("CUSTOMER_UPDATE_OVERDUE", "CUSTOMER_UPDATES_TOO_FEW",
                "STANDUP_OVERDUE", "MANAGER_STEP_IN");
        assertThat(week.findings(FindingCode.MANAGER_STEP_IN)).singleElement().satisfies(f -> assertThat(f.details())
                .containsEntry("manager", null)
                .containsEntry("codes", List.of(FindingCode.CUSTOMER_UPDATE_OVERDUE, FindingCode.STANDUP_OVERDUE))
                .containsEntry("overdueBy", Duration.ofHours(167 - 84)));

        // 7. Closing: the customer agrees but the questions are open; then everything is answered.
        Closure asked = Closure.builder().customerAgreed(true).documented(true).driAgreed(true).build();
        Assessment blocked = POLICY.assess(EscalationCase.of(GLOBEX).escalation(escalation.toBuilder().closure(asked)
                .build()).build(), at(24 * 8, 0));
        assertThat(blocked.closure().orElseThrow().blockers()).containsExactly(Blocker.CLOSURE_QUESTIONS_UNANSWERED);
        assertThat(blocked.closure().orElseThrow().ready()).isFalse();

        Closure answered = asked.toBuilder().outcome(Outcome.POSITIVE).exitCriteriaMet(true)
                .summary("Upgrade regression patched; monitored a week.").build();
        Assessment closing = POLICY.assess(EscalationCase.of(GLOBEX).escalation(escalation.toBuilder()
                .closure(answered).build()).event(Event.CLOSED).build(), at(24 * 8, 0));
        assertThat(closing.closure().orElseThrow().ready()).isTrue();
        assertThat(closing.closure().orElseThrow().steps()).containsExactly(ClosureStep.values());
        assertThat(closing.closure().orElseThrow().explanation()).extracting(Explanation::ruleId)
                .containsExactly("2.10/ready");
        assertThat(closing.broadcast()).contains(true);
    }

    @Test
    void outOfScopeKeepsOnlyAdviceRoutesBroadcastAndTheCallFinding() {
        Account outside = Account.builder("Tiny Co", Segment.OTHER).build();
        Escalation escalation = Escalation.builder(Severity.CRITICAL, START).productRelated(true)
                .channel(new SlackChannel("tiny", false)).closure(Closure.builder().build()).build();

        Assessment assessment = POLICY.assess(EscalationCase.of(outside).emergency(EMERGENCY)
                .situation(Situation.NONE.withAccountAtRisk(true)).escalation(escalation).event(Event.DAILY_UPDATE)
                .build(), at(24 * 3, 0));

        assertThat(assessment.inScope()).isFalse();
        assertThat(assessment.conversion()).isPresent();
        assertThat(assessment.routes().orElseThrow()).containsExactly(Route.EMERGENCY_SUPPORT, Route.ACCOUNT_ESCALATION);
        assertThat(assessment.plan()).isEmpty();
        assertThat(assessment.closure()).isEmpty();
        assertThat(assessment.broadcast()).contains(false);
        assertThat(codes(assessment)).containsExactly("OUT_OF_SCOPE", "CALL_OVER_THREE_HOURS");
    }
}
