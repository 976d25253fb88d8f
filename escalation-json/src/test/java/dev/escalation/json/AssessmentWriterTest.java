package dev.escalation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Finding details as JSON: numbers stay numbers, whatever their type; times are ISO-8601 text. */
class AssessmentWriterTest {

    @Test
    void detailsKeepTheirJsonTypes() {
        assertThat(AssessmentWriter.value(3).isInt()).isTrue();
        assertThat(AssessmentWriter.value(3L).isNumber()).isTrue();
        assertThat(AssessmentWriter.value(2.5).doubleValue()).isEqualTo(2.5);
        assertThat(AssessmentWriter.value(new BigDecimal("1.10")).decimalValue()).isEqualByComparingTo("1.10");
        assertThat(AssessmentWriter.value(true).isBoolean()).isTrue();
        assertThat(AssessmentWriter.value(Duration.ofHours(25)).textValue()).isEqualTo("PT25H");
        assertThat(AssessmentWriter.value(Instant.EPOCH).textValue()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(AssessmentWriter.value(null).isNull()).isTrue();
    }
}
