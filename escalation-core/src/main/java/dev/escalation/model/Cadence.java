package dev.escalation.model;

/** How often meetings and communications happen at a severity level (S2: Definitions of Severity Levels). */
public enum Cadence {
    /** Daily (critical). */
    DAILY,
    /** Multiple times per week (high). */
    MULTIPLE_TIMES_PER_WEEK,
    /** Weekly to bi-weekly (medium). */
    WEEKLY_TO_BIWEEKLY,
    /** Standard communication (low). */
    STANDARD
}
