package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.decision.Assessment;
import dev.escalation.model.Account;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Segment;
import dev.escalation.validation.InvalidEscalationInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An {@link AssessmentInterceptor} wraps every assessment, refused ones included, once each, on every path. */
class InterceptorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");
    private static final Account ACME = Account.builder("Acme", Segment.CSM_MANAGED).build();

    @Test
    void everyAssessmentPassesOnceThroughTheInterceptorAndComesBackUnchanged() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        EscalationPolicy policy = EscalationPolicy.builder().interceptor((escalationCase, now, assessment) -> {
            seen.add(escalationCase == null ? "null" : escalationCase.account().name());
            try {
                return assessment.get();
            } catch (InvalidEscalationInputException e) {
                refused.incrementAndGet();
                throw e;
            }
        }).build();
        EscalationCase acme = EscalationCase.of(ACME).emergency(Emergency.builder("T-1", NOW.minus(Duration.ofHours(4)))
                .build()).build();

        Assessment intercepted = policy.assess(acme, NOW);
        policy.adviseConversion(ACME, acme.emergency(), NOW);
        policy.assessAll(List.of(acme, acme, acme), NOW, 2);
        assertThatThrownBy(() -> policy.assess(EscalationCase.of(ACME.toBuilder().name(" ").build()).build(), NOW))
                .isInstanceOf(InvalidEscalationInputException.class);

        assertThat(intercepted).isEqualTo(EscalationPolicy.standard().assess(acme, NOW));
        assertThat(seen).hasSize(6).containsOnly("Acme", " ");
        assertThat(refused).hasValue(1);
    }

    @Test
    void withoutAnInterceptorNothingWrapsTheCall() {
        EscalationPolicy plain = EscalationPolicy.builder().interceptor(null).build();

        assertThat(plain.assess(EscalationCase.of(ACME).build(), NOW).inScope()).isTrue();
    }
}
