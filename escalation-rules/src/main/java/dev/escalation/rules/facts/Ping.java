package dev.escalation.rules.facts;

import dev.escalation.decision.EscalationRole;

/**
 * Derived (POLICY.md 2.9, v3): whom to ping about a broadcast; the assessment lists each role once, at its first place.
 *
 * @param position the place in the list: the DRI, the lead technical collaborator, the case owner, the Product DRI,
 *                 the support DRI
 * @param role     the role
 * @param name     the person, or {@code null} when unknown
 */
public record Ping(int position, EscalationRole role, String name) {
}
