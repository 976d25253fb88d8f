package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.decision.MessageKind;
import dev.escalation.model.Account;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.validation.InvalidEscalationInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Each question refuses a case without the part it asks about, before any rule runs, naming that part first and then
 * every other violation of the case.
 */
class QuestionPartsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");
    private static final Account ACME = Account.builder("Acme", Segment.CSM_MANAGED).build();
    private static final Account NAMELESS = ACME.toBuilder().name(" ").build();
    private static final Escalation OPEN = Escalation.builder(Severity.HIGH, NOW.minus(Duration.ofHours(1))).build();

    private final AtomicInteger intercepted = new AtomicInteger();
    private final EscalationPolicy policy = EscalationPolicy.builder().interceptor((escalationCase, now, assessment) -> {
        intercepted.incrementAndGet();
        return assessment.get();
    }).build();

    @Test
    void everyQuestionNamesTheMissingPartBeforeTheCasesOtherViolations() {
        assertFields(() -> policy.adviseConversion(NAMELESS, null, NOW), "emergency", "account.name");
        assertFields(() -> policy.plan(NAMELESS, null, NOW), "escalation", "account.name");
        assertFields(() -> policy.review(NAMELESS, null, NOW), "escalation", "account.name");
        assertFields(() -> policy.closure(NAMELESS, null, NOW), "escalation", "account.name");
        assertFields(() -> policy.broadcast(NAMELESS, null, NOW), "event", "account.name");
        assertFields(() -> policy.drafts(EscalationCase.of(NAMELESS).build(), NOW, MessageKind.DECLARATION),
                "escalation", "account.name");
        assertFields(() -> policy.drafts(null, NOW, MessageKind.DECLARATION), "escalation", "case");

        assertThat(intercepted).as("refused before the interceptor").hasValue(0);
    }

    @Test
    void closureWantsTheEscalationFirstAndThenItsClosureFacts() {
        assertFields(() -> policy.closure(ACME, OPEN, NOW), "escalation.closure");

        assertThat(intercepted).hasValue(0);
    }

    @Test
    void routesNeedNoPartAndAnswerEmptyWithoutOne() {
        assertThat(policy.routes(ACME, null, null, NOW)).isEmpty();

        assertThat(intercepted).hasValue(1);
    }

    @Test
    void aNullKindIsRefusedOnlyOnceTheCaseIsFoundValid() {
        assertFields(() -> policy.drafts(EscalationCase.of(NAMELESS).escalation(OPEN).build(), NOW,
                (MessageKind) null), "account.name");
        assertThatThrownBy(() -> policy.drafts(EscalationCase.of(ACME).escalation(OPEN).build(), NOW,
                (MessageKind) null)).isInstanceOf(NullPointerException.class).hasMessage("kinds contains null");
        assertThatThrownBy(() -> policy.drafts(EscalationCase.of(ACME).escalation(OPEN).build(), NOW,
                (MessageKind[]) null)).isInstanceOf(NullPointerException.class).hasMessage("kinds");

        assertThat(intercepted).hasValue(2);
    }

    private static void assertFields(Runnable question, String... fields) {
        assertThatThrownBy(question::run).isInstanceOfSatisfying(InvalidEscalationInputException.class,
                e -> assertThat(e.fields()).containsExactly(fields));
    }
}
