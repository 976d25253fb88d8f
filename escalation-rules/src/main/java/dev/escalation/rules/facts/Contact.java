package dev.escalation.rules.facts;

import dev.escalation.decision.EscalationRole;

/**
 * Derived: support reaches out to this role to start the escalation (S0: How to start an Account Escalation).
 *
 * @param position where in the order of reaching out, from 1; the rules set it
 * @param role     the role
 * @param name     the person, or {@code null} when unknown
 */
public record Contact(int position, EscalationRole role, String name) {
}
