package dev.escalation;

import dev.escalation.decision.Assessment;
import dev.escalation.model.EscalationCase;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Wraps every assessment a policy makes, for what a host measures or logs around it: a timer per call, a counter per
 * finding code. The policy itself never reads a clock; an interceptor may. Set one with
 * {@link EscalationPolicy.Builder#interceptor(AssessmentInterceptor)}; the Spring Boot starter sets one for Micrometer.
 *
 * <p>It is called once per assessed case, on the thread that assesses it (a worker thread of a batch), for
 * {@code assess} and every question and batch built on it. It must be thread-safe, call {@code assessment.get()}
 * exactly once and return its result unchanged; an {@link dev.escalation.validation.InvalidEscalationInputException}
 * thrown by {@code get()} (the case was refused) should be let through. The message drafts of an assessment are
 * rendered later, when first read ({@link dev.escalation.decision.MessageDraft#deferred}), so a timer around the call
 * does not count them.
 *
 * <p><b>Stability:</b> evolving API.
 */
@FunctionalInterface
public interface AssessmentInterceptor {

    /**
     * @param escalationCase the case about to be assessed, not yet validated
     * @param now            the instant it is assessed as of
     * @param assessment     validates and assesses the case
     * @return what {@code assessment.get()} returned
     */
    Assessment intercept(EscalationCase escalationCase, Instant now, Supplier<Assessment> assessment);
}
