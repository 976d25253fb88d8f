package dev.escalation.rules.facts;

import dev.escalation.decision.EscalationRole;

/**
 * Derived: support reaches out to this role to start the escalation; contacts are ordered by role.
 *
 * @param role the role
 * @param name the person, or {@code null} when unknown
 */
public record Contact(EscalationRole role, String name) {
}
