package dev.escalation.rules.facts;

import dev.escalation.decision.Role;

/**
 * Derived: support reaches out to this role to start the escalation; contacts are ordered by role.
 *
 * @param role the role
 * @param name the person, or {@code null} when unknown
 */
public record Contact(Role role, String name) {
}
