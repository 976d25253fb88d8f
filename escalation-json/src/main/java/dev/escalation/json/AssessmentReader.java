package dev.escalation.json;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.escalation.decision.MessageDraft;
import dev.escalation.decision.MessageKind;
import dev.escalation.decision.Moment;
import dev.escalation.decision.Plan;
import dev.escalation.decision.ProductLeader;
import dev.escalation.decision.Route;
import dev.escalation.decision.Stakeholder;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.Cadence;
import dev.escalation.model.Severity;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads back what {@link AssessmentWriter} writes. The assessment's explanation is read once; each part's own
 * explanation is the subset whose policy clause the part's {@code CLAUSES} name, as the policy assembles it. Finding
 * details get their Java types from {@link FindingDetails}. Keys this reader does not know are ignored, since
 * POLICY.md allows adding keys; a key the writer always writes is required, and every field at fault is named.
 */
final class AssessmentReader extends TreeReader {

    private List<Explanation> explanation = List.of();

    private AssessmentReader() {
    }

    /**
     * @param root an assessment as a JSON tree
     * @return the assessment
     * @throws InvalidEscalationInputException naming every field at fault
     */
    static Assessment read(JsonNode root) {
        AssessmentReader reader = new AssessmentReader();
        Fields f = reader.fields(root, "");
        reader.throwIfProblems();
        Assessment assessment = reader.assessment(f);
        reader.throwIfProblems();
        return assessment;
    }

    /**
     * @param root a point of a replayed timeline, {@code {at, appeared, cleared, ...the assessment's keys}}
     * @return the moment
     * @throws InvalidEscalationInputException naming every field at fault
     */
    static Moment readMoment(JsonNode root) {
        AssessmentReader reader = new AssessmentReader();
        Fields f = reader.fields(root, "");
        reader.throwIfProblems();
        Instant at = f.required("at", f.instant("at"));
        List<Finding> appeared = reader.elements(f, "appeared", true, reader::finding);
        List<Finding> cleared = reader.elements(f, "cleared", true, reader::finding);
        Assessment assessment = reader.assessment(f);
        reader.throwIfProblems();
        return new Moment(at, assessment, appeared, cleared);
    }

    /** The assessment, or {@code null} when anything in it is at fault (and reported). */
    private Assessment assessment(Fields f) {
        int before = problems.size();
        // The parts' explanations are subsets of this one, so it is read first; its faults are named in their place.
        explanation = elements(f, "explanation", true, this::explanation);
        List<Violation> explanationProblems = new ArrayList<>(problems.subList(before, problems.size()));
        problems.subList(before, problems.size()).clear();
        boolean inScope = requiredBool(f, "inScope");
        Optional<Conversion> conversion = Optional.ofNullable(f.object("conversion", this::conversion));
        Optional<Set<Route>> routes = f.has("routes")
                ? Optional.of(new LinkedHashSet<>(constants(f, "routes", false, Route.class))) : Optional.empty();
        Optional<Severity> suggested = Optional.ofNullable(f.enumOf("suggestedSeverity", Severity.class));
        Optional<Plan> plan = Optional.ofNullable(f.object("plan", this::plan));
        List<Finding> findings = elements(f, "findings", true, this::finding);
        Optional<ClosureDecision> closure = Optional.ofNullable(f.object("closure", this::closure));
        Optional<Boolean> broadcast = Optional.ofNullable(f.optionalBool("broadcast"));
        Optional<List<Assignment>> toNotify = f.has("notify")
                ? Optional.of(elements(f, "notify", false, this::assignment)) : Optional.empty();
        int beforeUpcoming = problems.size();
        List<Upcoming> upcoming = elements(f, "upcoming", true, this::upcoming);
        nextReviewAt(f, upcoming, problems.size() == beforeUpcoming);
        Map<MessageKind, MessageDraft> messages = f.has("messages") ? messages(f.node("messages"),
                f.path("messages")) : Map.of();
        problems.addAll(explanationProblems);
        String policyVersion = f.required("policyVersion", f.string("policyVersion"));
        if (problems.size() > before) {
            return null;
        }
        return new Assessment(inScope, conversion, routes, suggested, plan, findings, closure, broadcast,
                messages, explanation, policyVersion, toNotify, upcoming);
    }

