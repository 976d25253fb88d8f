package dev.escalation.rules.internal;

import dev.escalation.decision.Action;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.Blocker;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.ClosureStep;
import dev.escalation.model.Cadence;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.MessageDraft;
import dev.escalation.decision.MessageKind;
import dev.escalation.decision.Plan;
import dev.escalation.decision.ProductLeader;
import dev.escalation.decision.Route;
import dev.escalation.decision.Stakeholder;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.EscalationState;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Severity;
import dev.escalation.rules.facts.Assigned;
import dev.escalation.rules.facts.Broadcast;
import dev.escalation.rules.facts.ChecklistDone;
import dev.escalation.rules.facts.ChecklistDue;
import dev.escalation.rules.facts.ClosureReady;
import dev.escalation.rules.facts.Contact;
import dev.escalation.rules.facts.ConversionRecommended;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.PeakSeverity;
import dev.escalation.rules.facts.Ping;
import dev.escalation.rules.facts.Unmet;
import dev.escalation.rules.facts.SuggestedSeverity;
import dev.escalation.rules.facts.ProductDriRequired;
import dev.escalation.rules.facts.Responsibility;
import dev.escalation.rules.facts.SuggestedChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the facts the rules derived into result records, in the defined orders. */
public final class Assembler {

    /**
     * Findings in the order of POLICY.md: by standard code (custom codes after, by name), then by the vocabulary
     * they name (a checklist item, a role) in declaration order, then by their first instant, then by details.
     */
    static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparingInt((Finding f) -> codeRank(f.code()))
            .thenComparing(Finding::code)
            .thenComparingInt(Assembler::firstEnumOrdinal)
            .thenComparing(Assembler::firstInstant, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.details().toString());

    private static final Comparator<ChecklistDue> BY_ITEM = Comparator.comparing(ChecklistDue::item)
            .thenComparingInt(ChecklistDue::change);
    private static final Comparator<Ping> BY_PLACE = Comparator.comparingInt(Ping::position);
    private static final Comparator<Contact> BY_POSITION = Comparator.comparingInt(Contact::position);

    private final String policyVersion;

    /** @param policyVersion the id every assessment carries */
    public Assembler(String policyVersion) {
        this.policyVersion = policyVersion;
    }

    /**
     * @param escalationCase the case that was evaluated
     * @param now            the instant it was evaluated as of
     * @param evaluation     what the rules concluded
     * @return the assessment
     */
    public Assessment assessment(EscalationCase escalationCase, Instant now, Evaluation evaluation) {
        Facts facts = new Facts(evaluation.facts());
        List<Explanation> explanation = evaluation.explanation();
        boolean inScope = facts.any(InScope.class);
        Optional<Conversion> conversion = escalationCase.emergency() == null ? Optional.empty()
                : Optional.of(conversion(facts, evaluation));
        Optional<Set<Route>> routes = escalationCase.emergency() == null && escalationCase.situation() == null
                ? Optional.empty() : Optional.of(new LinkedHashSet<>(facts.sorted(Route.class)));
        Optional<Severity> suggestedSeverity = facts.atMostOne(SuggestedSeverity.class, "suggested severity")
                .map(SuggestedSeverity::level);
        Escalation escalation = escalationCase.escalation();
        Optional<Plan> plan = escalation == null || !inScope ? Optional.empty()
                : Optional.of(plan(escalation, facts, evaluation));
        List<Finding> findings = new ArrayList<>(facts.all(Finding.class));
        findings.sort(FINDING_ORDER);
        Optional<ClosureDecision> closure = escalation == null || escalation.closure() == null || !inScope
                ? Optional.empty() : Optional.of(closure(facts, evaluation));
        Optional<Boolean> broadcast = escalationCase.event() == null ? Optional.empty()
                : Optional.of(facts.one(Broadcast.class, "broadcast").post());
        Optional<List<Assignment>> toNotify = broadcast.orElse(false) && inScope && escalation != null
                ? Optional.of(pings(facts)) : Optional.empty();
        Assessment decided = new Assessment(inScope, conversion, routes, suggestedSeverity, plan, findings, closure,
                broadcast, Map.of(), explanation, policyVersion, toNotify, facts.all(Upcoming.class));
        List<MessageKind> due = facts.all(MessageKind.class);
        if (due.isEmpty() || plan.isEmpty()) {
            return decided;
        }
        // Rendered when first read: most callers read no draft, and rendering is a tenth of an assessment.
        Set<MessageKind> kinds = EnumSet.copyOf(due);
        return withMessages(decided, MessageDraft.deferred(kinds,
                () -> MessageDrafts.draft(kinds, escalationCase, now, decided)));
    }

    /**
     * @param assessment an assessment
     * @param messages   drafts to put in it
     * @return the same assessment with those drafts
     */
    private static Assessment withMessages(Assessment assessment, Map<MessageKind, MessageDraft> messages) {
        return new Assessment(assessment.inScope(), assessment.conversion(), assessment.routes(),
                assessment.suggestedSeverity(), assessment.plan(),
                assessment.findings(), assessment.closure(), assessment.broadcast(), messages, assessment.explanation(),
                assessment.policyVersion(), assessment.toNotify(), assessment.upcoming());
    }

    private static ClosureDecision closure(Facts facts, Evaluation evaluation) {
        return new ClosureDecision(facts.any(ClosureReady.class), facts.sorted(Blocker.class),
                facts.sorted(ClosureStep.class), evaluation.of(ClosureDecision.CLAUSES));
    }

