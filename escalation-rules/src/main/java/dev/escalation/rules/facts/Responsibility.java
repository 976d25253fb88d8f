package dev.escalation.rules.facts;

/** A part someone plays in an escalation (S2: Escalation DRI; CS Help Request). */
public enum Responsibility {
    /** The directly responsible individual of the escalation. */
    DRI,
    /** The CSE leading technically when the AE is DRI of a TAM Scale account. */
    LEAD_TECHNICAL_COLLABORATOR,
    /** The owner of the CS Help request in Salesforce. */
    CASE_OWNER
}
