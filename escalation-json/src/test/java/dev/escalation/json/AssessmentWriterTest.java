package dev.escalation.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.Finding;
import dev.escalation.model.Severity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding details as JSON: numbers stay numbers, whatever their type; times are ISO-8601 text. */
class AssessmentWriterTest {

    private static String details(Object... namesAndValues) {
        Assessment assessment = new Assessment(true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(Finding.of("CUSTOM", namesAndValues)), Optional.empty(), Optional.empty(),
                Map.of(), List.of(), "v");
        String json = EscalationJson.writeCompact(assessment);
        return json.substring(json.indexOf("\"code\":\"CUSTOM\",") + 16, json.indexOf("}],\"upcoming\""));
    }

    @Test
    void detailsKeepTheirJsonTypes() {
        assertThat(details("int", 3, "long", 3L, "double", 2.5, "float", 0.5f, "decimal", new BigDecimal("1.10"),
                "big", new BigInteger("123456789012345678901234567890"), "yes", true)).isEqualTo("\"int\":3,"
                + "\"long\":3,\"double\":2.5,\"float\":0.5,\"decimal\":1.10,\"big\":123456789012345678901234567890,"
                + "\"yes\":true");
    }

    @Test
    void timesAreIsoTextAndEnumsTheirNames() {
        assertThat(details("gap", Duration.ofHours(25), "at", Instant.EPOCH, "severity", Severity.LOW,
                "list", List.of(Severity.HIGH, 2))).isEqualTo("\"gap\":\"PT25H\",\"at\":\"1970-01-01T00:00:00Z\","
                + "\"severity\":\"LOW\",\"list\":[\"HIGH\",2]");
    }

    @Test
    void aNullDetailIsNull() {
        Assessment assessment = new Assessment(false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new Finding("CUSTOM", Collections.singletonMap("x", null))),
                Optional.empty(), Optional.empty(), Map.of(), List.of(), "v");

        assertThat(EscalationJson.writeCompact(assessment)).contains("{\"code\":\"CUSTOM\",\"x\":null}");
    }
}
