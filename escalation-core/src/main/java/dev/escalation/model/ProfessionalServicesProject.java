package dev.escalation.model;

/**
 * A Professional Services project with the customer.
 *
 * @param active         whether the project is ongoing
 * @param projectManager the PS project manager's name, or {@code null} when unknown
 */
public record ProfessionalServicesProject(boolean active, String projectManager) {
}
