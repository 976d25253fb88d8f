package dev.escalation.model;

/** How the customer is served; decides whether the escalation process applies (S2: Scope). */
public enum Segment {
    /** An account with an assigned Customer Success Manager. */
    CSM_MANAGED,
    /** An account served by TAM Scale (Customer Success Engineering). */
    TAM_SCALE,
    /** Any other segment; in scope only with a strategic partnership. */
    OTHER
}
