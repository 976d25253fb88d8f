package dev.escalation.rules.facts;

/**
 * Derived, logically: nothing blocks closing the escalation (S2: Closing the Escalation). Truth maintenance withdraws
 * it, with the closing steps, as soon as any rule derives a {@code Blocker}.
 */
public record ClosureReady() {
}
