package dev.escalation.rules.facts;

/** Derived, a question (POLICY.md 2.10a, v3): the escalation of an in-scope account is closed. */
public record ClosedInScope() {
}
