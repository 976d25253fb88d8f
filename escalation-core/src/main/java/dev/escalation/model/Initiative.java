package dev.escalation.model;

/** An outside initiative that an emergency can block (S0: When to start an Account Escalation). */
public enum Initiative {
    /** A renewal of the customer's subscription. */
    RENEWAL,
    /** A migration the customer is carrying out. */
    MIGRATION,
    /** Any other initiative of the customer. */
    OTHER_INITIATIVE
}
