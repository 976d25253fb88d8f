package dev.escalation.model;

/** What was done during an escalation; the activity log is matched against the checklist and cadence. */
public enum ActivityKind {
    /** The temporary {@code #esc_} Slack channel was created. */
    CHANNEL_CREATED,
    /** The escalation DRI and the immediate asks were written down. */
    DRI_AND_ASKS_IDENTIFIED,
    /** The escalation was declared in {@code #escalated_customers}. */
    DECLARED,
    /** The CS Help request (escalation case) was opened in Salesforce. */
    CS_HELP_REQUEST_OPENED,
    /** The internal standup series was scheduled and documented. */
    STANDUP_SCHEDULED,
    /** An update was posted internally (Slack channel, Gainsight CTA). */
    INTERNAL_UPDATE,
    /** The customer was updated on progress. */
    CUSTOMER_UPDATE,
    /** An internal standup took place. */
    STANDUP_HELD,
    /** The severity of the escalation was changed. */
    SEVERITY_CHANGED,
    /** The escalation was handed over to the next on-call engineer or manager. */
    HANDOVER
}
