package dev.escalation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Moment;
import dev.escalation.settings.PolicySettings;
import dev.escalation.validation.InvalidEscalationInputException;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code decide} JSON format (POLICY.md section 3) as a Jackson module, so that any {@code ObjectMapper}, a plain
 * one or the one Spring Boot configures, reads and writes the shapes and bytes of {@link EscalationJson}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new EscalationJsonModule());
 * CaseInput input = mapper.readValue(request, CaseInput.class);
 * String json = mapper.writeValueAsString(policy.assess(input.escalationCase(), input.now()));
 * }</pre>
 *
 * <table>
 *   <caption>What the module reads and writes</caption>
 *   <tr><th>type</th><th>reads</th><th>writes</th></tr>
 *   <tr><td>{@link Assessment}</td><td>yes: equal to the one written</td><td>yes</td></tr>
 *   <tr><td>{@link Moment}</td><td>yes: equal to the one written</td><td>yes</td></tr>
 *   <tr><td>{@link CaseInput}</td><td>yes, validated as {@code decide} validates it</td><td>yes: what a client sends
 *   </td></tr>
 *   <tr><td>{@link PolicySettings}</td><td>yes, over the defaults</td><td>yes, every setting</td></tr>
 * </table>
 *
 * <p>Its serializers write every token themselves: the mapper's date, null-inclusion and ordering settings do not
 * change the shape; its pretty printer and character escaping apply as to any JSON. Its deserializers refuse
 * duplicate keys (when the parser reads text, as a mapper reading a string, bytes or a stream does) and name every
 * field at fault at once: they throw a {@link JsonMappingException} whose original message is the line {@code decide}
 * prints and whose cause is the {@link InvalidEscalationInputException} with each violation. Whether content may
 * follow the value is the mapper's setting ({@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}).
 *
 * <p><b>Stability:</b> stable API.
 */
public final class EscalationJsonModule extends Module {

    /** Creates the module; it holds no state, so one instance may be registered with any number of mappers. */
    public EscalationJsonModule() {
    }

    /** @return {@code escalation-json} */
    @Override
    public String getModuleName() {
        return "escalation-json";
    }

    /** @return an unknown version: the library's version is the Maven artifact's */
    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    /** @param context where to register the serializers and deserializers */
    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new SimpleSerializers(List.of(
                new Writing<>(Assessment.class, AssessmentWriter::write),
                new Writing<>(Moment.class, AssessmentWriter::write),
                new Writing<>(PolicySettings.class, SettingsWriter::write),
                new Writing<>(CaseInput.class, CaseWriter::write))));
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Assessment.class, new Reading<>(Assessment.class, AssessmentReader::read));
        deserializers.addDeserializer(Moment.class, new Reading<>(Moment.class, AssessmentReader::readMoment));
        deserializers.addDeserializer(CaseInput.class, new Reading<>(CaseInput.class, CaseReader::read));
        deserializers.addDeserializer(PolicySettings.class, new Reading<>(PolicySettings.class, SettingsReader::read));
        context.addDeserializers(deserializers);
    }

    /** How one type is written to a generator. */
    @FunctionalInterface
    private interface Writer<T> {
        void write(T value, JsonGenerator out) throws IOException;
    }

    /** A serializer that hands the generator to a writer of this package. */
    private static final class Writing<T> extends StdSerializer<T> {
        private final transient Writer<T> writer;

        Writing(Class<T> type, Writer<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
            writer.write(value, out);
        }
    }

    /** A deserializer that reads the value as a tree and hands it to a reader of this package. */
    private static final class Reading<T> extends StdDeserializer<T> {
        private final transient Function<JsonNode, T> reader;

        Reading(Class<T> type, Function<JsonNode, T> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return reader.apply(tree(parser, context));
            } catch (InvalidEscalationInputException e) {
                throw JsonMappingException.from(parser, e.getMessage(), e);
            }
        }

        /**
         * The value as a tree. Duplicate keys are refused whatever the mapper says, as {@code decide} refuses them:
         * the parser checks them itself while it reads this value (a tree would keep the last silently).
         */
        private static JsonNode tree(JsonParser parser, DeserializationContext context) throws IOException {
            boolean strict = parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
            if (!strict) {
                parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            }
            try {
                return context.readTree(parser);
            } catch (JsonProcessingException e) {
                throw TreeReader.malformed(e);
            } finally {
                if (!strict) {
                    parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                }
            }
        }
    }
}
