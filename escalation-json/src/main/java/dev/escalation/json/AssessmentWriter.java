package dev.escalation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.Finding;
import dev.escalation.decision.MessageDraft;
import dev.escalation.decision.MessageKind;
import dev.escalation.decision.Moment;
import dev.escalation.decision.Plan;
import dev.escalation.decision.Upcoming;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an assessment as the JSON of POLICY.md section 3 (version 3), plus {@code messages} (the drafts of this
 * moment, keyed {@code declaration}, {@code channelOpening}, {@code dailyUpdate}, {@code closureUpdate}, each
 * {@code {text, missing}}; present whenever there is a plan or a draft), which goes after section 3's
 * {@code broadcast, notify, upcoming, nextReviewAt} and before {@code explanation}, and {@code policyVersion}, last.
 * Version 3's keys: {@code conversion.unmet} (always, with a conversion), {@code plan.state}, a checklist entry's
 * {@code stakeholders} (on {@code INFORM_NEWLY_INVOLVED} entries), {@code notify} (a list of {@code {role, name}}, only
 * when the assessment has it), {@code upcoming} (always, {@code {code, at}} with {@code item} or {@code step} when the
 * entry names one) and {@code nextReviewAt} (when something is upcoming). The mapping is spelled out
 * here, key by key, so the contract is visible in one place: keys in the documented order, a part absent when the
 * case gave nothing to decide it, instants as UTC ISO-8601 ({@code Instant.toString()}), durations as ISO-8601
 * ({@code PT24H1M}), enums by name.
 *
 * <p>It writes tokens straight to the generator, never through Jackson's data binding or trees, so no setting of the
 * mapper (dates as timestamps, inclusion of nulls, sorted properties) changes the shape: only the generator's own
 * (pretty printing, escaping) apply, as for any JSON.
 */
final class AssessmentWriter {

    private AssessmentWriter() {
    }

    /**
     * @param assessment the assessment
     * @param out        where to write it, as one JSON object
     * @throws IOException when the generator cannot write
     */
    static void write(Assessment assessment, JsonGenerator out) throws IOException {
        out.writeStartObject();
        fields(assessment, out);
        out.writeEndObject();
    }

