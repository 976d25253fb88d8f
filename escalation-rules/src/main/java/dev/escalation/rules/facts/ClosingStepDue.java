package dev.escalation.rules.facts;

import dev.escalation.decision.ClosureStep;
import java.time.Instant;

/**
 * Derived (POLICY.md 2.10a, v3): a closing step of a closed escalation is due.
 *
 * @param step the step
 * @param due  {@code closedAt} plus the closing steps' grace
 */
public record ClosingStepDue(ClosureStep step, Instant due) {
}
