package dev.escalation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.escalation.ArbitraryCases;
import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Moment;
import dev.escalation.model.EscalationCase;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import dev.escalation.validation.InvalidEscalationInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plain {@code ObjectMapper} with the module, and one configured as Spring Boot configures its own, write the bytes
 * {@link EscalationJson} writes and read what it reads, refusing bad input with {@code decide}'s messages.
 */
class EscalationJsonModuleTest {

    private static final EscalationPolicy POLICY = EscalationPolicy.standard();
    private static final String ACME = "\"account\":{\"name\":\"Acme Corp\",\"segment\":\"CSM_MANAGED\"}";
    private static final String NOW = "\"now\":\"2026-03-02T15:30:00Z\"";

    static Stream<ObjectMapper> mappers() {
        return Stream.of(new ObjectMapper().registerModule(new EscalationJsonModule()),
                // What Spring Boot's Jackson auto-configuration does, and what its properties commonly add.
                JsonMapper.builder().addModule(new JavaTimeModule()).addModule(new EscalationJsonModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                                JsonInclude.Include.NON_NULL))
                        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                        .build(),
                // Timestamps for dates, the other way round: still the same bytes.
                JsonMapper.builder().addModule(new EscalationJsonModule()).addModule(new JavaTimeModule())
                        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());
    }

    /** Made once for every mapper: generating cases and assessing them is what takes the time here. */
    private static final List<Assessment> ASSESSMENTS = ArbitraryCases.valid(ArbitraryCases.seed("module")).limit(300)
            .map(c -> POLICY.assess(c, ArbitraryCases.NOW)).toList();

    @ParameterizedTest
    @MethodSource("mappers")
    void aMapperWithTheModuleWritesTheBytesOfEscalationJson(ObjectMapper mapper) throws Exception {
        for (Assessment assessment : ASSESSMENTS) {
            assertThat(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(assessment))
                    .isEqualTo(EscalationJson.writePretty(assessment));
            assertThat(mapper.writeValueAsString(assessment)).isEqualTo(EscalationJson.writeCompact(assessment));
            assertThat(mapper.readValue(mapper.writeValueAsString(assessment), Assessment.class)).isEqualTo(assessment);
        }
        Assessment everything = HandMade.everything();
        assertThat(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(everything))
                .isEqualTo(EscalationJson.writePretty(everything));
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void momentsAndSettingsToo(ObjectMapper mapper) throws Exception {
        EscalationCase escalationCase = ArbitraryCases.valid(ArbitraryCases.seed("module moments"))
                .filter(c -> c.escalation() != null).findFirst().orElseThrow();
        for (Moment moment : POLICY.replay(escalationCase, ArbitraryCases.NOW.minus(Duration.ofDays(3)),
                ArbitraryCases.NOW, Duration.ofHours(12))) {
            assertThat(mapper.writeValueAsString(moment)).isEqualTo(EscalationJson.writeCompact(moment));
            assertThat(mapper.readValue(mapper.writeValueAsString(moment), Moment.class)).isEqualTo(moment);
        }
        PolicySettings settings = PolicySettings.builder().calendar(WorkingCalendar.of("Europe/Berlin")).build();
        assertThat(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(settings))
                .isEqualTo(EscalationJson.writeSettings(settings));
        assertThat(mapper.readValue("{\"calendar\":{\"zone\":\"Europe/Berlin\"}}", PolicySettings.class))
                .isEqualTo(settings);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void casesAreWrittenAsAClientSendsThem(ObjectMapper mapper) throws Exception {
        for (EscalationCase escalationCase : ArbitraryCases.valid(ArbitraryCases.seed("module cases")).limit(100)
                .toList()) {
            CaseInput input = new CaseInput(ArbitraryCases.NOW, escalationCase);
            assertThat(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(input))
                    .isEqualTo(EscalationJson.writeCase(input));
            assertThat(mapper.readValue(mapper.writeValueAsString(input), CaseInput.class)).isEqualTo(input);
        }
    }

    /** The shipped samples: the text a service receives reads as the command reads it. */
    @ParameterizedTest
    @MethodSource("mappers")
    void theSamplesReadAsDecideReadsThem(ObjectMapper mapper) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "escalation-examples", "samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !f.endsWith("bad-input.json") && !f.endsWith("settings.json")
                            && !f.endsWith("weekdays.json") && !f.endsWith("two-hours.json")).toList()) {
                String json = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(mapper.readValue(json, CaseInput.class)).as(file.toString())
                        .isEqualTo(EscalationJson.readCase(json));
            }
        }
    }

    private static String error(ObjectMapper mapper, String json, Class<?> type) {
        Throwable thrown = catchThrowable(() -> mapper.readValue(json, type));
        assertThat(thrown).isInstanceOf(JsonMappingException.class)
                .hasCauseInstanceOf(InvalidEscalationInputException.class);
        String message = ((JsonMappingException) thrown).getOriginalMessage();
        assertThat(message).isEqualTo(thrown.getCause().getMessage());
        return message;
    }

    private static String decideError(String json) {
        return catchThrowableOfType(InvalidEscalationInputException.class,
                () -> EscalationJson.readCase(json)).getMessage();
    }

    /** The expectations of {@code DecideTest}, through a mapper: the same line, field by field. */
    @ParameterizedTest
    @MethodSource("mappers")
    void badInputIsNamedFieldByFieldAsDecideNamesIt(ObjectMapper mapper) {
        String bad = "{" + NOW + ",\"account\":{\"name\":\"\",\"segment\":\"GOLD\"},"
                + "\"emergency\":{\"ticketId\":\"T\",\"startedAt\":\"2026-03-03T00:00:00Z\","
                + "\"upgradeRelatedProblems\":-1},\"event\":\"PARTY\",\"extra\":true}";
        assertThat(error(mapper, bad, CaseInput.class)).isEqualTo(decideError(bad))
                .contains("extra: unknown field", "account.segment: unknown value \"GOLD\"",
                        "event: unknown value \"PARTY\"", "account.name: must not be blank",
                        "emergency.startedAt: must not be after now",
                        "emergency.upgradeRelatedProblems: must not be negative");

        String missing = "{\"account\":{\"segment\":\"OTHER\"}}";
        assertThat(error(mapper, missing, CaseInput.class)).isEqualTo("now: is required; account.name: is required");

        String wrong = "{" + NOW + ",\"account\":{\"name\":7,\"segment\":\"OTHER\","
                + "\"strategicPartnership\":\"yes\",\"team\":[]},\"emergency\":{\"ticketId\":\"T\","
                + "\"startedAt\":\"yesterday\",\"upgradeRelatedProblems\":1.5,"
                + "\"blockedInitiatives\":[\"RENEWAL\",\"RENEWAL\"]}}";
        assertThat(error(mapper, wrong, CaseInput.class)).isEqualTo(decideError(wrong))
                .contains("account.name: must be a string", "account.strategicPartnership: must be true or false",
                        "account.team: must be a JSON object", "emergency.startedAt: must be an ISO-8601 instant",
                        "emergency.upgradeRelatedProblems: must be a whole number",
                        "emergency.blockedInitiatives: must not name a value twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{" + NOW + ",\"account\":{\"name\":\"A\",\"name\":\"B\"}}", "[]",
        "42", "{\"now\":", "{" + NOW + "," + ACME + ",\"event\":\"CLOSED\",}"})
    void malformedInputAndDuplicateKeysAreRefusedAsDecideRefusesThem(String json) {
        for (ObjectMapper mapper : mappers().toList()) {
            assertThat(error(mapper, json, CaseInput.class)).isEqualTo(decideError(json));
        }
    }

    @Test
    void aDuplicateKeyIsNamedWithItsPlace() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EscalationJsonModule());

        assertThat(error(mapper, "{\"a\":1,\"a\":2}", CaseInput.class))
                .isEqualTo("(input): malformed JSON at line 1, column 11: Duplicate field 'a'");
    }

    /** A case inside a request of the service's own: the violation keeps decide's words, Jackson adds the path. */
    record Request(String id, CaseInput input) {
    }

    @Test
    void aCaseInsideAnotherObjectIsReadAndRefusedAlike() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EscalationJsonModule());

        Request request = mapper.readValue("{\"id\":\"r1\",\"input\":{" + NOW + "," + ACME + "}}", Request.class);
        assertThat(request.input()).isEqualTo(EscalationJson.readCase("{" + NOW + "," + ACME + "}"));

        Throwable thrown = catchThrowable(() -> mapper.readValue(
                "{\"id\":\"r1\",\"input\":{\"account\":{\"segment\":\"OTHER\"}}}", Request.class));
        assertThat(thrown).isInstanceOf(JsonMappingException.class);
        assertThat(((JsonMappingException) thrown).getOriginalMessage())
                .isEqualTo("now: is required; account.name: is required");
        assertThat(((JsonMappingException) thrown).getPath()).extracting(JsonMappingException.Reference::getFieldName)
                .containsExactly("input");
        // The parser checks duplicate keys for this value only; the service's own object is the mapper's business.
        assertThat(mapper.readValue("{\"id\":\"r1\",\"id\":\"r2\",\"input\":{" + NOW + "," + ACME + "}}",
                Request.class).id()).isEqualTo("r2");
    }

    @Test
    void badSettingsAreNamedAsDecideNamesThem() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EscalationJsonModule());
        String bad = "{\"callLimit\":\"PT0S\",\"conversionThreshold\":\"3h\",\"nope\":1,"
                + "\"customerUpdateGaps\":{\"HOURLY\":\"PT1H\"},\"upgradeProblemCount\":0,"
                + "\"calendar\":{\"zone\":\"Mars/Olympus\"}}";

        assertThat(error(mapper, bad, PolicySettings.class)).isEqualTo(
                catchThrowable(() -> EscalationJson.readSettings(bad)).getMessage())
                .contains("settings.conversionThreshold: must be an ISO-8601 duration", "settings.nope: unknown setting",
                        "settings.customerUpdateGaps.HOURLY: unknown cadence",
                        "settings.callLimit: must be a positive duration",
                        "settings.upgradeProblemCount: must be at least 1",
                        "settings.calendar.zone: unknown time zone \"Mars/Olympus\"");
    }

    @Test
    void anAssessmentMissingWhatIsAlwaysWrittenIsNamed() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EscalationJsonModule());

        assertThat(error(mapper, "{\"inScope\":true,\"plan\":{\"severity\":\"HUGE\",\"channel\":\"#esc_a\"},"
                + "\"findings\":[null,{\"code\":\"X\"}],\"explanation\":[{\"id\":\"1/a\"}],\"extra\":1}",
                Assessment.class)).isEqualTo("plan.severity: unknown value \"HUGE\" (expected one of CRITICAL, HIGH, "
                + "MEDIUM, LOW); plan.peakSeverity: is required; plan.cadence: is required; plan.involvement: is "
                + "required; plan.dri: is required; plan.contacts: is required; plan.productDriRequired: is required; "
                + "plan.checklist: is required; plan.state: is required; findings[0]: must not be null; upcoming: is "
                + "required; explanation[0].rule: is required; "
                + "explanation[0].section: is required; explanation[0].reason: is required; policyVersion: is "
                + "required");
    }
}
