package dev.escalation.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.Finding;
import dev.escalation.decision.MessageDraft;
import dev.escalation.decision.Moment;
import dev.escalation.decision.Plan;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes an assessment as the JSON of POLICY.md section 3 (version 2), plus {@code messages} (the drafts of this
 * moment, keyed {@code declaration}, {@code channelOpening}, {@code dailyUpdate}, {@code closureUpdate}, each
 * {@code {text, missing}}; present whenever there is a plan) and {@code policyVersion}. The mapping is spelled out
 * here, key by key, so the contract is visible in one place: keys in the documented order, a part absent when the
 * case gave nothing to decide it, instants as UTC ISO-8601 ({@code Instant.toString()}), durations as ISO-8601
 * ({@code PT24H1M}), enums by name.
 */
final class AssessmentWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AssessmentWriter() {
    }

    /**
     * @param assessment the assessment
     * @return its JSON tree
     */
    static ObjectNode write(Assessment assessment) {
        ObjectNode out = JSON.objectNode();
        out.put("inScope", assessment.inScope());
        assessment.conversion().ifPresent(c -> out.set("conversion", conversion(c)));
        assessment.routes().ifPresent(routes -> out.set("routes", names(routes)));
        assessment.suggestedSeverity().ifPresent(severity -> out.put("suggestedSeverity", severity.name()));
        assessment.plan().ifPresent(plan -> out.set("plan", plan(plan)));
        ArrayNode findings = out.putArray("findings");
        assessment.findings().forEach(f -> findings.add(finding(f)));
        assessment.closure().ifPresent(c -> out.set("closure", closure(c)));
        assessment.broadcast().ifPresent(b -> out.put("broadcast", b));
        if (assessment.plan().isPresent()) {
            ObjectNode messages = out.putObject("messages");
            assessment.messages().forEach((kind, message) -> messages.set(kind.key(), message(message)));
        }
        ArrayNode explanation = out.putArray("explanation");
        assessment.explanation().forEach(e -> explanation.add(explanation(e)));
        out.put("policyVersion", assessment.policyVersion());
        return out;
    }

    /**
     * @param moment a point of a replayed timeline
     * @return {@code {at, appeared, cleared, ...the assessment's keys}}, findings named by subject
     */
    static ObjectNode write(Moment moment) {
        ObjectNode out = JSON.objectNode();
        out.put("at", moment.at().toString());
        ArrayNode appeared = out.putArray("appeared");
        moment.appeared().forEach(f -> appeared.add(finding(f)));
        ArrayNode cleared = out.putArray("cleared");
        moment.cleared().forEach(f -> cleared.add(finding(f)));
        out.setAll(write(moment.assessment()));
        return out;
    }

    private static ObjectNode conversion(Conversion conversion) {
        ObjectNode out = JSON.objectNode();
        out.put("recommended", conversion.recommended());
        out.set("triggers", names(conversion.triggers()));
        out.set("actions", names(conversion.actions()));
        if (conversion.recommended() || !conversion.contacts().isEmpty()) {
            contacts(out, conversion.contacts());
        }
        return out;
    }

    private static ObjectNode plan(Plan plan) {
        ObjectNode out = JSON.objectNode();
        out.put("severity", plan.severity().name());
        out.put("peakSeverity", plan.peakSeverity().name());
        out.put("cadence", plan.cadence().name());
        out.set("involvement", names(plan.involvement()));
        out.set("dri", assignment(plan.dri()));
        out.set("leadTechnicalCollaborator", plan.leadTechnicalCollaborator().<JsonNode>map(
                AssessmentWriter::assignment).orElse(JSON.nullNode()));
        out.set("caseOwner", plan.caseOwner().<JsonNode>map(AssessmentWriter::assignment).orElse(JSON.nullNode()));
        contacts(out, plan.contacts());
        out.put("productDriRequired", plan.productDriRequired());
        out.set("productLeader", plan.productLeader().<JsonNode>map(l -> JSON.textNode(l.name()))
                .orElse(JSON.nullNode()));
        out.put("channel", plan.channel());
        ArrayNode checklist = out.putArray("checklist");
        plan.checklist().forEach(entry -> checklist.add(checklistEntry(entry)));
        return out;
    }

    /**
     * {@code contacts} are role names (POLICY.md 3); {@code contactNames}, added, the person of each in the same order,
     * {@code null} when unknown, so that the assessment can be read back whole.
     */
    private static void contacts(ObjectNode out, List<Assignment> contacts) {
        out.set("contacts", names(contacts.stream().map(Assignment::role).toList()));
        ArrayNode names = out.putArray("contactNames");
        contacts.forEach(contact -> names.add(contact.name().<JsonNode>map(JSON::textNode).orElse(JSON.nullNode())));
    }

    private static ObjectNode assignment(Assignment assignment) {
        ObjectNode out = JSON.objectNode();
        out.put("role", assignment.role().name());
        out.set("name", assignment.name().<JsonNode>map(JSON::textNode).orElse(JSON.nullNode()));
        return out;
    }

    private static ObjectNode checklistEntry(ChecklistEntry entry) {
        ObjectNode out = JSON.objectNode();
        out.put("item", entry.item().name());
        out.set("due", entry.due().<JsonNode>map(due -> JSON.textNode(due.toString())).orElse(JSON.nullNode()));
        out.put("done", entry.done());
        return out;
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode out = JSON.objectNode();
        out.put("code", finding.code());
        for (Map.Entry<String, Object> detail : finding.details().entrySet()) {
            out.set(detail.getKey(), value(detail.getValue()));
        }
        return out;
    }

    private static ObjectNode closure(ClosureDecision closure) {
        ObjectNode out = JSON.objectNode();
        out.put("ready", closure.ready());
        out.set("blockers", names(closure.blockers()));
        out.set("steps", names(closure.steps()));
        return out;
    }

    private static ObjectNode message(MessageDraft message) {
        ObjectNode out = JSON.objectNode();
        out.put("text", message.text());
        ArrayNode missing = out.putArray("missing");
        message.missing().forEach(missing::add);
        return out;
    }

    private static ObjectNode explanation(Explanation explanation) {
        ObjectNode out = JSON.objectNode();
        out.put("id", explanation.ruleId());
        out.put("rule", explanation.rule());
        out.put("section", explanation.section());
        out.put("reason", explanation.reason());
        return out;
    }

    private static ArrayNode names(Collection<? extends Enum<?>> values) {
        ArrayNode out = JSON.arrayNode();
        values.forEach(v -> out.add(v.name()));
        return out;
    }

    /** A finding's detail: numbers and booleans as such, enums by name, everything else as its text. */
    static JsonNode value(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return JSON.numberNode(decimal);
        }
        if (value instanceof java.math.BigInteger integer) {
            return JSON.numberNode(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            return JSON.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return JSON.numberNode(((Number) value).intValue());
        }
        if (value instanceof Number number) {
            return JSON.numberNode(number.longValue());
        }
        if (value instanceof Enum<?> e) {
            return JSON.textNode(e.name());
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode out = JSON.arrayNode();
            collection.forEach(v -> out.add(value(v)));
            return out;
        }
        return JSON.textNode(value.toString());
    }
}
