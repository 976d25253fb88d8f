package dev.escalation.rules.facts;

import dev.escalation.decision.ClosureStep;

/**
 * Derived (POLICY.md 2.10a, v3): a closing step is done, as the activity log shows.
 *
 * @param step the step
 */
public record ClosingStepDone(ClosureStep step) {
}
