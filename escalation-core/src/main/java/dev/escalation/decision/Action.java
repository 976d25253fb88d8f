package dev.escalation.decision;

/** Something support should do about an emergency (S0: When to start / How to start an Account Escalation). */
public enum Action {
    /** Decide together with the Support Manager On-call: always, the decision is advisory. */
    CONSULT_SUPPORT_MANAGER_ON_CALL,
    /** Choose the escalation's severity level. */
    CHOOSE_SEVERITY_LEVEL,
    /** Reach out to the would-be escalation DRI (the CSM, else the AE, CSE or their regional manager). */
    CONTACT_ESCALATION_DRI,
    /** Ask the engineers of the recent Professional Services engagement to assist. */
    INVOLVE_PS_ENGINEERS
}
