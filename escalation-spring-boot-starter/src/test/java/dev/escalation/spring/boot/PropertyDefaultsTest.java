package dev.escalation.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.model.Cadence;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The starter keeps no default of its own: a property left unset keeps the default of {@link PolicySettings}, one set
 * overrides its setting alone, and the defaults an IDE shows (the configuration metadata the build generates) are
 * {@link PolicySettings#defaults()}, so that the two cannot drift apart.
 */
class PropertyDefaultsTest {

    private static final String PREFIX = "escalation.policy";
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    /** The properties as Spring binds them from these values (durations, gaps and lists in their property syntax). */
    private static EscalationPolicyProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate(PREFIX, EscalationPolicyProperties.class);
    }

    /** Every setting of the library, named as in {@link PolicySettings#values()}. */
    static Stream<String> settings() {
        return PolicySettings.defaults().values().keySet().stream();
    }

    @Test
    void nothingSetIsEverySettingAtItsDefault() {
        assertThat(bind(Map.of()).toSettings()).isEqualTo(PolicySettings.defaults());
    }

    @ParameterizedTest
    @MethodSource("settings")
    void aPropertySetOverridesItsSettingAndEveryOtherKeepsItsDefault(String setting) {
        Map<String, Object> expected = new LinkedHashMap<>(PolicySettings.defaults().values());
        Object other = expected.get(setting) instanceof Duration duration ? duration.plusHours(1)
                : (Integer) expected.get(setting) + 1;
        expected.put(setting, other);

        PolicySettings bound = bind(Map.of(EscalationPolicyFailureAnalyzer.property("settings." + setting),
                other.toString())).toSettings();

        assertThat(bound.values()).isEqualTo(expected);
    }

    @Test
    void everySettingHasADefaultInTheMetadataAndEveryGapMapNamesEachCadence() throws IOException {
        Map<String, JsonNode> defaults = metadataDefaults();
        Set<String> properties = settings().map(setting -> setting.replaceFirst("\\..*", ""))
                .map(setting -> EscalationPolicyFailureAnalyzer.property("settings." + setting))
                .collect(Collectors.toSet());
        Set<String> cadences = Arrays.stream(Cadence.values())
                .map(cadence -> cadence.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.toSet());

        assertThat(defaults).containsKeys(properties.toArray(String[]::new));
        defaults.forEach((property, value) -> {
            if (value.isObject()) {
                assertThat(fieldNames(value)).as(property).isEqualTo(cadences);
            }
        });
    }

    @Test
    void theDefaultsInTheMetadataAreThoseOfPolicySettings() throws IOException {
        Map<String, String> values = new TreeMap<>();
        metadataDefaults().forEach((property, value) -> {
            if (value.isObject()) {
                value.properties().forEach(entry -> values.put(property + "." + entry.getKey(),
                        entry.getValue().asText()));
            } else if (value.isArray()) {
                values.put(property, StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
                        .collect(Collectors.joining(",")));
            } else {
                values.put(property, value.asText());
            }
        });
        // The working days apply only with a zone; any zone shows whether they are the calendar's default.
        values.put(PREFIX + ".calendar.zone", "Europe/Berlin");

        assertThat(bind(values).toSettings()).isEqualTo(PolicySettings.defaults().toBuilder()
                .calendar(WorkingCalendar.of("Europe/Berlin")).build());
    }

    /** The default of each {@code escalation.policy.*} property in the metadata, checked to be a bound property. */
    private static Map<String, JsonNode> metadataDefaults() throws IOException {
        Map<String, JsonNode> defaults = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (URL url : Collections.list(PropertyDefaultsTest.class.getClassLoader().getResources(METADATA))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asText();
                    if (name.startsWith(PREFIX + ".") && property.has("defaultValue")) {
                        // A name the processor did not find in the class would have no source type.
                        assertThat(property.path("sourceType").asText()).as(name).startsWith(
                                EscalationPolicyProperties.class.getName());
                        defaults.put(name, property.get("defaultValue"));
                    }
                }
            }
        }
        assertThat(defaults).as("defaults in %s", METADATA).isNotEmpty();
        return defaults;
    }

    private static Set<String> fieldNames(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
