package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.decision.Assessment;
import dev.escalation.model.Activity;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Caller objects and the lists they were built from are unchanged by every call (deep equality against a copy made
 * before), and every collection in a result refuses modification.
 */
class ImmutabilityTest {

    private static final int CASES = 1_000;
    private static final EscalationPolicy POLICY = EscalationPolicy.standard();

    @Test
    void callsChangeNeitherTheCaseNorTheListsItWasBuiltFrom() {
        ArbitraryCases.valid(ArbitraryCases.seed("callsChangeNeitherTheCase")).limit(CASES).forEach(generated -> {
            List<Activity> callerLog = generated.escalation() == null ? null
                    : new ArrayList<>(generated.escalation().activity());
            EscalationCase c = callerLog == null ? generated : generated.toBuilder()
                    .escalation(generated.escalation().toBuilder().activity(callerLog).build()).build();
            String before = c.toString();
            List<Activity> logBefore = callerLog == null ? null : List.copyOf(callerLog);

            POLICY.assess(c, ArbitraryCases.NOW);

            assertThat(c.toString()).isEqualTo(before);
            assertThat(c).isEqualTo(generated.toBuilder().escalation(c.escalation()).build());
            if (callerLog != null) {
                assertThat(callerLog).isEqualTo(logBefore);
                assertThat(c.escalation().activity()).isEqualTo(logBefore);
            }
        });
    }

    @Test
    void everyCollectionInAResultIsUnmodifiable() {
        ArbitraryCases.valid(ArbitraryCases.seed("everyCollectionInAResultIsUnmodifiable")).limit(CASES)
                .forEach(c -> assertDeeplyUnmodifiable(POLICY.assess(c, ArbitraryCases.NOW), "assessment"));
    }

    @Test
    void caseRecordsCopyTheListsTheyAreGiven() {
        List<Activity> log = new ArrayList<>();
        Escalation escalation = Escalation.builder(null, null).activity(log).build();
        log.add(null);

        assertThat(escalation.activity()).isEmpty();
        assertThatThrownBy(() -> escalation.activity().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static void assertDeeplyUnmodifiable(Object value, String path) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> assertDeeplyUnmodifiable(v, path));
        } else if (value instanceof Collection<?> collection) {
            assertThatThrownBy(collection::clear).as(path).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> collection.add(null)).as(path).isInstanceOf(UnsupportedOperationException.class);
            collection.forEach(element -> assertDeeplyUnmodifiable(element, path + "[]"));
        } else if (value instanceof Map<?, ?> map) {
            assertThatThrownBy(map::clear).as(path).isInstanceOf(UnsupportedOperationException.class);
            map.values().forEach(v -> assertDeeplyUnmodifiable(v, path + "{}"));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    assertDeeplyUnmodifiable(component.getAccessor().invoke(value), path + "." + component.getName());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(path, e);
                }
            }
        }
    }

    @Test
    void theWalkerSeesIntoEveryPart() {
        Assessment assessment = POLICY.assess(ArbitraryCases.valid(7).filter(c -> c.escalation() != null
                && c.emergency() != null).findFirst().orElseThrow(), ArbitraryCases.NOW);

        assertThat(assessment.getClass().isRecord()).isTrue();
        assertThat(assessment.explanation()).isNotEmpty();
    }
}
