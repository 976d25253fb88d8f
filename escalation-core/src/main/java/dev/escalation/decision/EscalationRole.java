package dev.escalation.decision;

/**
 * A role in an escalation (S2: Escalation DRI; CS Help Request; S0: How to start an Account Escalation).
 * The declaration order is the order in which support reaches out.
 */
public enum EscalationRole {
    /** The Professional Services project manager. */
    PS_PROJECT_MANAGER,
    /** The Customer Success Manager. */
    CSM,
    /** The Account Executive. */
    ACCOUNT_EXECUTIVE,
    /** The Customer Success Engineer (TAM Scale). */
    CSE,
    /** The regional CSM manager. */
    REGIONAL_CSM_MANAGER,
    /** The regional CSE leader. */
    REGIONAL_CSE_LEADER,
    /** The Support Manager On-call (opens the escalation when nobody answers; needs Salesforce access). */
    SUPPORT_MANAGER_ON_CALL,
    /** v3, in {@code notify} only: the Product DRI. */
    PRODUCT_DRI,
    /** v3, in {@code notify} only: the support DRI of the emergency. */
    SUPPORT_DRI
}
