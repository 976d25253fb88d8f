package dev.escalation.decision;

/** Something that prevents closing an escalation (S2: Closing the Escalation; S0: Closing an Account Escalation). */
public enum Blocker {
    /** The customer has not agreed the situation is resolved. */
    CUSTOMER_NOT_AGREED,
    /** The alignment is not documented in an issue or email. */
    ALIGNMENT_NOT_DOCUMENTED,
    /** The escalation DRI has not agreed to the closing. */
    DRI_NOT_AGREED,
    /** The customer requested an RCA of a platform-related escalation and engineering has not delivered it. */
    RCA_PENDING,
    /** A closure question (outcome, exit criteria met, summary) is unanswered. */
    CLOSURE_QUESTIONS_UNANSWERED
}
