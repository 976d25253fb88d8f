package dev.escalation.model;

/**
 * How much the customer's issues impact their ability to deploy or use the product, as the Description column of the
 * severity table words it (S2: Definitions of Severity Levels). Only {@link #SIGNIFICANT} lets a risk suggest
 * {@code HIGH} or {@code CRITICAL} (POLICY.md 2.4a).
 */
public enum Impact {
    /** Major issues significantly impact the ability to deploy or use the product (the rows HIGH and CRITICAL). */
    SIGNIFICANT,
    /** Issues impact the ability to deploy or use the product (the rows MEDIUM and LOW). */
    SOME
}
