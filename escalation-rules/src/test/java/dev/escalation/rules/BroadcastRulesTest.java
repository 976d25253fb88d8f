package dev.escalation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.model.Event;
import dev.escalation.rules.facts.Broadcast;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** broadcast.drl: POLICY.md 2.9 (S2: Posting in escalated_customers). */
class BroadcastRulesTest {

    private static final String POST = "Key moments are posted in #escalated_customers";
    private static final String QUIET = "Other events stay out of #escalated_customers";

    private final RuleHarness broadcast = RuleHarness.of("broadcast.drl");

    @ParameterizedTest
    @EnumSource(value = Event.class, names = {"OPENED", "CLOSED", "RISK_REDUCED", "SEVERITY_CHANGED"})
    void keyMomentsArePosted(Event event) {
        var run = broadcast.run(event);

        assertThat(run.fired()).isEqualTo(Map.of(POST, 1));
        assertThat(run.derived()).containsExactly(new Broadcast(true));
        assertThat(run.explanation()).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith(event.name() + " is a key moment"));
    }

    @ParameterizedTest
    @EnumSource(value = Event.class, names = {"DAILY_UPDATE", "STANDUP", "CUSTOMER_CALL", "DRI_CHANGED"})
    void otherEventsAreNot(Event event) {
        var run = broadcast.run(event);

        assertThat(run.fired()).isEqualTo(Map.of(QUIET, 1));
        assertThat(run.derived()).containsExactly(new Broadcast(false));
    }

    @Test
    void noEventNoDecision() {
        assertThat(broadcast.run().fired()).isEmpty();
    }
}
