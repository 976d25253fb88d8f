package dev.escalation.rules.facts;

/**
 * Derived: support needs to know whom to reach out to, because a conversion is recommended or an escalation of an
 * in-scope account is under way (S0: How to start an Account Escalation).
 */
public record ContactsNeeded() {
}
