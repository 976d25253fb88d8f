package dev.escalation.rules.facts;

/**
 * Derived, the flowchart's first question (S2: Escalation DRI): the escalation is related to an ongoing (active)
 * Professional Services project.
 *
 * @param projectManager the project manager, or {@code null} when unknown
 */
public record PsProjectEscalation(String projectManager) {
}
