package dev.escalation.model;

/**
 * A risk the situation puts the account at, as the Description column of the severity table names it
 * (S2: Definitions of Severity Levels). Which level each risk suggests is policy, and lives in the rules
 * ({@code severity.drl}, POLICY.md 2.4a), not here; the constants are listed in the table's order, highest row first.
 */
public enum Risk {
    /** Risk loss of, or use of, a solution (row CRITICAL). */
    SOLUTION_LOSS,
    /** High risk of losing the customer (row CRITICAL). */
    CUSTOMER_LOSS_LIKELY,
    /** Significant contraction (row CRITICAL). */
    SIGNIFICANT_CONTRACTION,
    /** Significant risk to the relationship and the brand (row CRITICAL). */
    RELATIONSHIP_AND_BRAND,
    /** Risk to current adoption (row HIGH). */
    CURRENT_ADOPTION,
    /** Risk of losing the customer (row HIGH). */
    CUSTOMER_LOSS,
    /** Contraction (row HIGH). */
    CONTRACTION,
    /** Risk to future growth (row HIGH). */
    FUTURE_GROWTH,
    /** Damage to the relationship (row HIGH). */
    RELATIONSHIP_DAMAGE,
    /** Risk to the renewal (row MEDIUM). */
    RENEWAL,
    /** Risk to value realisation (row LOW). */
    VALUE_REALIZATION,
    /** Risk to the timeline (row LOW). */
    TIMELINE,
    /** Risk to satisfaction (row LOW). */
    SATISFACTION,
    /** Risk to adoption levels (row LOW). */
    ADOPTION_LEVELS
}
