package dev.escalation;

import dev.escalation.model.EscalationCase;
import java.time.Instant;

/**
 * A case and the instant to decide it as of: one element of a batch.
 *
 * @param escalationCase the case
 * @param now            the instant
 */
public record CaseAt(EscalationCase escalationCase, Instant now) {
}