    private static List<ChecklistEntry> checklist(Facts facts) {
        List<ChecklistDone> done = facts.all(ChecklistDone.class);
        List<ChecklistDue> due = new ArrayList<>(facts.all(ChecklistDue.class));
        due.sort(BY_ITEM);
        List<ChecklistEntry> entries = new ArrayList<>(due.size());
        for (ChecklistDue d : due) {
            entries.add(new ChecklistEntry(d.item(), Optional.ofNullable(d.due()),
                    done.contains(new ChecklistDone(d.item(), d.change())), d.stakeholders()));
        }
        return entries;
    }

    /** Whom to ping about a broadcast: in the rules' order, each role once, at its first place. */
    private static List<Assignment> pings(Facts facts) {
        List<Ping> pings = new ArrayList<>(facts.all(Ping.class));
        pings.sort(BY_PLACE);
        Set<EscalationRole> named = EnumSet.noneOf(EscalationRole.class);
        List<Assignment> assignments = new ArrayList<>(pings.size());
        for (Ping ping : pings) {
            if (named.add(ping.role())) {
                assignments.add(Assignment.of(ping.role(), ping.name()));
            }
        }
        return assignments;
    }

    private static Conversion conversion(Facts facts, Evaluation evaluation) {
        boolean recommended = facts.any(ConversionRecommended.class);
        List<ConversionTrigger> unmet = new ArrayList<>();
        for (Unmet u : facts.all(Unmet.class)) {
            unmet.add(u.trigger());
        }
        unmet.sort(null);
        return new Conversion(recommended, facts.sorted(ConversionTrigger.class), facts.sorted(Action.class),
                recommended ? contacts(facts) : List.of(), evaluation.of(Conversion.CLAUSES), unmet);
    }

    /** Whom support reaches out to, in the order the rules gave. */
    private static List<Assignment> contacts(Facts facts) {
        List<Contact> contacts = new ArrayList<>(facts.all(Contact.class));
        contacts.sort(BY_POSITION);
        List<Assignment> assignments = new ArrayList<>(contacts.size());
        for (Contact c : contacts) {
            assignments.add(Assignment.of(c.role(), c.name()));
        }
        return assignments;
    }

    private static Plan plan(Escalation escalation, Facts facts, Evaluation evaluation) {
        return new Plan(escalation.severity(), facts.one(PeakSeverity.class, "peak severity").severity(),
                facts.one(Cadence.class, "cadence"), facts.sorted(Stakeholder.class),
                facts.assigned(Responsibility.DRI).orElseThrow(() -> missing("DRI")),
                facts.assigned(Responsibility.LEAD_TECHNICAL_COLLABORATOR), facts.assigned(Responsibility.CASE_OWNER),
                contacts(facts),
                facts.any(ProductDriRequired.class), facts.atMostOne(ProductLeader.class, "product leader"),
                facts.one(SuggestedChannel.class, "channel").name(), checklist(facts),
                evaluation.of(Plan.CLAUSES), facts.one(EscalationState.class, "state"));
    }

    private static IllegalStateException missing(String what) {
        return new IllegalStateException("the rules decided no " + what + " for an in-scope escalation");
    }

    private static int codeRank(String code) {
        return FindingCode.standard(code).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    private static int firstEnumOrdinal(Finding finding) {
        for (Object value : finding.details().values()) {
            if (value instanceof Enum<?> constant) {
                return constant.ordinal();
            }
        }
        return -1;
    }

    private static Instant firstInstant(Finding finding) {
        for (Map.Entry<String, Object> detail : finding.details().entrySet()) {
            if (detail.getValue() instanceof Instant instant) {
                return instant;
            }
        }
        return null;
    }

    /** The facts of one evaluation, indexed by class in one pass. */
    private static final class Facts {
        private final Map<Class<?>, List<Object>> byClass = new HashMap<>();

        Facts(List<Object> facts) {
            for (Object fact : facts) {
                byClass.computeIfAbsent(fact.getClass(), c -> new ArrayList<>(4)).add(fact);
            }
        }

        boolean any(Class<?> type) {
            return byClass.containsKey(type);
        }

        /** Facts of exactly this class: every derived fact type is a record or an enum, so there are no subclasses. */
        @SuppressWarnings("unchecked")
        <T> List<T> all(Class<T> type) {
            return (List<T>) byClass.getOrDefault(type, List.of());
        }

        <E extends Enum<E>> List<E> sorted(Class<E> type) {
            List<E> constants = new ArrayList<>(all(type));
            constants.sort(null);
            return constants;
        }

        <T> T one(Class<T> type, String what) {
            return atMostOne(type, what).orElseThrow(() -> missing(what));
        }

        <T> Optional<T> atMostOne(Class<T> type, String what) {
            List<T> found = all(type);
            if (found.size() > 1) {
                throw new IllegalStateException("the rules decided " + found.size() + " values of " + what + ": "
                        + found);
            }
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }

        Optional<Assignment> assigned(Responsibility responsibility) {
            Assigned found = null;
            for (Assigned a : all(Assigned.class)) {
                if (a.responsibility() == responsibility) {
                    if (found != null) {
                        throw new IllegalStateException("the rules assigned two roles as " + responsibility + ": "
                                + found + ", " + a);
                    }
                    found = a;
                }
            }
            return found == null ? Optional.empty() : Optional.of(Assignment.of(found.role(), found.name()));
        }
    }
}
