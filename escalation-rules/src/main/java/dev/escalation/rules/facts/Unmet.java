package dev.escalation.rules.facts;

import dev.escalation.decision.ConversionTrigger;

/**
 * Derived (POLICY.md 2.1, v3): a primary conversion trigger does not hold.
 *
 * @param trigger the trigger
 */
public record Unmet(ConversionTrigger trigger) {
}
