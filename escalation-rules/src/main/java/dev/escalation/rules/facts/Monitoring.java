package dev.escalation.rules.facts;

/**
 * Derived, a question (POLICY.md section 1, v3): the open, in-scope escalation is monitoring: its risk was reduced to
 * standard business process (the issue is resolved and the solution monitored) and its severity not changed since.
 */
public record Monitoring() {
}
