package dev.escalation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Moment;
import java.io.IOException;
import java.util.List;

/**
 * The {@code decide} JSON format (POLICY.md section 3) as a Jackson module, so that any {@code ObjectMapper}, a plain
 * one or the one Spring Boot configures, writes an {@link Assessment} in exactly the shape and bytes of
 * {@link EscalationJson}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new EscalationJsonModule());
 * String json = mapper.writeValueAsString(assessment);
 * }</pre>
 *
 * <p>Its serializers write every token themselves: the mapper's date, null-inclusion and ordering settings do not
 * change the shape; its pretty printer and character escaping apply as to any JSON.
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

    /** @param context where to register the serializers */
    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new SimpleSerializers(List.of(
                new Writing<>(Assessment.class, AssessmentWriter::write),
                new Writing<>(Moment.class, AssessmentWriter::write))));
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
}