    /**
     * @param moment a point of a replayed timeline
     * @param out    where to write {@code {at, appeared, cleared, ...the assessment's keys}}, findings by subject
     * @throws IOException when the generator cannot write
     */
    static void write(Moment moment, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("at", moment.at().toString());
        out.writeArrayFieldStart("appeared");
        for (Finding finding : moment.appeared()) {
            finding(finding, out);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("cleared");
        for (Finding finding : moment.cleared()) {
            finding(finding, out);
        }
        out.writeEndArray();
        fields(moment.assessment(), out);
        out.writeEndObject();
    }

    private static void fields(Assessment assessment, JsonGenerator out) throws IOException {
        out.writeBooleanField("inScope", assessment.inScope());
        if (assessment.conversion().isPresent()) {
            out.writeFieldName("conversion");
            conversion(assessment.conversion().get(), out);
        }
        if (assessment.routes().isPresent()) {
            out.writeFieldName("routes");
            names(assessment.routes().get(), out);
        }
        if (assessment.suggestedSeverity().isPresent()) {
            out.writeStringField("suggestedSeverity", assessment.suggestedSeverity().get().name());
        }
        if (assessment.plan().isPresent()) {
            out.writeFieldName("plan");
            plan(assessment.plan().get(), out);
        }
        out.writeArrayFieldStart("findings");
        for (Finding finding : assessment.findings()) {
            finding(finding, out);
        }
        out.writeEndArray();
        if (assessment.closure().isPresent()) {
            out.writeFieldName("closure");
            closure(assessment.closure().get(), out);
        }
        if (assessment.broadcast().isPresent()) {
            out.writeBooleanField("broadcast", assessment.broadcast().get());
        }
        if (assessment.toNotify().isPresent()) {
            out.writeArrayFieldStart("notify");
            for (Assignment assignment : assessment.toNotify().get()) {
                assignment(Optional.of(assignment), out);
            }
            out.writeEndArray();
        }
        out.writeArrayFieldStart("upcoming");
        for (Upcoming upcoming : assessment.upcoming()) {
            upcoming(upcoming, out);
        }
        out.writeEndArray();
        if (assessment.nextReviewAt().isPresent()) {
            out.writeStringField("nextReviewAt", assessment.nextReviewAt().get().toString());
        }
        // The policy drafts messages only with a plan; drafts made otherwise are written all the same.
        if (assessment.plan().isPresent() || !assessment.messages().isEmpty()) {
            out.writeObjectFieldStart("messages");
            for (Map.Entry<MessageKind, MessageDraft> message : assessment.messages().entrySet()) {
                out.writeFieldName(message.getKey().key());
                message(message.getValue(), out);
            }
            out.writeEndObject();
        }
        out.writeArrayFieldStart("explanation");
        for (Explanation explanation : assessment.explanation()) {
            explanation(explanation, out);
        }
        out.writeEndArray();
        out.writeStringField("policyVersion", assessment.policyVersion());
    }

    private static void conversion(Conversion conversion, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeBooleanField("recommended", conversion.recommended());
        out.writeFieldName("triggers");
        names(conversion.triggers(), out);
        out.writeFieldName("actions");
        names(conversion.actions(), out);
        out.writeFieldName("unmet");
        names(conversion.unmet(), out);
        if (conversion.recommended() || !conversion.contacts().isEmpty()) {
            contacts(conversion.contacts(), out);
        }
        out.writeEndObject();
    }

    private static void plan(Plan plan, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("severity", plan.severity().name());
        out.writeStringField("peakSeverity", plan.peakSeverity().name());
        out.writeStringField("cadence", plan.cadence().name());
        out.writeFieldName("involvement");
        names(plan.involvement(), out);
        out.writeFieldName("dri");
        assignment(Optional.of(plan.dri()), out);
        out.writeFieldName("leadTechnicalCollaborator");
        assignment(plan.leadTechnicalCollaborator(), out);
        out.writeFieldName("caseOwner");
        assignment(plan.caseOwner(), out);
        contacts(plan.contacts(), out);
        out.writeBooleanField("productDriRequired", plan.productDriRequired());
        out.writeFieldName("productLeader");
        text(plan.productLeader().map(Enum::name), out);
        out.writeStringField("channel", plan.channel());
        out.writeArrayFieldStart("checklist");
        for (ChecklistEntry entry : plan.checklist()) {
            out.writeStartObject();
            out.writeStringField("item", entry.item().name());
            out.writeFieldName("due");
            text(entry.due().map(Object::toString), out);
            out.writeBooleanField("done", entry.done());
            // Only the item of a severity change names stakeholders; any other entry that does is written whole.
            if (entry.item() == ChecklistItem.INFORM_NEWLY_INVOLVED || !entry.stakeholders().isEmpty()) {
                out.writeFieldName("stakeholders");
                names(entry.stakeholders(), out);
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeStringField("state", plan.state().name());
        out.writeEndObject();
    }

    /**
     * {@code contacts} are role names (POLICY.md 3); {@code contactNames}, added, the person of each in the same order,
     * {@code null} when unknown, so that the assessment can be read back whole.
     */
    private static void contacts(List<Assignment> contacts, JsonGenerator out) throws IOException {
        out.writeFieldName("contacts");
        names(contacts.stream().map(Assignment::role).toList(), out);
        out.writeArrayFieldStart("contactNames");
        for (Assignment contact : contacts) {
            text(contact.name(), out);
        }
        out.writeEndArray();
    }

    /** {@code {role, name}}, the name {@code null} when unknown; {@code null} when nobody has the part. */
    private static void assignment(Optional<Assignment> assignment, JsonGenerator out) throws IOException {
        if (assignment.isEmpty()) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeStringField("role", assignment.get().role().name());
        out.writeFieldName("name");
        text(assignment.get().name(), out);
        out.writeEndObject();
    }

    private static void finding(Finding finding, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("code", finding.code());
        for (Map.Entry<String, Object> detail : finding.details().entrySet()) {
            out.writeFieldName(detail.getKey());
            value(detail.getValue(), out);
        }
        out.writeEndObject();
    }

    /** {@code {code, at}}, with {@code item} or {@code step} when the entry names one. */
    private static void upcoming(Upcoming upcoming, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("code", upcoming.code());
        out.writeStringField("at", upcoming.at().toString());
        if (upcoming.item().isPresent()) {
            out.writeStringField("item", upcoming.item().get().name());
        }
        if (upcoming.step().isPresent()) {
            out.writeStringField("step", upcoming.step().get().name());
        }
        out.writeEndObject();
    }

    private static void closure(ClosureDecision closure, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeBooleanField("ready", closure.ready());
        out.writeFieldName("blockers");
        names(closure.blockers(), out);
        out.writeFieldName("steps");
        names(closure.steps(), out);
        out.writeEndObject();
    }

    private static void message(MessageDraft message, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("text", message.text());
        out.writeArrayFieldStart("missing");
        for (String missing : message.missing()) {
            out.writeString(missing);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void explanation(Explanation explanation, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", explanation.ruleId());
        out.writeStringField("rule", explanation.rule());
        out.writeStringField("section", explanation.section());
        out.writeStringField("reason", explanation.reason());
        out.writeEndObject();
    }

    private static void names(Collection<? extends Enum<?>> values, JsonGenerator out) throws IOException {
        out.writeStartArray();
        for (Enum<?> value : values) {
            out.writeString(value.name());
        }
        out.writeEndArray();
    }

    private static void text(Optional<String> text, JsonGenerator out) throws IOException {
        if (text.isPresent()) {
            out.writeString(text.get());
        } else {
            out.writeNull();
        }
    }

    /**
     * A finding's detail: numbers and booleans as such (a float as the double it widens to), enums by name, a
     * collection as an array of its elements, everything else as its text: {@code Instant.toString()},
     * {@code Duration.toString()}.
     *
     * @param value the detail's value
     * @param out   where to write it
     * @throws IOException when the generator cannot write
     */
    static void value(Object value, JsonGenerator out) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof BigDecimal decimal) {
            out.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            out.writeNumber(integer);
        } else if (value instanceof Double || value instanceof Float) {
            out.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.writeNumber(((Number) value).intValue());
        } else if (value instanceof Number number) {
            out.writeNumber(number.longValue());
        } else if (value instanceof Enum<?> constant) {
            out.writeString(constant.name());
        } else if (value instanceof Collection<?> collection) {
            out.writeStartArray();
            for (Object element : collection) {
                value(element, out);
            }
            out.writeEndArray();
        } else {
            out.writeString(value.toString());
        }
    }
}
