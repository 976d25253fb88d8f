package dev.escalation.reference;

import dev.escalation.decision.Action;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.Blocker;
import dev.escalation.model.Cadence;
import dev.escalation.decision.ChannelNames;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.ClosureStep;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.Plan;
import dev.escalation.decision.ProductLeader;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.Route;
import dev.escalation.decision.Stakeholder;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Closure;
import dev.escalation.model.Emergency;
import dev.escalation.model.Escalation;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Event;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Situation;
import dev.escalation.model.Team;
import dev.escalation.settings.PolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An independent, plain-Java reading of POLICY.md sections 2.1 to 2.10, written from the specification and the public
 * model and result types only (not from the rules). It serves as the oracle of the rules' {@code DifferentialTest}
 * and as the performance baseline of the benchmarks, so it is kept straightforward: no reflection, no streams, no
 * regex of its own. It is not part of the library: the rules are the policy; this is how they are checked.
 *
 * <p>Input is assumed valid (the facade validates). Every explanation list is empty, no message is drafted (drafts
 * render decisions; they are tested on their own) and the policy version is {@value #VERSION}.
 */
public final class ReferencePolicy {

    /** The policy version the reference reports. */
    public static final String VERSION = "reference";

    private static final List<Stakeholder> SENIOR_INVOLVEMENT = List.of(Stakeholder.VP_SALES, Stakeholder.PRODUCT,
            Stakeholder.CRO, Stakeholder.CEO, Stakeholder.VP_CUSTOMER_SUCCESS, Stakeholder.GLOBAL_PUBSEC_CSM_LEADER);
    private static final List<Stakeholder> MEDIUM_INVOLVEMENT = List.of(Stakeholder.GLOBAL_PUBSEC_CSM_LEADER);
    private static final List<Stakeholder> LOW_INVOLVEMENT = List.of(Stakeholder.REGIONAL_CSM_MANAGER,
            Stakeholder.ACCOUNT_MANAGER);
    private static final List<ClosureStep> CLOSURE_STEPS = List.of(ClosureStep.POST_CLOSURE_UPDATE,
            ClosureStep.ANNOUNCE_CLOSURE, ClosureStep.ARCHIVE_ESCALATION_CHANNEL, ClosureStep.UPDATE_CSM_SENTIMENT);
    private static final ActivityKind[] KINDS = ActivityKind.values();

    private ReferencePolicy() {
    }

    /**
     * @param c        a valid case
     * @param now      the instant to decide as of
     * @param settings the thresholds
     * @return every decision of POLICY.md 2.1 to 2.10, without explanations
     */
    public static Assessment assess(EscalationCase c, Instant now, PolicySettings settings) {
        Account account = c.account();
        Emergency emergency = c.emergency();
        Situation situation = c.situation();
        Escalation escalation = c.escalation();
        Event event = c.event();

        boolean inScope = inScope(account);

        // 2.1
        Conversion conversion = emergency == null ? null : conversion(emergency, now, settings);
        boolean recommended = conversion != null && conversion.recommended();

        // 2.2
        Set<Route> routes = emergency == null && situation == null ? null : routes(emergency, situation, recommended);

        List<Finding> findings = new ArrayList<>();
        if (!inScope) {
            // 2.3
            findings.add(Finding.of(FindingCode.OUT_OF_SCOPE, "segment", account.segment(),
                    "strategicPartnership", account.strategicPartnership()));
        }

        Plan plan = null;
        ClosureDecision closure = null;
        if (escalation != null && inScope) {
            plan = plan(account, escalation, emergency != null && recommended, settings);
            escalationFindings(findings, plan, escalation, now, settings);
            if (escalation.closure() != null) {
                closure = closure(escalation.closure(), escalation.platformRelated());
            }
        }

        // 2.8, CALL_OVER_THREE_HOURS: whatever the scope and whether or not an escalation is given
        if (emergency != null && emergency.callStartedAt() != null) {
            Duration running = Duration.between(emergency.callStartedAt(), now);
            if (running.compareTo(settings.callLimit()) > 0) {
                findings.add(Finding.of(FindingCode.CALL_OVER_THREE_HOURS, "callStartedAt",
                        emergency.callStartedAt(), "running", running, "limit", settings.callLimit()));
            }
        }

        // 2.9
        Boolean broadcast = event == null ? null : broadcast(event);

        // Findings are produced in FindingCode order and, within CHECKLIST_ITEM_OVERDUE (the only code that can
        // occur more than once), in checklist item order: that is already the required order.
        return new Assessment(inScope, Optional.ofNullable(conversion), Optional.ofNullable(routes), Optional.empty(),
                Optional.ofNullable(plan), findings, Optional.ofNullable(closure), Optional.ofNullable(broadcast),
                java.util.Map.of(), List.of(), VERSION);
    }

    // 2.3
    static boolean inScope(Account account) {
        Segment segment = account.segment();
        return segment == Segment.CSM_MANAGED || segment == Segment.TAM_SCALE
                || segment == Segment.OTHER && account.strategicPartnership();
    }

    // 2.1
    static Conversion conversion(Emergency e, Instant now, PolicySettings settings) {
        List<ConversionTrigger> triggers = new ArrayList<>(4);
        if (e.afterUpgrade() && e.upgradeRelatedProblems() >= settings.upgradeProblemCount()) {
            triggers.add(ConversionTrigger.UPGRADE_WITH_MULTIPLE_PROBLEMS);
        }
        if (!e.clearResolutionInSight()
                && Duration.between(e.startedAt(), now).compareTo(settings.conversionThreshold()) > 0) {
            triggers.add(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION);
        }
        if (!e.blockedInitiatives().isEmpty()) {
            triggers.add(ConversionTrigger.OUTSIDE_FACTORS_BLOCKED);
        }
        boolean recommended = !triggers.isEmpty(); // only primary triggers so far
        if (e.recentProfessionalServices()) {
            triggers.add(ConversionTrigger.RECENT_PS_ENGAGEMENT);
        }
        List<Action> actions = new ArrayList<>(4);
        actions.add(Action.CONSULT_SUPPORT_MANAGER_ON_CALL);
        if (recommended) {
            actions.add(Action.CHOOSE_SEVERITY_LEVEL);
            actions.add(Action.CONTACT_ESCALATION_DRI);
        }
        if (e.recentProfessionalServices() && e.psEngineersAvailable()) {
            actions.add(Action.INVOLVE_PS_ENGINEERS);
        }
        return new Conversion(recommended, triggers, actions, List.of(), List.of());
    }

    // 2.2
    static Set<Route> routes(Emergency e, Situation s, boolean recommended) {
        EnumSet<Route> routes = EnumSet.noneOf(Route.class);
        if (e != null && e.instanceDown()) {
            routes.add(Route.EMERGENCY_SUPPORT);
        }
        if (s != null) {
            if (s.suspectedWidespreadGitLabCom()) {
                routes.add(Route.GITLAB_COM_INCIDENT);
            }
            if (s.singleTicketMovingSlowly()) {
                routes.add(Route.STAR);
            }
            if (s.singleIncident() && !s.accountAtRisk()) {
                routes.add(Route.INCIDENT_ESCALATION);
            }
        }
        if (s != null && s.accountAtRisk() || recommended) {
            routes.add(Route.ACCOUNT_ESCALATION);
        }
        return routes;
    }

    // 2.4
    static Cadence cadence(Severity severity) {
        switch (severity) {
            case CRITICAL:
                return Cadence.DAILY;
            case HIGH:
                return Cadence.MULTIPLE_TIMES_PER_WEEK;
            case MEDIUM:
                return Cadence.WEEKLY_TO_BIWEEKLY;
            default:
                return Cadence.STANDARD;
        }
    }

    static List<Stakeholder> involvement(Severity severity) {
        switch (severity) {
            case CRITICAL:
            case HIGH:
                return SENIOR_INVOLVEMENT;
            case MEDIUM:
                return MEDIUM_INVOLVEMENT;
            default:
                return LOW_INVOLVEMENT;
        }
    }

    // 2.4 to 2.7
    static Plan plan(Account account, Escalation x, boolean recommendedEmergency, PolicySettings settings) {
        Team team = account.team();
        Severity severity = x.severity();

        // 2.5
        Assignment dri;
        if (x.relatedToPsProject() && account.professionalServicesProject() != null
                && account.professionalServicesProject().active()) {
            dri = Assignment.of(EscalationRole.PS_PROJECT_MANAGER, account.professionalServicesProject().projectManager());
        } else if (team.csm() != null) {
            dri = Assignment.of(EscalationRole.CSM, team.csm());
        } else {
            dri = Assignment.of(EscalationRole.ACCOUNT_EXECUTIVE, team.accountExecutive());
        }
        Assignment lead = dri.role() == EscalationRole.ACCOUNT_EXECUTIVE && account.segment() == Segment.TAM_SCALE
                ? Assignment.of(EscalationRole.CSE, team.cse()) : null;
        Assignment caseOwner;
        if (team.csm() != null) {
            caseOwner = Assignment.of(EscalationRole.CSM, team.csm());
        } else if (account.segment() == Segment.TAM_SCALE) {
            caseOwner = Assignment.of(EscalationRole.REGIONAL_CSE_LEADER, team.regionalCseLeader());
        } else {
            caseOwner = Assignment.of(EscalationRole.ACCOUNT_EXECUTIVE, team.accountExecutive());
        }
        List<Assignment> contacts = new ArrayList<>(4);
        if (team.csm() != null) {
            contacts.add(Assignment.of(EscalationRole.CSM, team.csm()));
        } else {
            if (team.accountExecutive() != null) {
                contacts.add(Assignment.of(EscalationRole.ACCOUNT_EXECUTIVE, team.accountExecutive()));
            }
            if (team.cse() != null) {
                contacts.add(Assignment.of(EscalationRole.CSE, team.cse()));
            }
            if (team.regionalManager() != null) {
                contacts.add(Assignment.of(EscalationRole.REGIONAL_CSM_MANAGER, team.regionalManager()));
            }
        }
        contacts.add(Assignment.of(EscalationRole.SUPPORT_MANAGER_ON_CALL, null));

        // 2.6
        boolean highOrCritical = severity == Severity.CRITICAL || severity == Severity.HIGH;
        boolean productDriRequired = highOrCritical && x.productRelated();
        ProductLeader productLeader = null;
        if (x.productRelated()) {
            if (severity == Severity.HIGH) {
                productLeader = ProductLeader.GROUP_PRODUCT_MANAGER_OR_DIRECTOR;
            } else if (severity == Severity.CRITICAL) {
                productLeader = ProductLeader.PRODUCT_LEADERSHIP_TEAM_MEMBER;
            }
        }

        // 2.7
        boolean[] seen = new boolean[KINDS.length];
        for (Activity activity : x.activity()) {
            seen[activity.kind().ordinal()] = true;
        }
        Instant immediate = x.openedAt().plus(settings.immediateGrace());
        Instant standup = x.openedAt().plus(settings.standupDeadline());
        List<ChecklistEntry> checklist = new ArrayList<>(11);
        checklist.add(dueEntry(ChecklistItem.CREATE_ESCALATION_CHANNEL, immediate, seen));
        checklist.add(dueEntry(ChecklistItem.IDENTIFY_DRI_AND_ASKS, immediate, seen));
        checklist.add(dueEntry(ChecklistItem.DECLARE_ESCALATION, immediate, seen));
        checklist.add(dueEntry(ChecklistItem.OPEN_CS_HELP_REQUEST, immediate, seen));
        if (productDriRequired) {
            checklist.add(new ChecklistEntry(ChecklistItem.ASSIGN_PRODUCT_DRI, Optional.of(immediate),
                    x.productDri() != null));
        }
        checklist.add(dueEntry(ChecklistItem.SCHEDULE_INTERNAL_STANDUP, standup, seen));
        checklist.add(ongoing(ChecklistItem.POST_CADENCE_UPDATES));
        checklist.add(ongoing(ChecklistItem.KEEP_EXIT_CRITERIA_AND_DRIS_CURRENT));
        if (recommendedEmergency) {
            checklist.add(ongoing(ChecklistItem.ASSIGN_EMERGENCY_TICKET_TO_SELF));
            checklist.add(ongoing(ChecklistItem.LINK_CHANNEL_IN_INTERNAL_COMMENT));
            checklist.add(ongoing(ChecklistItem.HAND_OVER_AT_SHIFT_END));
        }

        return new Plan(severity, severity, cadence(severity), involvement(severity), dri, Optional.ofNullable(lead),
                Optional.of(caseOwner),
                contacts, productDriRequired, Optional.ofNullable(productLeader),
                ChannelNames.suggest(account.name()).orElseThrow(), checklist, List.of());
    }

    private static ChecklistEntry dueEntry(ChecklistItem item, Instant due, boolean[] seen) {
        return new ChecklistEntry(item, Optional.of(due), seen[doneBy(item).ordinal()]);
    }

    /** POLICY.md 2.7: the activity that marks each dated item done. */
    private static ActivityKind doneBy(ChecklistItem item) {
        return switch (item) {
            case CREATE_ESCALATION_CHANNEL -> ActivityKind.CHANNEL_CREATED;
            case IDENTIFY_DRI_AND_ASKS -> ActivityKind.DRI_AND_ASKS_IDENTIFIED;
            case DECLARE_ESCALATION -> ActivityKind.DECLARED;
            case OPEN_CS_HELP_REQUEST -> ActivityKind.CS_HELP_REQUEST_OPENED;
            case SCHEDULE_INTERNAL_STANDUP -> ActivityKind.STANDUP_SCHEDULED;
            default -> throw new IllegalArgumentException("no activity marks " + item + " done");
        };
    }

    private static ChecklistEntry ongoing(ChecklistItem item) {
        return new ChecklistEntry(item, Optional.empty(), false);
    }

    // 2.5 to 2.8 for an in-scope escalation, in FindingCode order (CALL_OVER_THREE_HOURS is added by the caller)
    static void escalationFindings(List<Finding> findings, Plan plan, Escalation x, Instant now,
                                   PolicySettings settings) {
        // DRI_UNASSIGNED (2.5)
        if (plan.dri().name().isEmpty()) {
            findings.add(Finding.of(FindingCode.DRI_UNASSIGNED, "role", plan.dri().role()));
        }
        // PRODUCT_DRI_MISSING (2.6)
        if (plan.productDriRequired() && x.productDri() == null) {
            findings.add(Finding.of(FindingCode.PRODUCT_DRI_MISSING, "severity", x.severity()));
        }
        // CHECKLIST_ITEM_OVERDUE (2.7), in checklist order
        for (ChecklistEntry entry : plan.checklist()) {
            if (entry.due().isPresent() && !entry.done()) {
                Instant due = entry.due().get();
                if (now.isAfter(due)) {
                    findings.add(Finding.of(FindingCode.CHECKLIST_ITEM_OVERDUE, "item", entry.item(), "due", due,
                            "overdueBy", Duration.between(due, now)));
                }
            }
        }
        // CHANNEL_NAME_INVALID, CHANNEL_NOT_PUBLIC (2.7)
        SlackChannel channel = x.channel();
        if (channel != null) {
            if (!channel.name().startsWith(ChannelNames.PREFIX)) {
                findings.add(Finding.of(FindingCode.CHANNEL_NAME_INVALID, "channel", channel.name(),
                        "expectedPrefix", ChannelNames.PREFIX, "suggested", plan.channel()));
            }
            if (!channel.isPublic()) {
                findings.add(Finding.of(FindingCode.CHANNEL_NOT_PUBLIC, "channel", channel.name()));
            }
        }

        // 2.8: only while the escalation is open
        if (x.closedAt() != null) {
            return;
        }
        Instant windowStart = now.minus(settings.customerUpdateWindow());
        Instant lastInternal = null;
        Instant lastCustomer = null;
        int customerUpdatesInWindow = 0;
        for (Activity activity : x.activity()) {
            Instant at = activity.at();
            if (activity.kind() == ActivityKind.INTERNAL_UPDATE) {
                if (lastInternal == null || at.isAfter(lastInternal)) {
                    lastInternal = at;
                }
            } else if (activity.kind() == ActivityKind.CUSTOMER_UPDATE) {
                if (lastCustomer == null || at.isAfter(lastCustomer)) {
                    lastCustomer = at;
                }
                if (at.isAfter(windowStart) && !at.isAfter(now)) {
                    customerUpdatesInWindow++;
                }
            }
        }

        // INTERNAL_UPDATE_OVERDUE
        Instant internalSince = lastInternal != null ? lastInternal : x.openedAt();
        Duration internalGap = Duration.between(internalSince, now);
        if (internalGap.compareTo(settings.internalUpdateGap()) > 0) {
            findings.add(Finding.of(FindingCode.INTERNAL_UPDATE_OVERDUE, "since", internalSince,
                    "lastUpdate", lastInternal, "gap", internalGap, "limit", settings.internalUpdateGap()));
        }
        // CUSTOMER_UPDATE_OVERDUE
        Cadence cadence = plan.cadence();
        Duration customerLimit = settings.customerUpdateGaps().get(cadence);
        if (customerLimit != null) {
            Instant customerSince = lastCustomer != null ? lastCustomer : x.openedAt();
            Duration customerGap = Duration.between(customerSince, now);
            if (customerGap.compareTo(customerLimit) > 0) {
                findings.add(Finding.of(FindingCode.CUSTOMER_UPDATE_OVERDUE, "cadence", cadence,
                        "since", customerSince, "lastUpdate", lastCustomer, "gap", customerGap,
                        "limit", customerLimit));
            }
        }
        // CUSTOMER_UPDATES_TOO_FEW
        Duration openFor = Duration.between(x.openedAt(), now);
        if ((x.severity() == Severity.CRITICAL || x.severity() == Severity.HIGH)
                && openFor.compareTo(settings.customerUpdateWindow()) >= 0
                && customerUpdatesInWindow < settings.customerUpdatesPerWeek()) {
            findings.add(Finding.of(FindingCode.CUSTOMER_UPDATES_TOO_FEW, "count", customerUpdatesInWindow,
                    "minimum", settings.customerUpdatesPerWeek(), "windowStart", windowStart));
        }
        // NEXT_TOUCHPOINT_MISSING
        Instant next = x.nextCustomerTouchpointAt();
        if (next == null || !next.isAfter(now)) {
            findings.add(Finding.of(FindingCode.NEXT_TOUCHPOINT_MISSING, "nextCustomerTouchpointAt", next));
        }
        // EXIT_CRITERIA_MISSING
        if (x.exitCriteria().isEmpty() && openFor.compareTo(settings.exitCriteriaGrace()) > 0) {
            findings.add(Finding.of(FindingCode.EXIT_CRITERIA_MISSING, "openFor", openFor,
                    "limit", settings.exitCriteriaGrace()));
        }
    }

    // 2.10
    static ClosureDecision closure(Closure k, boolean platformRelated) {
        List<Blocker> blockers = new ArrayList<>(5);
        if (!k.customerAgreed()) {
            blockers.add(Blocker.CUSTOMER_NOT_AGREED);
        }
        if (!k.documented()) {
            blockers.add(Blocker.ALIGNMENT_NOT_DOCUMENTED);
        }
        if (!k.driAgreed()) {
            blockers.add(Blocker.DRI_NOT_AGREED);
        }
        if (k.rcaRequested() && platformRelated && !k.rcaDelivered()) {
            blockers.add(Blocker.RCA_PENDING);
        }
        if (k.outcome() == null || k.exitCriteriaMet() == null || k.summary() == null || k.summary().isBlank()) {
            blockers.add(Blocker.CLOSURE_QUESTIONS_UNANSWERED);
        }
        boolean ready = blockers.isEmpty();
        return new ClosureDecision(ready, blockers, ready ? CLOSURE_STEPS : List.of(), List.of());
    }

    // 2.9
    static boolean broadcast(Event event) {
        return event == Event.OPENED || event == Event.CLOSED || event == Event.RISK_REDUCED
                || event == Event.SEVERITY_CHANGED;
    }
}
