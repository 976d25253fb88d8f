package dev.escalation.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.escalation.decision.Plan;
import dev.escalation.decision.ProductLeader;
import dev.escalation.decision.Route;
import dev.escalation.decision.Stakeholder;
import dev.escalation.decision.Upcoming;
import dev.escalation.json.EscalationJson;
import dev.escalation.model.Cadence;
import dev.escalation.model.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys {@code decide} can write, to tell a path that cannot exist in its output (an error of the scenario) from
 * one that is merely absent from this output (a mismatch). The shape is not restated here: it is what
 * {@link EscalationJson} writes for an assessment with every part present, so a key added to the format is known
 * here at once.
 */
final class OutputFormat {

    /**
     * Every key a decision can hold, each list with one element of its shape: the union of its elements' keys, since
     * not every element has every key (only an {@code INFORM_NEWLY_INVOLVED} entry has {@code stakeholders}, an
     * upcoming entry has {@code item} or {@code step}).
     */
    private static final JsonNode FULL = merged(JsonValues.tree(EscalationJson.writeCompact(fullAssessment())));

    /** Below a finding, any key: custom rules give their findings details of their own. */
    private static final String OPEN = "findings";

    private OutputFormat() {
    }

    /**
     * @param path a dotted path such as {@code plan.dri.role} or {@code findings.0.gap}
     * @return why decide's output can never hold it, or empty when it can
     */
    static Optional<String> problem(String path) {
        String[] segments = path.split("\\.", -1);
        JsonNode node = FULL;
        String at = "";
        for (String segment : segments) {
            if (segment.isEmpty()) {
                return Optional.of("not a path of decide's output: an empty key between dots");
            }
            if (node.isObject()) {
                if (!node.has(segment) && at.isEmpty()) {
                    return Optional.of("unknown key: neither one of findings, findings+, findings-, rules+, rules-, "
                            + "at, nor a path of decide's output (which has " + keys(node) + ")");
                }
                if (!node.has(segment)) {
                    return Optional.of("not a path of decide's output: " + at + " has no key \"" + segment + "\" ("
                            + at + " has " + keys(node) + ")");
                }
                node = node.get(segment);
            } else if (node.isArray()) {
                if (!segment.chars().allMatch(Character::isDigit) || segment.length() > 9) {
                    return Optional.of("not a path of decide's output: " + at + " is a list, so the key after it is "
                            + "an index from 0 (" + at + ".0), not \"" + segment + "\"");
                }
                if (at.equals(OPEN)) {
                    return Optional.empty();
                }
                node = node.get(0);
            } else {
                return Optional.of("not a path of decide's output: " + at + " is a single value, without \""
                        + segment + "\" or any other key");
            }
            at = at.isEmpty() ? segment : at + "." + segment;
        }
        return Optional.empty();
    }

    /**
     * @param output a decision as JSON
     * @param path   a path {@link #problem(String)} accepts
     * @return the value there, or {@code null} when this decision has none (a part left out, a list too short)
     */
    static JsonNode valueAt(JsonNode output, String path) {
        JsonNode node = output;
        for (String segment : path.split("\\.", -1)) {
            if (node == null) {
                return null;
            }
            if (node.isObject()) {
                node = node.get(segment);
            } else if (node.isArray() && segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
                int index = Integer.parseInt(segment);
                node = index < node.size() ? node.get(index) : null;
            } else {
                return null;
            }
        }
        return node;
    }

    /** The node with each list reduced to one element that holds the keys of all its elements. */
    private static JsonNode merged(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = JsonValues.MAPPER.createObjectNode();
            node.fields().forEachRemaining(field -> object.set(field.getKey(), merged(field.getValue())));
            return object;
        }
        if (node.isArray() && !node.isEmpty()) {
            JsonNode shape = merged(node.get(0));
            for (int i = 1; i < node.size() && shape.isObject(); i++) {
                JsonNode element = merged(node.get(i));
                ObjectNode union = (ObjectNode) shape;
                element.fields().forEachRemaining(field -> union.putIfAbsent(field.getKey(), field.getValue()));
            }
            ArrayNode array = JsonValues.MAPPER.createArrayNode();
            array.add(shape);
            return array;
        }
        return node;
    }

    private static String keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return String.join(", ", keys);
    }

    /** An assessment with every optional part present and an element of every shape in every list. */
    private static Assessment fullAssessment() {
        Assignment someone = Assignment.of(EscalationRole.CSM, "someone");
        List<Explanation> why = List.of(new Explanation("1/rule", "rule", "section", "reason"));
        Conversion conversion = new Conversion(true, List.of(ConversionTrigger.values()[0]),
                List.of(Action.values()[0]), List.of(someone), why, List.of(ConversionTrigger.values()[1]));
        Plan plan = new Plan(Severity.HIGH, Severity.HIGH, Cadence.DAILY, List.of(Stakeholder.values()[0]), someone,
                Optional.of(someone), Optional.of(someone), List.of(someone), true,
                Optional.of(ProductLeader.values()[0]), "#esc_full",
                List.of(new ChecklistEntry(ChecklistItem.values()[0], Optional.of(Instant.EPOCH), true),
                        new ChecklistEntry(ChecklistItem.INFORM_NEWLY_INVOLVED, Optional.of(Instant.EPOCH), false,
                                List.of(Stakeholder.values()[0]))), why, EscalationState.OPEN);
        ClosureDecision closure = new ClosureDecision(true, List.of(Blocker.values()[0]),
                List.of(ClosureStep.values()[0]), why);
        Map<MessageKind, MessageDraft> messages = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            messages.put(kind, new MessageDraft("text", List.of("missing")));
        }
        List<Upcoming> upcoming = List.of(Upcoming.of("CODE", Instant.EPOCH),
                new Upcoming("CHECKLIST_ITEM_OVERDUE", Instant.EPOCH, Optional.of(ChecklistItem.values()[0]),
                        Optional.empty()),
                new Upcoming("CLOSING_STEP_OVERDUE", Instant.EPOCH, Optional.empty(),
                        Optional.of(ClosureStep.values()[0])));
        return new Assessment(true, Optional.of(conversion), Optional.of(Set.of(Route.values()[0])),
                Optional.of(Severity.HIGH), Optional.of(plan), List.of(Finding.of("CODE")), Optional.of(closure),
                Optional.of(true), messages, why, "version", Optional.of(List.of(someone)), upcoming);
    }
}
