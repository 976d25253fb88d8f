package dev.escalation.decision;

/**
 * Where a problem should go (S2: Background; What's the difference between an account escalation or an
 * incident escalation?). Several routes can apply at once.
 */
public enum Route {
    /** The customer triggers Emergency Support (S1, instance down). */
    EMERGENCY_SUPPORT,
    /** Declare a GitLab.com incident (suspected widespread issue). */
    GITLAB_COM_INCIDENT,
    /** A Support Ticket Attention Request for a single ticket moving too slowly. */
    STAR,
    /** The incident escalation process, for a single incident without account risk. */
    INCIDENT_ESCALATION,
    /** An account escalation, this library's subject. */
    ACCOUNT_ESCALATION
}
