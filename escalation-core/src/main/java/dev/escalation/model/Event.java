package dev.escalation.model;

/** Something that just happened to an escalation; decides whether to post in {@code #escalated_customers}. */
public enum Event {
    /** The escalation was identified and opened. */
    OPENED,
    /** The escalation was closed. */
    CLOSED,
    /** The risk was reduced to the standard business process. */
    RISK_REDUCED,
    /** The severity (priority) of the escalation changed. */
    SEVERITY_CHANGED,
    /** The daily update was posted. */
    DAILY_UPDATE,
    /** An internal standup took place. */
    STANDUP,
    /** A call with the customer took place. */
    CUSTOMER_CALL,
    /** The DRI of the escalation changed. */
    DRI_CHANGED
}
