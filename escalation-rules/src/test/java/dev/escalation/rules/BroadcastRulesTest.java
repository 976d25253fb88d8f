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

    private static final String KEY = "Opening, closing, reduced risk and a change of severity are key moments";
    private static final String POST = "A key moment is posted in #escalated_customers";
    private static final String QUIET = "Any other event stays out of #escalated_customers";

    private final RuleHarness broadcast = RuleHarness.of("broadcast.drl");

    @ParameterizedTest
    @EnumSource(value = Event.class, names = {"OPENED", "CLOSED", "RISK_REDUCED", "SEVERITY_CHANGED"})
    void keyMomentsArePosted(Event event) {
        var run = broadcast.run(event);

        assertThat(run.fired()).isEqualTo(Map.of(KEY, 1, POST, 1));
        assertThat(run.derived()).containsExactlyInAnyOrder(new KeyMoment(event), new Broadcast(true));
        assertThat(run.explanation()).anySatisfy(e -> assertThat(e.reason())
                .isEqualTo(event.name() + " is a key moment: post in #escalated_customers"));
    }

    @ParameterizedTest
    @EnumSource(value = Event.class, names = {"DAILY_UPDATE", "STANDUP", "CUSTOMER_CALL", "DRI_CHANGED"})
    void otherEventsAreNot(Event event) {
        var run = broadcast.run(event);

        assertThat(run.fired()).isEqualTo(Map.of(QUIET, 1));
        assertThat(run.derived()).containsExactly(new Broadcast(false));
    }

    /** Keeping quiet rests on the absence of a key moment: one derived late is posted after all. */
    @Test
    void aKeyMomentDerivedLateIsPosted() {
        var run = RuleHarness.withArrivals("broadcast.drl").run(Event.DAILY_UPDATE,
                new Arrival(new KeyMoment(Event.DAILY_UPDATE)));

        assertThat(run.fired()).containsEntry(QUIET, 1).containsEntry(POST, 1);
        assertThat(run.derived(Broadcast.class)).containsExactly(new Broadcast(true));
    }

    @Test
    void noEventNoDecision() {
        assertThat(broadcast.run().fired()).isEmpty();
    }
}
