package dev.escalation.rules.facts;

/** Derived: the account is in the scope of the escalation process (S2: Scope). */
public record InScope() {
}
