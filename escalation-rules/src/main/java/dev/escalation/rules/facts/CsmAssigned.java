package dev.escalation.rules.facts;

/**
 * Derived, the flowchart's second question (S2: Escalation DRI): the account has an assigned CSM.
 *
 * @param name the CSM
 */
public record CsmAssigned(String name) {
}