    /**
     * {@code nextReviewAt} is derived from {@code upcoming}: it must be their first instant, or absent when there are
     * none. Compared only when every upcoming entry could be read, so that one fault is not named twice.
     */
    private void nextReviewAt(Fields f, List<Upcoming> upcoming, boolean upcomingRead) {
        Instant written = f.instant("nextReviewAt");
        Optional<Instant> first = upcoming.stream().map(Upcoming::at).min(Instant::compareTo);
        if (!upcomingRead) {
            return;
        }
        if (first.isPresent() && !f.has("nextReviewAt")) {
            f.required("nextReviewAt", null);
        } else if (written != null && !first.equals(Optional.of(written))) {
            problems.add(new Violation(f.path("nextReviewAt"), "must be the first instant of upcoming ("
                    + first.map(Instant::toString).orElse("none: then nextReviewAt is absent") + "), was "
                    + written));
        }
    }

    private Upcoming upcoming(JsonNode node, String path) {
        Fields f = fields(node, path);
        if (f == null) {
            return null;
        }
        String code = f.required("code", f.string("code"));
        Instant at = f.required("at", f.instant("at"));
        ChecklistItem item = f.enumOf("item", ChecklistItem.class);
        ClosureStep step = f.enumOf("step", ClosureStep.class);
        return code == null || at == null ? null
                : new Upcoming(code, at, Optional.ofNullable(item), Optional.ofNullable(step));
    }

    private Conversion conversion(JsonNode node, String path) {
        Fields f = fields(node, path);
        if (f == null) {
            return null;
        }
        int before = problems.size();
        boolean recommended = requiredBool(f, "recommended");
        List<ConversionTrigger> triggers = constants(f, "triggers", true, ConversionTrigger.class);
        List<Action> actions = constants(f, "actions", true, Action.class);
        List<ConversionTrigger> unmet = constants(f, "unmet", true, ConversionTrigger.class);
        List<Assignment> contacts = contacts(f, false);
        return problems.size() > before ? null : new Conversion(recommended, triggers, actions, contacts,
                part(Conversion.CLAUSES), unmet);
    }

    private Plan plan(JsonNode node, String path) {
        Fields f = fields(node, path);
        if (f == null) {
            return null;
        }
        int before = problems.size();
        Severity severity = f.required("severity", f.enumOf("severity", Severity.class));
        Severity peakSeverity = f.required("peakSeverity", f.enumOf("peakSeverity", Severity.class));
        Cadence cadence = f.required("cadence", f.enumOf("cadence", Cadence.class));
        List<Stakeholder> involvement = constants(f, "involvement", true, Stakeholder.class);
        Assignment dri = f.required("dri", f.object("dri", this::assignment));
        Optional<Assignment> lead = Optional.ofNullable(f.object("leadTechnicalCollaborator", this::assignment));
        Optional<Assignment> caseOwner = Optional.ofNullable(f.object("caseOwner", this::assignment));
        List<Assignment> contacts = contacts(f, true);
        boolean productDriRequired = requiredBool(f, "productDriRequired");
        Optional<ProductLeader> productLeader = Optional.ofNullable(f.enumOf("productLeader", ProductLeader.class));
        String channel = f.required("channel", f.string("channel"));
        List<ChecklistEntry> checklist = elements(f, "checklist", true, this::checklistEntry);
        EscalationState state = f.required("state", f.enumOf("state", EscalationState.class));
        return problems.size() > before ? null : new Plan(severity, peakSeverity, cadence, involvement, dri, lead,
                caseOwner, contacts, productDriRequired, productLeader, channel, checklist, part(Plan.CLAUSES),
                state);
    }

    /** {@code contacts} (role names) and the added {@code contactNames}: absent names are unknown. */
    private List<Assignment> contacts(Fields f, boolean required) {
        List<EscalationRole> roles = constants(f, "contacts", required, EscalationRole.class);
        List<String> names = f.list("contactNames", this::text);
        if (f.has("contactNames") && names.size() != roles.size()) {
            problems.add(new Violation(f.path("contactNames"), "must name one person, or null, per contact ("
                    + roles.size() + " contacts, " + names.size() + " names)"));
            return List.of();
        }
        List<Assignment> contacts = new ArrayList<>(roles.size());
        for (int i = 0; i < roles.size(); i++) {
            contacts.add(Assignment.of(roles.get(i), names.isEmpty() ? null : names.get(i)));
        }
        return contacts;
    }

