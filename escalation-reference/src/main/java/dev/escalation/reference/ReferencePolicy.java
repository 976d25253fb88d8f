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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An independent, plain-Java reading of POLICY.md (version 2) sections 2.1 to 2.10, written from the specification
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
     * @return every decision of POLICY.md 2.1 to 2.10, without explanations
     */
    public static Assessment assess(EscalationCase c, Instant now, PolicySettings settings) {
        Account account = c.account();
        Emergency emergency = c.emergency();
        Situation situation = c.situation();
        Escalation escalation = c.escalation();
        Event event = c.event();

        boolean inScope = inScope(account);

        // 2.1: the conversion advice (and its contacts) whatever the scope
        Conversion conversion = emergency == null ? null : conversion(emergency, account, now, settings);
        boolean recommended = conversion != null && conversion.recommended();

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
        if (escalation != null && inScope) {
            // 2.7: S0's duties whenever the case holds an emergency, "whatever 2.1 says at now"
            plan = plan(account, escalation, emergency != null, settings);
            // 2.8: "A closed escalation gets none of the findings of 2.4a to 2.8 ...; its plan and closure are still
            // given". Closed means closedAt is set (section 1: open "when it has no closedAt"); validation keeps
            // closedAt at or before now, so a set closedAt always lies in the past.
            if (escalation.closedAt() == null) {
                escalationFindings(findings, plan, escalation, situation, suggested, now, settings);
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
            }
        }

        // 2.9
        Boolean broadcast = event == null ? null : broadcast(event);

        // Findings are produced in FindingCode order and, within CHECKLIST_ITEM_OVERDUE (the only code that can
        // occur more than once), in checklist item order: that is already the required order.
        return new Assessment(inScope, Optional.ofNullable(conversion), Optional.ofNullable(routes),
                Optional.ofNullable(suggested), Optional.ofNullable(plan), findings, Optional.ofNullable(closure),
                Optional.ofNullable(broadcast), java.util.Map.of(), List.of(), VERSION);
    }

    // 2.3
    static boolean inScope(Account account) {
        Segment segment = account.segment();
        return segment == Segment.CSM_MANAGED || segment == Segment.TAM_SCALE
                || segment == Segment.OTHER && account.strategicPartnership();
    }

    // 2.1
    static Conversion conversion(Emergency e, Account account, Instant now, PolicySettings settings) {
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
        // "When recommended it also carries ... contacts: ... the list of 2.5 computed from the account's team,
        // whatever the scope"; empty when not recommended (Conversion's contract).
        List<Assignment> contacts = recommended ? contacts(account.team()) : List.of();
        return new Conversion(recommended, triggers, actions, contacts, List.of());
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
    static Plan plan(Account account, Escalation x, boolean holdsEmergency, PolicySettings settings) {
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
        // openedAt), as "An item is done when the matching activity exists" names no window.
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
        if (!psDri) {
            // "OPEN_CS_HELP_REQUEST (not when the DRI is PS_PROJECT_MANAGER, see 2.5)"
            checklist.add(dueEntry(ChecklistItem.OPEN_CS_HELP_REQUEST, immediate, seen));
        }
        if (productDriRequired) {
            checklist.add(new ChecklistEntry(ChecklistItem.ASSIGN_PRODUCT_DRI, Optional.of(immediate),
                    x.productDri() != null));
        }
        checklist.add(dueEntry(ChecklistItem.SCHEDULE_INTERNAL_STANDUP, standup, seen));
        checklist.add(ongoing(ChecklistItem.POST_CADENCE_UPDATES));
        checklist.add(ongoing(ChecklistItem.KEEP_EXIT_CRITERIA_AND_DRIS_CURRENT));
        if (holdsEmergency) {
            // "when the case also holds an emergency (... whatever 2.1 says at now)"
            checklist.add(ongoing(ChecklistItem.ASSIGN_EMERGENCY_TICKET_TO_SELF));
            checklist.add(ongoing(ChecklistItem.LINK_CHANNEL_IN_INTERNAL_COMMENT));
            checklist.add(ongoing(ChecklistItem.HAND_OVER_AT_SHIFT_END));
        }

        return new Plan(severity, peak, cadence(severity), involvement(severity), dri, Optional.ofNullable(lead),
                Optional.ofNullable(caseOwner), contacts, productDriRequired, Optional.ofNullable(productLeader),
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

    /** POLICY.md 2.7: a given channel's name, "without one leading #", must start with esc_. */
    static boolean channelNameValid(String name) {
        String bare = name.startsWith("#") ? name.substring(1) : name;
        return bare.startsWith(CHANNEL_PREFIX_WITHOUT_HASH);
    }

    // 2.4a to 2.8 for an open, in-scope escalation, in FindingCode order (CALL_OVER_THREE_HOURS is added by the caller)
    static void escalationFindings(List<Finding> findings, Plan plan, Escalation x, Situation situation,
                                   Severity suggested, Instant now, PolicySettings settings) {
        // SEVERITY_BELOW_SUGGESTED (2.4a): the severity now below the suggestion; a higher one gives nothing
        if (suggested != null && higher(suggested, x.severity())) {
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
        // longer than the escalation").
        Instant windowStart = now.minus(settings.customerUpdateWindow());
        Instant lastInternal = null;
        Instant lastCustomer = null;
        Instant firstStandupScheduled = null;
        Instant lastStandupHeld = null;
        int customerUpdatesInWindow = 0;
        for (Activity activity : x.activity()) {
            Instant at = activity.at();
            switch (activity.kind()) {
                case INTERNAL_UPDATE:
                    lastInternal = later(lastInternal, at);
                    break;
                case CUSTOMER_UPDATE:
                    lastCustomer = later(lastCustomer, at);
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

        // INTERNAL_UPDATE_OVERDUE: since, lastUpdate, gap, limit
        Instant internalSince = later(x.openedAt(), lastInternal);
        Duration internalGap = gap(internalSince, now, settings);
        if (internalGap.compareTo(settings.internalUpdateGap()) > 0) {
            findings.add(Finding.of(FindingCode.INTERNAL_UPDATE_OVERDUE, "since", internalSince,
                    "lastUpdate", lastInternal, "gap", internalGap, "limit", settings.internalUpdateGap()));
        }
        // CUSTOMER_UPDATE_OVERDUE: cadence, since, lastUpdate, gap, limit; the cadence of the severity now (2.6:
        // "Cadence and involvement (2.4) follow the severity now"); a cadence without a gap has no limit
        Cadence cadence = plan.cadence();
        Duration customerLimit = settings.customerUpdateGaps().get(cadence);
        if (customerLimit != null) {
            Instant customerSince = later(x.openedAt(), lastCustomer);
            Duration customerGap = gap(customerSince, now, settings);
            if (customerGap.compareTo(customerLimit) > 0) {
                findings.add(Finding.of(FindingCode.CUSTOMER_UPDATE_OVERDUE, "cadence", cadence,
                        "since", customerSince, "lastUpdate", lastCustomer, "gap", customerGap,
                        "limit", customerLimit));
            }
        }
        // CUSTOMER_UPDATES_TOO_FEW (wall-clock: "Nothing else changes" with a calendar), at the severity now
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
        // EXIT_CRITERIA_MISSING (wall-clock)
        if (x.exitCriteria().isEmpty() && openFor.compareTo(settings.exitCriteriaGrace()) > 0) {
            findings.add(Finding.of(FindingCode.EXIT_CRITERIA_MISSING, "openFor", openFor,
                    "limit", settings.exitCriteriaGrace()));
        }
        // STANDUP_OVERDUE: cadence, since, lastStandup, gap, limit. Once a STANDUP_SCHEDULED exists, counted "from the
        // later of the first STANDUP_SCHEDULED and the last STANDUP_HELD". Reading: the general rule of 2.8 ("gaps
        // count from the later of openedAt and the last matching activity") applies too, so since is the latest of
        // openedAt, the first STANDUP_SCHEDULED and the last STANDUP_HELD. The gap is that of the severity now's
        // cadence; a cadence without a standup gap has no limit.
        Duration standupLimit = settings.standupGaps().get(cadence);
        if (firstStandupScheduled != null && standupLimit != null) {
            Instant standupSince = later(later(x.openedAt(), firstStandupScheduled), lastStandupHeld);
            Duration standupGap = gap(standupSince, now, settings);
            if (standupGap.compareTo(standupLimit) > 0) {
                findings.add(Finding.of(FindingCode.STANDUP_OVERDUE, "cadence", cadence, "since", standupSince,
                        "lastStandup", lastStandupHeld, "gap", standupGap, "limit", standupLimit));
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
