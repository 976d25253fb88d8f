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
import dev.escalation.decision.EscalationState;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Impact;
import dev.escalation.model.Risk;
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
import dev.escalation.settings.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An independent, plain-Java reading of POLICY.md (version 3) sections 2.1 to 2.12, written from the specification
 * and the public model and result types only (not from the rules). It serves as the oracle of the rules'
 * {@code DifferentialTest} and as the performance baseline of the benchmarks, so it is kept straightforward: no
 * reflection, no streams, no regex of its own. It is not part of the library: the rules are the policy; this is how
 * they are checked.
 *
 * <p>Input is assumed valid (the facade validates). Every explanation list is empty, no message is drafted (drafts
 * render decisions; they are tested on their own) and the policy version is {@value #VERSION}.
 *
 * <p>Where POLICY.md leaves a choice open, the most literal reading is taken and written down in a comment marked
 * "Reading:" at the spot where it applies.
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
    private static final Risk[] RISKS = Risk.values();

    /** POLICY.md 2.7: the prefix a channel name must start with once one leading {@code #} is taken off. */
    private static final String CHANNEL_PREFIX_WITHOUT_HASH = "esc_";

    private ReferencePolicy() {
    }

    /**
     * @param c        a valid case
     * @param now      the instant to decide as of
     * @param settings the thresholds
     * @return every decision of POLICY.md 2.1 to 2.12, without explanations
     */
    public static Assessment assess(EscalationCase c, Instant now, PolicySettings settings) {
        Account account = c.account();
        Emergency emergency = c.emergency();
        Situation situation = c.situation();
        Escalation escalation = c.escalation();
        Event event = c.event();

        boolean inScope = inScope(account);
        List<Upcoming> upcoming = new ArrayList<>();

        // 2.1: the conversion advice (and its contacts) whatever the scope
        Conversion conversion = emergency == null ? null : conversion(emergency, account, now, settings);
        boolean recommended = conversion != null && conversion.recommended();
        // 2.12: "LONG_RUNNING_NO_RESOLUTION (the trigger of 2.1): startedAt + 3 h, when not clearResolutionInSight",
        // whatever the scope, like the trigger itself
        if (emergency != null && !emergency.clearResolutionInSight()) {
            Instant at = emergency.startedAt().plus(settings.conversionThreshold());
            if (!now.isAfter(at)) {
                upcoming.add(Upcoming.of(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION.name(), at));
            }
        }

        // 2.2
        Set<Route> routes = emergency == null && situation == null ? null : routes(emergency, situation, recommended);

        // 2.4a: "No risks, no suggestion"; given whatever the scope and whether or not an escalation is given
        // (section 3: suggestedSeverity is present "when the situation names risks").
        Severity suggested = situation == null ? null : suggestedSeverity(situation);

        List<Finding> findings = new ArrayList<>();
        if (!inScope) {
            // 2.3
            findings.add(Finding.of(FindingCode.OUT_OF_SCOPE, "segment", account.segment(),
                    "strategicPartnership", account.strategicPartnership()));
        }

        Plan plan = null;
        ClosureDecision closure = null;
        Log log = null;
        if (escalation != null && inScope) {
            log = new Log(escalation);
            // 2.7: S0's duties whenever the case holds an emergency, "whatever 2.1 says at now"
            plan = plan(account, escalation, emergency, log, settings);
            // 2.8: "A closed escalation gets none of the findings of 2.4a to 2.8 ...; its plan and closure are still
            // given". Closed means closedAt is set (section 1: open "when it has no closedAt"); validation keeps
            // closedAt at or before now, so a set closedAt always lies in the past.
            if (escalation.closedAt() == null) {
                escalationFindings(findings, upcoming, plan, account.team(), escalation, situation, suggested, log,
                        now, settings);
            }
            if (escalation.closure() != null) {
                closure = closure(escalation.closure(), escalation.platformRelated());
            }
        }

        // 2.8, CALL_OVER_THREE_HOURS: whatever the scope, whether or not an escalation is given, open or closed
        if (emergency != null && emergency.callStartedAt() != null) {
            Duration running = Duration.between(emergency.callStartedAt(), now);
            if (running.compareTo(settings.callLimit()) > 0) {
                findings.add(Finding.of(FindingCode.CALL_OVER_THREE_HOURS, "callStartedAt",
                        emergency.callStartedAt(), "running", running, "limit", settings.callLimit()));
            } else {
                // 2.12: "CALL_OVER_THREE_HOURS: callStartedAt + 3 h"
                upcoming.add(Upcoming.of(FindingCode.CALL_OVER_THREE_HOURS.name(),
                        emergency.callStartedAt().plus(settings.callLimit())));
            }
        }

        // 2.10a: after CALL_OVER_THREE_HOURS, as FindingCode orders them
        if (escalation != null && inScope && escalation.closedAt() != null) {
            afterClosing(findings, upcoming, escalation, log, now, settings);
        }

        // 2.9
        Boolean broadcast = event == null ? null : broadcast(event);
        List<Assignment> toNotify = Boolean.TRUE.equals(broadcast) && plan != null
                ? toNotify(plan, escalation) : null;

        // Findings are produced in FindingCode order and, within CHECKLIST_ITEM_OVERDUE and CLOSING_STEP_OVERDUE (the
        // only codes that can occur more than once), in checklist and step order: that is already the required order.
        // Assessment sorts upcoming as 2.12 says.
        return new Assessment(inScope, Optional.ofNullable(conversion), Optional.ofNullable(routes),
                Optional.ofNullable(suggested), Optional.ofNullable(plan), findings, Optional.ofNullable(closure),
                Optional.ofNullable(broadcast), java.util.Map.of(), List.of(), VERSION,
                Optional.ofNullable(toNotify), upcoming);
    }

    /**
     * The activity log of an escalation read once: its activities "in the order of their at, ties in input order"
     * (section 1), which kinds exist, and the monitoring state (section 1, v3).
     */
    static final class Log {
        /** The activities, sorted by {@code at}; the sort is stable, so ties keep the input order. */
        final List<Activity> ordered;
        /** Which kinds of activity exist, by ordinal, at any instant. */
        final boolean[] seen = new boolean[KINDS.length];
        /** Section 1: open, a RISK_REDUCED, and no SEVERITY_CHANGED strictly after the last RISK_REDUCED. */
        final boolean monitoring;
        /**
         * 2.8 Monitoring: the SEVERITY_CHANGED that ended monitoring, "from that change on" the gaps count from no
         * earlier than it; null when there is none. Reading: the first SEVERITY_CHANGED strictly after the last
         * RISK_REDUCED is "that change" (the one that ends monitoring; later ones change nothing more).
         */
        final Instant monitoringEndedAt;

        Log(Escalation x) {
            ordered = new ArrayList<>(x.activity());
            ordered.sort(BY_AT);
            Instant lastRiskReduced = null;
            for (Activity activity : ordered) {
                seen[activity.kind().ordinal()] = true;
                if (activity.kind() == ActivityKind.RISK_REDUCED) {
                    lastRiskReduced = activity.at();
                }
            }
            // Reading: "strictly after the last RISK_REDUCED" compares instants (2.8 says "strictly later than"): a
            // SEVERITY_CHANGED at the same instant as the last RISK_REDUCED does not end monitoring, whatever the
            // input order.
            Instant ended = null;
            if (lastRiskReduced != null) {
                for (Activity activity : ordered) {
                    if (activity.kind() == ActivityKind.SEVERITY_CHANGED && activity.at().isAfter(lastRiskReduced)) {
                        ended = activity.at();
                        break;
                    }
                }
            }
            monitoringEndedAt = ended;
            monitoring = x.closedAt() == null && lastRiskReduced != null && ended == null;
        }

        boolean has(ActivityKind kind) {
            return seen[kind.ordinal()];
        }

        /** @return the {@code at} of the first activity of that kind, or null */
        Instant first(ActivityKind kind) {
            for (Activity activity : ordered) {
                if (activity.kind() == kind) {
                    return activity.at();
                }
            }
            return null;
        }

        /** @return whether an activity of that kind lies at or after the instant */
        boolean atOrAfter(ActivityKind kind, Instant at) {
            for (Activity activity : ordered) {
                if (activity.kind() == kind && !activity.at().isBefore(at)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final java.util.Comparator<Activity> BY_AT = (a, b) -> a.at().compareTo(b.at());

    // 2.3
    static boolean inScope(Account account) {
        Segment segment = account.segment();
        return segment == Segment.CSM_MANAGED || segment == Segment.TAM_SCALE
                || segment == Segment.OTHER && account.strategicPartnership();
    }

    // 2.1
    static Conversion conversion(Emergency e, Account account, Instant now, PolicySettings settings) {
        List<ConversionTrigger> triggers = new ArrayList<>(4);
        // v3 unmet: "the primary triggers that do not hold, in the order above", present (maybe empty) whenever a
        // conversion is decided
        List<ConversionTrigger> unmet = new ArrayList<>(3);
        if (e.afterUpgrade() && e.upgradeRelatedProblems() >= settings.upgradeProblemCount()) {
            triggers.add(ConversionTrigger.UPGRADE_WITH_MULTIPLE_PROBLEMS);
        } else {
            unmet.add(ConversionTrigger.UPGRADE_WITH_MULTIPLE_PROBLEMS);
        }
        if (!e.clearResolutionInSight()
                && Duration.between(e.startedAt(), now).compareTo(settings.conversionThreshold()) > 0) {
            triggers.add(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION);
        } else {
            unmet.add(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION);
        }
        if (!e.blockedInitiatives().isEmpty()) {
            triggers.add(ConversionTrigger.OUTSIDE_FACTORS_BLOCKED);
        } else {
            unmet.add(ConversionTrigger.OUTSIDE_FACTORS_BLOCKED);
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
        // "When recommended it also carries ... contacts: ... the list of 2.5 computed from the account's team,
        // whatever the scope"; empty when not recommended (Conversion's contract).
        List<Assignment> contacts = recommended ? contacts(account.team()) : List.of();
        return new Conversion(recommended, triggers, actions, contacts, List.of(), unmet);
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

    /** Section 1: {@code CRITICAL} > {@code HIGH} > {@code MEDIUM} > {@code LOW}. */
    private static boolean higher(Severity a, Severity b) {
        return rank(a) > rank(b);
    }

    private static int rank(Severity severity) {
        switch (severity) {
            case CRITICAL:
                return 4;
            case HIGH:
                return 3;
            case MEDIUM:
                return 2;
            default:
                return 1;
        }
    }

    // 2.4a: "Each risk belongs to the highest row of the handbook's table that names it"
    static Severity row(Risk risk) {
        switch (risk) {
            case SOLUTION_LOSS:
            case CUSTOMER_LOSS_LIKELY:
            case SIGNIFICANT_CONTRACTION:
            case RELATIONSHIP_AND_BRAND:
                return Severity.CRITICAL;
            case CURRENT_ADOPTION:
            case CUSTOMER_LOSS:
            case CONTRACTION:
            case FUTURE_GROWTH:
            case RELATIONSHIP_DAMAGE:
                return Severity.HIGH;
            case RENEWAL:
                return Severity.MEDIUM;
            default:
                return Severity.LOW;
        }
    }

    /** 2.4a: the highest row among the risks, the row itself (before the cap of the impact); null without risks. */
    private static Severity highestRow(Situation s) {
        Severity highest = null;
        for (Risk risk : s.risks()) {
            Severity row = row(risk);
            if (highest == null || higher(row, highest)) {
                highest = row;
            }
        }
        return highest;
    }

    /**
     * 2.4a: "suggestedSeverity is the highest level among the risks; when impact is not SIGNIFICANT ... it is at most
     * MEDIUM. No risks, no suggestion." Reading: an absent impact is "not SIGNIFICANT" and caps too.
     */
    static Severity suggestedSeverity(Situation s) {
        Severity highest = highestRow(s);
        if (highest == null) {
            return null;
        }
        if (s.impact() != Impact.SIGNIFICANT && higher(highest, Severity.MEDIUM)) {
            return Severity.MEDIUM;
        }
        return highest;
    }

    /**
     * 2.4a, the detail {@code risks} of SEVERITY_BELOW_SUGGESTED, "the risks that set it", in Risk declaration order.
     *
     * <p>Reading: the suggestion is "the highest level among the risks" (then capped at MEDIUM by the impact), so the
     * risks that set it are those whose own row is that highest level, i.e. the risks the maximum is taken from, the
     * cap not being a risk. With risks {SOLUTION_LOSS, RENEWAL} and impact SOME the suggestion is MEDIUM and the risks
     * that set it are [SOLUTION_LOSS] (the highest row, capped), not RENEWAL (a lower row that happens to equal the
     * capped level). The list is never empty when there is a suggestion.
     */
    static List<Risk> risksSettingSuggestion(Situation s) {
        Severity highest = highestRow(s);
        List<Risk> risks = new ArrayList<>(4);
        if (highest == null) {
            return risks;
        }
        for (Risk risk : RISKS) {
            if (s.risks().contains(risk) && row(risk) == highest) {
                risks.add(risk);
            }
        }
        return risks;
    }

    /**
     * Section 1: "Its peak severity is the highest of openedSeverity, severity and the severity of every
     * SEVERITY_CHANGED activity". An absent openedSeverity defaults to severity; a SEVERITY_CHANGED activity without a
     * severity adds nothing. Reading: every SEVERITY_CHANGED activity counts, wherever its instant lies (also before
     * openedAt or after closedAt), since section 1 names no window.
     */
    static Severity peakSeverity(Escalation x) {
        Severity peak = x.severity();
        if (x.openedSeverity() != null && higher(x.openedSeverity(), peak)) {
            peak = x.openedSeverity();
        }
        for (Activity activity : x.activity()) {
            if (activity.kind() == ActivityKind.SEVERITY_CHANGED && activity.severity() != null
                    && higher(activity.severity(), peak)) {
                peak = activity.severity();
            }
        }
        return peak;
    }

    /**
     * 2.5 contacts: "[CSM] when a csm is assigned, else those of ACCOUNT_EXECUTIVE, CSE, REGIONAL_CSM_MANAGER that are
     * known, in that order; always ending with SUPPORT_MANAGER_ON_CALL" (a role without a person's name in the team).
     */
    static List<Assignment> contacts(Team team) {
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
        return contacts;
    }

    // 2.4 to 2.7
    static Plan plan(Account account, Escalation x, Emergency emergency, Log log, PolicySettings settings) {
        Team team = account.team();
        Severity severity = x.severity();
        Severity peak = peakSeverity(x);

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
        boolean psDri = dri.role() == EscalationRole.PS_PROJECT_MANAGER;
        Assignment lead = dri.role() == EscalationRole.ACCOUNT_EXECUTIVE && account.segment() == Segment.TAM_SCALE
                ? Assignment.of(EscalationRole.CSE, team.cse()) : null;
        // "None when the DRI is PS_PROJECT_MANAGER: the CS Help request is for escalations for non-PS projects"
        Assignment caseOwner;
        if (psDri) {
            caseOwner = null;
        } else if (team.csm() != null) {
            caseOwner = Assignment.of(EscalationRole.CSM, team.csm());
        } else if (account.segment() == Segment.TAM_SCALE) {
            caseOwner = Assignment.of(EscalationRole.REGIONAL_CSE_LEADER, team.regionalCseLeader());
        } else {
            caseOwner = Assignment.of(EscalationRole.ACCOUNT_EXECUTIVE, team.accountExecutive());
        }
        List<Assignment> contacts = contacts(team);

        // 2.6: by peak severity; cadence and involvement (2.4) follow the severity now
        boolean peakHighOrCritical = peak == Severity.CRITICAL || peak == Severity.HIGH;
        boolean productDriRequired = peakHighOrCritical && x.productRelated();
        ProductLeader productLeader = null;
        if (x.productRelated()) {
            if (peak == Severity.HIGH) {
                productLeader = ProductLeader.GROUP_PRODUCT_MANAGER_OR_DIRECTOR;
            } else if (peak == Severity.CRITICAL) {
                productLeader = ProductLeader.PRODUCT_LEADERSHIP_TEAM_MEMBER;
            }
        }

        // 2.7. Reading: an item is done when the matching activity exists, at any instant (also one logged before
        // openedAt or after closedAt), as "An item is done when the matching activity exists" names no window.
        boolean[] seen = log.seen;
        Instant immediate = x.openedAt().plus(settings.immediateGrace());
        Instant standup = x.openedAt().plus(settings.standupDeadline());
        List<ChecklistEntry> checklist = new ArrayList<>(16);
        checklist.add(dueEntry(ChecklistItem.CREATE_ESCALATION_CHANNEL, immediate, seen));
        checklist.add(dueEntry(ChecklistItem.IDENTIFY_DRI_AND_ASKS, immediate, seen));
        checklist.add(dueEntry(ChecklistItem.DECLARE_ESCALATION, immediate, seen));
        if (!psDri) {
            // "OPEN_CS_HELP_REQUEST (not when the DRI is PS_PROJECT_MANAGER, see 2.5)"
            checklist.add(dueEntry(ChecklistItem.OPEN_CS_HELP_REQUEST, immediate, seen));
        }
        // v3: INFORM_INVOLVED, due with the other "immediately" items, done by any INVOLVED_INFORMED
        checklist.add(dueEntry(ChecklistItem.INFORM_INVOLVED, immediate, seen));
        if (productDriRequired) {
            // v3: due productDriRequiredSince + the grace for "immediately" (2.6)
            Instant productDue = productDriRequiredSince(x).plus(settings.immediateGrace());
            checklist.add(new ChecklistEntry(ChecklistItem.ASSIGN_PRODUCT_DRI, Optional.of(productDue),
                    x.productDri() != null));
            checklist.add(dueEntry(ChecklistItem.ADD_PRODUCT_DRI_TO_CHANNEL, productDue, seen));
        }
        newlyInvolved(checklist, x, log, settings);
        checklist.add(dueEntry(ChecklistItem.SCHEDULE_INTERNAL_STANDUP, standup, seen));
        checklist.add(ongoing(ChecklistItem.POST_CADENCE_UPDATES));
        checklist.add(ongoing(ChecklistItem.KEEP_EXIT_CRITERIA_AND_DRIS_CURRENT));
        if (emergency != null) {
            // "when the case also holds an emergency (... whatever 2.1 says at now)"
            checklist.add(ongoing(ChecklistItem.ASSIGN_EMERGENCY_TICKET_TO_SELF));
            checklist.add(ongoing(ChecklistItem.LINK_CHANNEL_IN_INTERNAL_COMMENT));
            Instant shiftEndsAt = emergency.shiftEndsAt();
            if (shiftEndsAt == null) {
                checklist.add(ongoing(ChecklistItem.HAND_OVER_AT_SHIFT_END));
            } else {
                // v3: due at shiftEndsAt, done by a HANDOVER at or after shiftEndsAt - handoverWindow
                checklist.add(new ChecklistEntry(ChecklistItem.HAND_OVER_AT_SHIFT_END, Optional.of(shiftEndsAt),
                        log.atOrAfter(ActivityKind.HANDOVER, shiftEndsAt.minus(settings.handoverWindow()))));
            }
        }

        EscalationState state = x.closedAt() != null ? EscalationState.CLOSED
                : log.monitoring ? EscalationState.MONITORING : EscalationState.OPEN;
        return new Plan(severity, peak, cadence(severity), involvement(severity), dri, Optional.ofNullable(lead),
                Optional.ofNullable(caseOwner), contacts, productDriRequired, Optional.ofNullable(productLeader),
                ChannelNames.suggest(account.name()).orElseThrow(), checklist, List.of(), state);
    }

    /**
     * 2.6 (v3), productDriRequiredSince, asked only when a product DRI is required: openedAt when the severity it
     * was opened at (default: severity) is HIGH or CRITICAL; else the first SEVERITY_CHANGED to HIGH or CRITICAL;
     * else the last SEVERITY_CHANGED, or openedAt without one; never before openedAt. Reading: "the last
     * SEVERITY_CHANGED activity" of the third case is any SEVERITY_CHANGED, whether or not it carries a severity.
     */
    static Instant productDriRequiredSince(Escalation x) {
        Severity opened = x.openedSeverity() != null ? x.openedSeverity() : x.severity();
        Instant since;
        if (opened == Severity.HIGH || opened == Severity.CRITICAL) {
            since = x.openedAt();
        } else {
            Instant firstRaise = null;
            Instant lastChange = null;
            for (Activity activity : x.activity()) {
                if (activity.kind() != ActivityKind.SEVERITY_CHANGED) {
                    continue;
                }
                Severity to = activity.severity();
                if ((to == Severity.HIGH || to == Severity.CRITICAL)
                        && (firstRaise == null || activity.at().isBefore(firstRaise))) {
                    firstRaise = activity.at();
                }
                lastChange = later(lastChange, activity.at());
            }
            since = firstRaise != null ? firstRaise : lastChange != null ? lastChange : x.openedAt();
        }
        return later(x.openedAt(), since);
    }

    /**
     * 2.7 (v3): one INFORM_NEWLY_INVOLVED for each SEVERITY_CHANGED with a severity whose involvement names
     * stakeholders the severity before it did not, in the order of the activities. Reading: every such change counts,
     * wherever its instant lies (before openedAt or after closedAt too), as for the peak severity; an
     * INVOLVED_INFORMED "at or after" the change compares instants, so one at the very instant of the change marks it
     * done whatever the input order.
     */
    private static void newlyInvolved(List<ChecklistEntry> checklist, Escalation x, Log log,
                                      PolicySettings settings) {
        Severity before = x.openedSeverity() != null ? x.openedSeverity() : x.severity();
        for (Activity change : log.ordered) {
            if (change.kind() != ActivityKind.SEVERITY_CHANGED || change.severity() == null) {
                continue;
            }
            List<Stakeholder> previously = involvement(before);
            List<Stakeholder> newly = new ArrayList<>(6);
            for (Stakeholder stakeholder : involvement(change.severity())) {
                if (!previously.contains(stakeholder)) {
                    newly.add(stakeholder);
                }
            }
            if (!newly.isEmpty()) {
                checklist.add(new ChecklistEntry(ChecklistItem.INFORM_NEWLY_INVOLVED,
                        Optional.of(change.at().plus(settings.immediateGrace())),
                        log.atOrAfter(ActivityKind.INVOLVED_INFORMED, change.at()), newly));
            }
            before = change.severity();
        }
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
            case INFORM_INVOLVED -> ActivityKind.INVOLVED_INFORMED;
            case ADD_PRODUCT_DRI_TO_CHANNEL -> ActivityKind.PRODUCT_DRI_ADDED;
            default -> throw new IllegalArgumentException("no activity marks " + item + " done");
        };
    }

    private static ChecklistEntry ongoing(ChecklistItem item) {
        return new ChecklistEntry(item, Optional.empty(), false);
    }

    /** POLICY.md 2.7: a given channel's name, "without one leading #", must start with esc_. */
    static boolean channelNameValid(String name) {
        String bare = name.startsWith("#") ? name.substring(1) : name;
        return bare.startsWith(CHANNEL_PREFIX_WITHOUT_HASH);
    }

    // 2.4a to 2.8 for an open, in-scope escalation, in FindingCode order (CALL_OVER_THREE_HOURS is added by the
    // caller), with the entries of 2.12 that concern it
    static void escalationFindings(List<Finding> findings, List<Upcoming> upcoming, Plan plan, Team team,
                                   Escalation x, Situation situation, Severity suggested, Log log, Instant now,
                                   PolicySettings settings) {
        // v3 Monitoring: "INTERNAL_UPDATE_OVERDUE, CUSTOMER_UPDATE_OVERDUE, CUSTOMER_UPDATES_TOO_FEW, STANDUP_OVERDUE,
        // SEVERITY_BELOW_SUGGESTED and MANAGER_STEP_IN are not given"; 2.12 lists their entries "unless monitoring"
        boolean active = !log.monitoring;
        // SEVERITY_BELOW_SUGGESTED (2.4a): the severity now below the suggestion; a higher one gives nothing
        if (active && suggested != null && higher(suggested, x.severity())) {
            findings.add(Finding.of(FindingCode.SEVERITY_BELOW_SUGGESTED, "severity", x.severity(),
                    "suggested", suggested, "risks", risksSettingSuggestion(situation)));
        }
        // DRI_UNASSIGNED (2.5)
        if (plan.dri().name().isEmpty()) {
            findings.add(Finding.of(FindingCode.DRI_UNASSIGNED, "role", plan.dri().role()));
        }
        // PRODUCT_DRI_MISSING (2.6). Reading: "Other findings keep their v1 details", so the detail severity stays the
        // severity now (as in version 1), even when the peak severity is what requires the Product DRI.
        if (plan.productDriRequired() && x.productDri() == null) {
            findings.add(Finding.of(FindingCode.PRODUCT_DRI_MISSING, "severity", x.severity()));
        }
        // CHECKLIST_ITEM_OVERDUE (2.7), in checklist order; 2.12: each item with a due instant not done, at its due
        for (ChecklistEntry entry : plan.checklist()) {
            if (entry.due().isPresent() && !entry.done()) {
                Instant due = entry.due().get();
                if (now.isAfter(due)) {
                    findings.add(Finding.of(FindingCode.CHECKLIST_ITEM_OVERDUE, "item", entry.item(), "due", due,
                            "overdueBy", Duration.between(due, now)));
                } else {
                    upcoming.add(new Upcoming(FindingCode.CHECKLIST_ITEM_OVERDUE.name(), due,
                            Optional.of(entry.item()), Optional.empty()));
                }
            }
        }
        // CHANNEL_NAME_INVALID, CHANNEL_NOT_PUBLIC (2.7); the details as in version 1
        SlackChannel channel = x.channel();
        if (channel != null) {
            if (!channelNameValid(channel.name())) {
                findings.add(Finding.of(FindingCode.CHANNEL_NAME_INVALID, "channel", channel.name(),
                        "expectedPrefix", ChannelNames.PREFIX, "suggested", plan.channel()));
            }
            if (!channel.isPublic()) {
                findings.add(Finding.of(FindingCode.CHANNEL_NOT_PUBLIC, "channel", channel.name()));
            }
        }

        // 2.8. Reading: every activity counts, wherever its instant lies; the gaps then count from the later of
        // openedAt and the last matching activity ("an activity logged before the escalation opened never makes a gap
        // longer than the escalation") and, v3, no earlier than the change that ended monitoring.
        Instant windowStart = now.minus(settings.customerUpdateWindow());
        Instant lastInternal = null;
        Instant lastCustomer = null;
        Instant firstStandupScheduled = null;
        Instant lastStandupHeld = null;
        int customerUpdatesInWindow = 0;
        List<Instant> customerUpdates = new ArrayList<>();
        for (Activity activity : log.ordered) {
            Instant at = activity.at();
            switch (activity.kind()) {
                case INTERNAL_UPDATE:
                    lastInternal = later(lastInternal, at);
                    break;
                case CUSTOMER_UPDATE:
                    lastCustomer = later(lastCustomer, at);
                    customerUpdates.add(at);
                    if (at.isAfter(windowStart) && !at.isAfter(now)) {
                        customerUpdatesInWindow++;
                    }
                    break;
                case STANDUP_SCHEDULED:
                    if (firstStandupScheduled == null || at.isBefore(firstStandupScheduled)) {
                        firstStandupScheduled = at;
                    }
                    break;
                case STANDUP_HELD:
                    lastStandupHeld = later(lastStandupHeld, at);
                    break;
                default:
                    break;
            }
        }
        Instant gapsFrom = later(x.openedAt(), log.monitoringEndedAt);
        Duration stepIn = settings.managerStepInAfter();
        boolean csmDri = plan.dri().role() == EscalationRole.CSM;
        // MANAGER_STEP_IN: the codes whose gap is more than limit + managerStepInAfter, the largest gap - limit, and
        // (2.12) the earliest instant after which one of the three will be
        List<FindingCode> stepInCodes = new ArrayList<>(3);
        Duration overdueBy = null;
        Instant stepInAt = null;

        // INTERNAL_UPDATE_OVERDUE: since, lastUpdate, gap, limit
        Instant internalSince = later(gapsFrom, lastInternal);
        Duration internalGap = gap(internalSince, now, settings);
        Duration internalLimit = settings.internalUpdateGap();
        if (active) {
            if (internalGap.compareTo(internalLimit) > 0) {
                findings.add(Finding.of(FindingCode.INTERNAL_UPDATE_OVERDUE, "since", internalSince,
                        "lastUpdate", lastInternal, "gap", internalGap, "limit", internalLimit));
            } else {
                upcoming.add(Upcoming.of(FindingCode.INTERNAL_UPDATE_OVERDUE.name(),
                        lastNotOver(internalSince, internalLimit, settings)));
            }
            if (internalGap.compareTo(internalLimit.plus(stepIn)) > 0) {
                stepInCodes.add(FindingCode.INTERNAL_UPDATE_OVERDUE);
                overdueBy = longer(overdueBy, internalGap.minus(internalLimit));
            }
            stepInAt = earlier(stepInAt, lastNotOver(internalSince, internalLimit.plus(stepIn), settings));
        }
        // CUSTOMER_UPDATE_OVERDUE: cadence, since, lastUpdate, gap, limit; the cadence of the severity now (2.6:
        // "Cadence and involvement (2.4) follow the severity now"); a cadence without a gap has no limit
        Cadence cadence = plan.cadence();
        Duration customerLimit = settings.customerUpdateGaps().get(cadence);
        if (active && customerLimit != null) {
            Instant customerSince = later(gapsFrom, lastCustomer);
            Duration customerGap = gap(customerSince, now, settings);
            if (customerGap.compareTo(customerLimit) > 0) {
                findings.add(Finding.of(FindingCode.CUSTOMER_UPDATE_OVERDUE, "cadence", cadence,
                        "since", customerSince, "lastUpdate", lastCustomer, "gap", customerGap,
                        "limit", customerLimit));
            } else {
                upcoming.add(Upcoming.of(FindingCode.CUSTOMER_UPDATE_OVERDUE.name(),
                        lastNotOver(customerSince, customerLimit, settings)));
            }
            if (customerGap.compareTo(customerLimit.plus(stepIn)) > 0) {
                stepInCodes.add(FindingCode.CUSTOMER_UPDATE_OVERDUE);
                overdueBy = longer(overdueBy, customerGap.minus(customerLimit));
            }
            stepInAt = earlier(stepInAt, lastNotOver(customerSince, customerLimit.plus(stepIn), settings));
        }
        // CUSTOMER_UPDATES_TOO_FEW (wall-clock: "Nothing else changes" with a calendar), at the severity now; v3: "open
        // for at least 7 days" counts from the change that ended monitoring instead of openedAt. Reading: from that
        // change itself, as written, even when it was logged before openedAt.
        Instant tooFewFrom = log.monitoringEndedAt != null ? log.monitoringEndedAt : x.openedAt();
        Duration openFor = Duration.between(tooFewFrom, now);
        boolean seniorSeverity = x.severity() == Severity.CRITICAL || x.severity() == Severity.HIGH;
        if (active && seniorSeverity) {
            int minimum = settings.customerUpdatesPerWeek();
            if (openFor.compareTo(settings.customerUpdateWindow()) >= 0 && customerUpdatesInWindow < minimum) {
                findings.add(Finding.of(FindingCode.CUSTOMER_UPDATES_TOO_FEW, "count", customerUpdatesInWindow,
                        "minimum", minimum, "windowStart", windowStart));
            } else {
                // 2.12: the later of (its 7 days' start) + 7 d and, with at least 3 updates, the third most recent
                // + 7 d. Reading: "3" is the setting customerUpdatesPerWeek (the minimum of 2.8), whose default it is.
                Instant at = tooFewFrom.plus(settings.customerUpdateWindow());
                if (customerUpdates.size() >= minimum) {
                    Instant kthMostRecent = customerUpdates.get(customerUpdates.size() - minimum);
                    at = later(at, kthMostRecent.plus(settings.customerUpdateWindow()));
                }
                upcoming.add(Upcoming.of(FindingCode.CUSTOMER_UPDATES_TOO_FEW.name(), at));
            }
        }
        // NEXT_TOUCHPOINT_MISSING; 2.12: given from nextCustomerTouchpointAt on
        Instant next = x.nextCustomerTouchpointAt();
        if (next == null || !next.isAfter(now)) {
            findings.add(Finding.of(FindingCode.NEXT_TOUCHPOINT_MISSING, "nextCustomerTouchpointAt", next));
        } else {
            upcoming.add(Upcoming.of(FindingCode.NEXT_TOUCHPOINT_MISSING.name(), next));
        }
        // EXIT_CRITERIA_MISSING (wall-clock, from openedAt)
        Duration openedFor = Duration.between(x.openedAt(), now);
        if (x.exitCriteria().isEmpty()) {
            if (openedFor.compareTo(settings.exitCriteriaGrace()) > 0) {
                findings.add(Finding.of(FindingCode.EXIT_CRITERIA_MISSING, "openFor", openedFor,
                        "limit", settings.exitCriteriaGrace()));
            } else {
                upcoming.add(Upcoming.of(FindingCode.EXIT_CRITERIA_MISSING.name(),
                        x.openedAt().plus(settings.exitCriteriaGrace())));
            }
        }
        // STANDUP_OVERDUE: cadence, since, lastStandup, gap, limit. Once a STANDUP_SCHEDULED exists, counted "from the
        // later of the first STANDUP_SCHEDULED and the last STANDUP_HELD". Reading: the general rule of 2.8 ("gaps
        // count from the later of openedAt and the last matching activity") applies too, so since is the latest of
        // openedAt, the first STANDUP_SCHEDULED and the last STANDUP_HELD (v3: and the change that ended monitoring).
        // The gap is that of the severity now's cadence; a cadence without a standup gap has no limit.
        Duration standupLimit = settings.standupGaps().get(cadence);
        if (active && firstStandupScheduled != null && standupLimit != null) {
            Instant standupSince = later(later(gapsFrom, firstStandupScheduled), lastStandupHeld);
            Duration standupGap = gap(standupSince, now, settings);
            if (standupGap.compareTo(standupLimit) > 0) {
                findings.add(Finding.of(FindingCode.STANDUP_OVERDUE, "cadence", cadence, "since", standupSince,
                        "lastStandup", lastStandupHeld, "gap", standupGap, "limit", standupLimit));
            } else {
                upcoming.add(Upcoming.of(FindingCode.STANDUP_OVERDUE.name(),
                        lastNotOver(standupSince, standupLimit, settings)));
            }
            if (standupGap.compareTo(standupLimit.plus(stepIn)) > 0) {
                stepInCodes.add(FindingCode.STANDUP_OVERDUE);
                overdueBy = longer(overdueBy, standupGap.minus(standupLimit));
            }
            stepInAt = earlier(stepInAt, lastNotOver(standupSince, standupLimit.plus(stepIn), settings));
        }
        // MANAGER_STEP_IN (v3): a CSM DRI, and a gap more than its limit + managerStepInAfter (so its finding is given
        // too). Reading: POLICY.md names the detail "manager (the team's regionalManager, or null)", so it is there,
        // null, when the team names no regionalManager (unlike the other findings' details, which POLICY.md does not
        // call null and Finding.of leaves out).
        if (active && csmDri) {
            if (!stepInCodes.isEmpty()) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("manager", team.regionalManager());
                details.put("codes", List.copyOf(stepInCodes));
                details.put("overdueBy", overdueBy);
                findings.add(new Finding(FindingCode.MANAGER_STEP_IN.name(), details));
            } else if (stepInAt != null) {
                upcoming.add(Upcoming.of(FindingCode.MANAGER_STEP_IN.name(), stepInAt));
            }
        }
        // GAINSIGHT_CTA_MISSING (v3): the first CS_HELP_REQUEST_OPENED + gainsightSync + immediateGrace, no
        // GAINSIGHT_CTA_CREATED at any instant, never with a PS project manager DRI; stays while monitoring
        Instant caseOpenedAt = log.first(ActivityKind.CS_HELP_REQUEST_OPENED);
        if (plan.dri().role() != EscalationRole.PS_PROJECT_MANAGER && caseOpenedAt != null
                && !log.has(ActivityKind.GAINSIGHT_CTA_CREATED)) {
            Instant due = caseOpenedAt.plus(settings.gainsightSync()).plus(settings.immediateGrace());
            if (now.isAfter(due)) {
                findings.add(Finding.of(FindingCode.GAINSIGHT_CTA_MISSING, "caseOpenedAt", caseOpenedAt, "due", due));
            } else {
                upcoming.add(Upcoming.of(FindingCode.GAINSIGHT_CTA_MISSING.name(), due));
            }
        }
        // CHANNEL_ARCHIVED_WHILE_OPEN (v3): not monitoring, and the last CHANNEL_CREATED or CHANNEL_ARCHIVED at or after
        // openedAt (in activity order: ties keep the input order) is a CHANNEL_ARCHIVED. Reading: POLICY.md names no
        // details for it, so it has none.
        if (active) {
            ActivityKind lastChannel = null;
            for (Activity activity : log.ordered) {
                if ((activity.kind() == ActivityKind.CHANNEL_CREATED || activity.kind() == ActivityKind.CHANNEL_ARCHIVED)
                        && !activity.at().isBefore(x.openedAt())) {
                    lastChannel = activity.kind();
                }
            }
            if (lastChannel == ActivityKind.CHANNEL_ARCHIVED) {
                findings.add(Finding.of(FindingCode.CHANNEL_ARCHIVED_WHILE_OPEN));
            }
        }
    }

    /** @return the later of two instants, either of which may be null (not both) */
    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.isAfter(a) ? b : a;
    }

    /** @return the earlier of two instants, the first of which may be null */
    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /** @return the longer of two durations, the first of which may be null */
    private static Duration longer(Duration a, Duration b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    /**
     * 2.12: "the last instant at which the gap is not yet more than the limit". Wall clock: since + limit. Under a
     * calendar: the instant the working time from {@code since} reaches the limit, or, when it reaches it at the start
     * of a non-working day, the end of that non-working run (the gap does not grow on non-working days). Counted day by
     * day as {@link #workingTime} counts.
     */
    static Instant lastNotOver(Instant since, Duration limit, PolicySettings settings) {
        Optional<WorkingCalendar> calendar = settings.workingCalendar();
        if (calendar.isEmpty()) {
            return since.plus(limit);
        }
        WorkingCalendar working = calendar.get();
        ZoneId zone = working.zone();
        LocalDate day = LocalDate.ofInstant(since, zone).minusDays(1);
        Instant start = day.atStartOfDay(zone).toInstant();
        while (start.isAfter(since)) {
            day = day.minusDays(1);
            start = day.atStartOfDay(zone).toInstant();
        }
        Duration remaining = limit;
        Instant reached = null;
        while (true) {
            LocalDate next = day.plusDays(1);
            Instant end = next.atStartOfDay(zone).toInstant();
            if (reached != null) {
                // the limit was reached at the start of this day: a working day ends the run, another extends it
                if (working.isWorkingDay(day)) {
                    return reached;
                }
                reached = end;
            } else if (working.isWorkingDay(day) && end.isAfter(since)) {
                Instant from = start.isAfter(since) ? start : since;
                Duration available = Duration.between(from, end);
                if (remaining.compareTo(available) < 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
                if (remaining.isZero()) {
                    reached = end;
                }
            }
            day = next;
            start = end;
        }
    }

    /**
     * 2.10a (v3) for a closed, in-scope escalation: CLOSED_WITH_BLOCKERS and CLOSING_STEP_OVERDUE, with the entries of
     * 2.12 for the steps not done. Reading: a step is done by its activity at any instant ("A step is done when its
     * activity exists"), also one logged before closedAt.
     */
    static void afterClosing(List<Finding> findings, List<Upcoming> upcoming, Escalation x, Log log, Instant now,
                             PolicySettings settings) {
        Closure k = x.closure();
        List<Blocker> blockers = new ArrayList<>(3);
        if (k == null || !k.customerAgreed()) {
            blockers.add(Blocker.CUSTOMER_NOT_AGREED);
        }
        if (k == null || !k.documented()) {
            blockers.add(Blocker.ALIGNMENT_NOT_DOCUMENTED);
        }
        if (k == null || !k.driAgreed()) {
            blockers.add(Blocker.DRI_NOT_AGREED);
        }
        if (!blockers.isEmpty()) {
            findings.add(Finding.of(FindingCode.CLOSED_WITH_BLOCKERS, "blockers", blockers));
        }
        Instant due = x.closedAt().plus(settings.closingStepsGrace());
        for (ClosureStep step : CLOSURE_STEPS) {
            if (log.has(doneBy(step))) {
                continue;
            }
            if (now.isAfter(due)) {
                findings.add(Finding.of(FindingCode.CLOSING_STEP_OVERDUE, "step", step, "due", due));
            } else {
                upcoming.add(new Upcoming(FindingCode.CLOSING_STEP_OVERDUE.name(), due, Optional.empty(),
                        Optional.of(step)));
            }
        }
    }

    /** POLICY.md 2.10a: the activity that marks each closing step done. */
    private static ActivityKind doneBy(ClosureStep step) {
        return switch (step) {
            case POST_CLOSURE_UPDATE -> ActivityKind.CLOSURE_POSTED;
            case ANNOUNCE_CLOSURE -> ActivityKind.CLOSURE_ANNOUNCED;
            case ARCHIVE_ESCALATION_CHANNEL -> ActivityKind.CHANNEL_ARCHIVED;
            case UPDATE_CSM_SENTIMENT -> ActivityKind.SENTIMENT_UPDATED;
        };
    }

    /**
     * 2.9 (v3) notify, for a broadcast about an in-scope escalation (open or closed): the plan's DRI, lead technical
     * collaborator and case owner, then PRODUCT_DRI when a product DRI is required, then SUPPORT_DRI when one is
     * named; each role once, at its first place; an absent part left out, a role without a name kept unnamed.
     * Reading: "the case also gives an in-scope escalation" holds for a closed one too (a CLOSED event is about one).
     */
    static List<Assignment> toNotify(Plan plan, Escalation x) {
        List<Assignment> candidates = new ArrayList<>(5);
        candidates.add(plan.dri());
        plan.leadTechnicalCollaborator().ifPresent(candidates::add);
        plan.caseOwner().ifPresent(candidates::add);
        if (plan.productDriRequired()) {
            candidates.add(Assignment.of(EscalationRole.PRODUCT_DRI, x.productDri()));
        }
        if (x.supportDri() != null) {
            candidates.add(Assignment.of(EscalationRole.SUPPORT_DRI, x.supportDri()));
        }
        List<Assignment> notify = new ArrayList<>(5);
        EnumSet<EscalationRole> roles = EnumSet.noneOf(EscalationRole.class);
        for (Assignment candidate : candidates) {
            if (roles.add(candidate.role())) {
                notify.add(candidate);
            }
        }
        return notify;
    }

    /**
     * 2.8: the gap from {@code since} to {@code now}: wall-clock time, or with a calendar only the time on working
     * days. Validation keeps every instant at or before now, so {@code since} is never after {@code now}.
     */
    static Duration gap(Instant since, Instant now, PolicySettings settings) {
        Optional<WorkingCalendar> calendar = settings.workingCalendar();
        return calendar.isPresent() ? workingTime(calendar.get(), since, now) : Duration.between(since, now);
    }

    /**
     * 2.8 "Working days": the time in {@code [from, to)} that falls on working days, counted day by day. Each local
     * day d of the calendar's zone lasts from {@code d.atStartOfDay(zone)} to {@code (d + 1).atStartOfDay(zone)} (23
     * or 25 h across a DST change, nothing for a skipped date); a day counts when its day of the week is worked and it
     * is not a holiday ({@link WorkingCalendar#isWorkingDay}). The sum is that of the overlaps of {@code [from, to)}
     * with the working days. Deliberately not {@link WorkingCalendar#workingTimeBetween}, which is what this checks.
     *
     * @return the working time; zero when {@code to} is not after {@code from}
     */
    static Duration workingTime(WorkingCalendar calendar, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        ZoneId zone = calendar.zone();
        // Start with a day that starts at or before from: the local date's day before, stepping further back in the
        // (exotic) case that it does not.
        LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1);
        Instant start = day.atStartOfDay(zone).toInstant();
        while (start.isAfter(from)) {
            day = day.minusDays(1);
            start = day.atStartOfDay(zone).toInstant();
        }
        long seconds = 0;
        long nanos = 0;
        while (start.isBefore(to)) {
            LocalDate next = day.plusDays(1);
            Instant end = next.atStartOfDay(zone).toInstant();
            if (calendar.isWorkingDay(day)) {
                Instant a = start.isAfter(from) ? start : from;
                Instant b = end.isBefore(to) ? end : to;
                if (b.isAfter(a)) {
                    Duration overlap = Duration.between(a, b);
                    seconds += overlap.getSeconds();
                    nanos += overlap.getNano();
                }
            }
            day = next;
            start = end;
        }
        return Duration.ofSeconds(seconds, nanos);
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