    private Assignment assignment(JsonNode node, String path) {
        Fields f = fields(node, path);
        if (f == null) {
            return null;
        }
        EscalationRole role = f.required("role", f.enumOf("role", EscalationRole.class));
        String name = f.string("name");
        return role == null ? null : Assignment.of(role, name);
    }

    private ChecklistEntry checklistEntry(JsonNode node, String path) {
        Fields f = fields(node, path);
        if (f == null) {
            return null;
        }
        ChecklistItem item = f.required("item", f.enumOf("item", ChecklistItem.class));
        Instant due = f.instant("due");
        boolean done = requiredBool(f, "done");
        // The writer names the stakeholders of every INFORM_NEWLY_INVOLVED entry, none or some.
        List<Stakeholder> stakeholders = constants(f, "stakeholders", item == ChecklistItem.INFORM_NEWLY_INVOLVED,
                Stakeholder.class);
        return item == null ? null : new ChecklistEntry(item, Optional.ofNullable(due), done, stakeholders);
    }

    private Finding finding(JsonNode node, String path) {
        Fields f = fields(node, path);
        if (f == null) {
            return null;
        }
        String code = f.required("code", f.string("code"));
        if (code == null) {
            return null;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> detail : node.properties()) {
            if (!detail.getKey().equals("code")) {
                details.put(detail.getKey(), FindingDetails.read(code, detail.getKey(), detail.getValue()));
            }
        }
        return new Finding(code, details);
    }

    private ClosureDecision closure(JsonNode node, String path) {
        Fields f = fields(node, path);
        if (f == null) {
            return null;
        }
        int before = problems.size();
        boolean ready = requiredBool(f, "ready");
        List<Blocker> blockers = constants(f, "blockers", true, Blocker.class);
        List<ClosureStep> steps = constants(f, "steps", true, ClosureStep.class);
        return problems.size() > before ? null : new ClosureDecision(ready, blockers, steps,
                part(ClosureDecision.CLAUSES));
    }

    /** The drafts by {@link MessageKind#key()}; a message of a kind this version does not know is skipped. */
    private Map<MessageKind, MessageDraft> messages(JsonNode node, String path) {
        Fields f = fields(node, path);
        Map<MessageKind, MessageDraft> messages = new EnumMap<>(MessageKind.class);
        if (f == null) {
            return messages;
        }
        for (MessageKind kind : MessageKind.values()) {
            MessageDraft draft = f.object(kind.key(), this::message);
            if (draft != null) {
                messages.put(kind, draft);
            }
        }
        return messages;
    }

    private MessageDraft message(JsonNode node, String path) {
        Fields f = fields(node, path);
        if (f == null) {
            return null;
        }
        String text = f.required("text", f.string("text"));
        List<String> missing = elements(f, "missing", true, this::text);
        return text == null ? null : new MessageDraft(text, missing);
    }

    private Explanation explanation(JsonNode node, String path) {
        Fields f = fields(node, path);
        if (f == null) {
            return null;
        }
        String id = f.required("id", f.string("id"));
        String rule = f.required("rule", f.string("rule"));
        String section = f.required("section", f.string("section"));
        String reason = f.required("reason", f.string("reason"));
        return id == null || rule == null || section == null || reason == null ? null
                : new Explanation(id, rule, section, reason);
    }

    /** The part of the assessment's explanation whose rules belong to these clauses, as the policy assembles it. */
    private List<Explanation> part(List<String> clauses) {
        return explanation.stream().filter(e -> clauses.contains(e.policyClause())).toList();
    }

    private boolean requiredBool(Fields f, String name) {
        return Boolean.TRUE.equals(f.required(name, f.optionalBool(name)));
    }

    private <E extends Enum<E>> List<E> constants(Fields f, String name, boolean required, Class<E> type) {
        return elements(f, name, required, (n, p) -> constant(n, p, type));
    }

    /** A list's elements; a {@code null} element is named, since no list of an assessment holds one. */
    private <T> List<T> elements(Fields f, String name, boolean required, BiFunction<JsonNode, String, T> element) {
        if (required) {
            f.required(name, null);
        }
        List<T> read = f.list(name, element);
        List<T> elements = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i) != null) {
                elements.add(read.get(i));
            } else if (f.node(name).get(i).isNull()) {
                problems.add(new Violation(f.path(name) + "[" + i + "]", "must not be null"));
            }
        }
        return elements;
    }
}
