package dev.escalation.model;

/** The severity level of an account escalation (S2: Definitions of Severity Levels), highest first. */
public enum Severity {
    /** Major issues with high risk of losing the customer or significant risk to the brand. */
    CRITICAL,
    /** Major issues risking adoption, the customer, growth or the relationship. */
    HIGH,
    /** Issues risking current adoption and renewal. */
    MEDIUM,
    /** Issues risking value realisation, timeline, satisfaction and adoption. */
    LOW
}
