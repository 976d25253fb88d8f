package dev.escalation.decision;

/** Who is involved in internal communication at a severity level (S2: Definitions of Severity Levels). */
public enum Stakeholder {
    /** VP of Sales. */
    VP_SALES,
    /** Product. */
    PRODUCT,
    /** Chief Revenue Officer. */
    CRO,
    /** Chief Executive Officer. */
    CEO,
    /** VP of Customer Success. */
    VP_CUSTOMER_SUCCESS,
    /** Global / PubSec CSM leader. */
    GLOBAL_PUBSEC_CSM_LEADER,
    /** Regional CSM manager. */
    REGIONAL_CSM_MANAGER,
    /** Account manager. */
    ACCOUNT_MANAGER
}
