package dev.escalation.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Moment;
import dev.escalation.settings.PolicySettings;
import dev.escalation.validation.InvalidEscalationInputException;

/**
 * The JSON of the {@code decide} command (POLICY.md section 3) as text: a case with its {@code now} and policy
 * settings in, an assessment out, each also the other way. The bytes are those {@code decide} prints: keys in the
 * documented order, a part absent when the case gave nothing to decide it, instants as {@code Instant.toString()}
 * prints them, durations in ISO-8601, enums by name; the same assessment always gives the same bytes. Added to
 * POLICY.md, so that an assessment read back equals the one written: {@code contactNames} beside each
 * {@code contacts} (the person of each contact, or {@code null}) and {@code id} first in each explanation entry (the
 * rule id, whose policy clause says which part of the assessment the rule explains).
 *
 * <p>Reading names every field at fault at once, in one {@link InvalidEscalationInputException} whose message is the
 * line {@code decide} prints: malformed JSON, duplicate and unknown keys, wrong types, unknown or repeated enum names,
 * then the checks of {@link dev.escalation.validation.CaseValidator}.
 *
 * <p>For an {@code ObjectMapper} (a service's, Spring Boot's) register {@link EscalationJsonModule}: it writes and
 * reads the same shapes, byte for byte.
 *
 * <p>Thread-safe; every method is a pure function of its argument.
 *
 * <p><b>Stability:</b> stable API.
 */
public final class EscalationJson {

    /** Writes through the module, so that this class and any mapper with the module write the same bytes. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new EscalationJsonModule()).build();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private EscalationJson() {
    }

    /**
     * @param json one JSON object: {@code now}, {@code account} and any of {@code emergency}, {@code situation},
     *             {@code escalation}, {@code event}
     * @return the case and its {@code now}, valid
     * @throws InvalidEscalationInputException naming every field at fault
     */
    public static CaseInput readCase(String json) {
        return CaseReader.read(TreeReader.parse(json));
    }

    /**
     * @param json one JSON object with the names of {@link PolicySettings}'s fields; a setting left out keeps its
     *             default, e.g. {@code {"conversionThreshold": "PT2H", "customerUpdateGaps": {"STANDARD": "P30D"},
     *             "calendar": {"zone": "Europe/Berlin"}}}
     * @return the settings, over the defaults
     * @throws InvalidEscalationInputException naming every field at fault as {@code settings.<name>}
     */
    public static PolicySettings readSettings(String json) {
        return SettingsReader.read(TreeReader.parse(json));
    }

    /**
     * Reads back what {@link #writePretty(Assessment)} or {@link #writeCompact(Assessment)} wrote: the result equals
     * the assessment written. Finding details come back with their Java types for the standard codes, as their JSON
     * types for codes of custom rules; keys this version does not know are ignored.
     *
     * @param json one assessment
     * @return the assessment
     * @throws InvalidEscalationInputException naming every field at fault
     */
    public static Assessment readAssessment(String json) {
        return AssessmentReader.read(TreeReader.parse(json));
    }

    /**
     * @param json one point of a replayed timeline, as {@link #writeCompact(Moment)} writes it
     * @return the moment, equal to the one written
     * @throws InvalidEscalationInputException naming every field at fault
     */
    public static Moment readMoment(String json) {
        return AssessmentReader.readMoment(TreeReader.parse(json));
    }

    /**
     * @param input a case and the instant to decide it as of
     * @return the {@code decide} input, indented, that {@link #readCase(String)} reads back equal when the case is
     *         valid
     */
    public static String writeCase(CaseInput input) {
        return write(PRETTY, input);
    }

    /**
     * @param assessment an assessment
     * @return its JSON, indented as {@code decide} prints it (without a final line break)
     */
    public static String writePretty(Assessment assessment) {
        return write(PRETTY, assessment);
    }

    /**
     * @param assessment an assessment
     * @return its JSON on one line, as {@code decide --jsonl} prints it (without a final line break)
     */
    public static String writeCompact(Assessment assessment) {
        return write(COMPACT, assessment);
    }

    /**
     * @param moment a point of a replayed timeline
     * @return {@code {at, appeared, cleared, ...the assessment's keys}} on one line, as {@code decide --replay}
     *         prints it (without a final line break)
     */
    public static String writeCompact(Moment moment) {
        return write(COMPACT, moment);
    }

    /**
     * @param settings policy settings
     * @return every setting, indented, as {@link #readSettings(String)} reads them back equal
     */
    public static String writeSettings(PolicySettings settings) {
        return write(PRETTY, settings);
    }

    /**
     * @param assessment an assessment
     * @return the tree of what {@link #writeCompact(Assessment)} writes, for comparing outputs key by key
     */
    static ObjectNode tree(Assessment assessment) {
        return MAPPER.valueToTree(assessment);
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
