package dev.escalation.json;

import dev.escalation.model.EscalationCase;
import java.time.Instant;

/**
 * One case as the {@code decide} input holds it (POLICY.md section 3): the case, and the instant to decide it as of,
 * since the library never reads a clock.
 *
 * @param now            the instant to decide as of
 * @param escalationCase the case
 */
public record CaseInput(Instant now, EscalationCase escalationCase) {
}
