package dev.escalation.rules.facts;

/**
 * Derived: the case holds an escalation that is open (no {@code closedAt}) of an account in scope. The findings of
 * POLICY.md 2.4a to 2.8 concern such an escalation only; a closed one keeps its plan and closure.
 */
public record OpenInScope() {
}
