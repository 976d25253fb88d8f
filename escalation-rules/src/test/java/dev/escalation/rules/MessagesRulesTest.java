package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.MessageKind;
import dev.escalation.model.Closure;
import dev.escalation.model.Event;
import dev.escalation.rules.facts.InScope;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** messages.drl: each message is drafted at its moment and not at others. */
class MessagesRulesTest {

    private final RuleHarness messages = RuleHarness.of("messages.drl");

    @Test
    void openingDraftsTheDeclarationAndTheChannelsOpeningMessage() {
        var run = messages.run(new InScope(), escalation().build(), Event.OPENED);

        assertThat(run.fired()).isEqualTo(Map.of("messages/declaration", 1, "messages/channel-opening", 1));
        assertThat(run.derived()).containsExactlyInAnyOrder(MessageKind.DECLARATION, MessageKind.CHANNEL_OPENING);
    }

    @Test
    void aSeverityChangeDraftsTheDeclarationOnly() {
        var run = messages.run(new InScope(), escalation().build(), Event.SEVERITY_CHANGED);

        assertThat(run.fired()).isEqualTo(Map.of("messages/declaration", 1));
    }

    @Test
    void theDailyUpdateIsDraftedWithTheDailyUpdate() {
        var run = messages.run(new InScope(), escalation().build(), Event.DAILY_UPDATE);

        assertThat(run.fired()).isEqualTo(Map.of("messages/daily-update", 1));
        assertThat(run.derived()).containsExactly(MessageKind.DAILY_UPDATE);
    }

    @ParameterizedTest
    @EnumSource(value = Event.class, names = {"CLOSED", "RISK_REDUCED", "STANDUP", "CUSTOMER_CALL", "DRI_CHANGED"})
    void otherEventsDraftNothing(Event event) {
        assertThat(messages.run(new InScope(), escalation().build(), event).fired()).isEmpty();
    }

    @Test
    void closureFactsDraftTheClosureUpdateWithoutAnyEvent() {
        var run = messages.run(new InScope(), escalation().closure(Closure.builder().build()).build());

        assertThat(run.fired()).isEqualTo(Map.of("messages/closure-update", 1));
    }

    @Test
    void nothingIsDraftedOutOfScopeOrWithoutAnEscalation() {
        assertThat(messages.run(escalation().closure(Closure.builder().build()).build(), Event.OPENED).fired())
                .isEmpty();
        assertThat(messages.run(new InScope(), Event.OPENED).fired()).isEmpty();
    }
}
