package dev.escalation.examples.decide;

import dev.escalation.model.EscalationCase;
import java.time.Instant;

/**
 * One case as {@code decide} reads it: the case and the instant to decide it as of.
 *
 * @param now            the instant to decide as of
 * @param escalationCase the case
 */
public record CaseInput(Instant now, EscalationCase escalationCase) {
}
