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
    HANDOVER,
    /** v3: the risk was reduced to standard business process: the issue is resolved and the solution monitored. */
    RISK_REDUCED,
    /** v3: the people of the severity's involvement were told. */
    INVOLVED_INFORMED,
    /** v3: the Product DRI was added to the {@code #esc_} channel. */
    PRODUCT_DRI_ADDED,
    /** v3: the Gainsight CTA of the CS Help request exists. */
    GAINSIGHT_CTA_CREATED,
    /** v3: the closure update was posted (closing step {@code POST_CLOSURE_UPDATE}). */
    CLOSURE_POSTED,
    /** v3: the closure was announced (closing step {@code ANNOUNCE_CLOSURE}). */
    CLOSURE_ANNOUNCED,
    /** v3: the {@code #esc_} channel was archived (closing step {@code ARCHIVE_ESCALATION_CHANNEL}). */
    CHANNEL_ARCHIVED,
    /** v3: the CSM sentiment was updated (closing step {@code UPDATE_CSM_SENTIMENT}). */
    SENTIMENT_UPDATED
}
