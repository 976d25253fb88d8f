package dev.escalation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.model.Event;
import dev.escalation.rules.facts.Broadcast;
import dev.escalation.rules.facts.KeyMoment;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** broadcast.drl: POLICY.md 2.9 (S2: Posting in escalated_customers). */
class BroadcastRulesTest {

    private final RuleHarness broadcast = RuleHarness.of("broadcast.drl");

    @ParameterizedTest
    @EnumSource(value = Event.class, names = {"OPENED", "CLOSED", "RISK_REDUCED", "SEVERITY_CHANGED"})
    void keyMomentsArePosted(Event event) {
        var run = broadcast.run(event);

        assertThat(run.fired()).isEqualTo(Map.of("2.9/key-moment", 1, "2.9/post", 1));
        assertThat(run.derived()).containsExactlyInAnyOrder(new KeyMoment(event), new Broadcast(true));
        assertThat(run.explanation()).anySatisfy(e -> assertThat(e.reason())
                .isEqualTo(event.name() + " is a key moment: post in #escalated_customers"));
    }

    @ParameterizedTest
    @EnumSource(value = Event.class, names = {"DAILY_UPDATE", "STANDUP", "CUSTOMER_CALL", "DRI_CHANGED"})
    void otherEventsAreNot(Event event) {
        var run = broadcast.run(event);

        assertThat(run.fired()).isEqualTo(Map.of("2.9/keep-quiet", 1));
        assertThat(run.derived()).containsExactly(new Broadcast(false));
    }

    /** Keeping quiet rests on the absence of a key moment: one derived late is posted after all. */
    @Test
    void aKeyMomentDerivedLateIsPosted() {
        var run = RuleHarness.withArrivals("broadcast.drl").run(Event.DAILY_UPDATE,
                new Arrival(new KeyMoment(Event.DAILY_UPDATE)));

        assertThat(run.fired()).containsEntry("2.9/keep-quiet", 1).containsEntry("2.9/post", 1);
        assertThat(run.derived(Broadcast.class)).containsExactly(new Broadcast(true));
    }

    @Test
    void noEventNoDecision() {
        assertThat(broadcast.run().fired()).isEmpty();
    }
}
