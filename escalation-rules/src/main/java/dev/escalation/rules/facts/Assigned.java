package dev.escalation.rules.facts;

import dev.escalation.decision.EscalationRole;

/**
 * Derived: a role was given a responsibility.
 *
 * @param responsibility the responsibility
 * @param role           the role holding it
 * @param name           the person, or {@code null} when unknown
 */
public record Assigned(Responsibility responsibility, EscalationRole role, String name) {
}
