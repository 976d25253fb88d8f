package dev.escalation.decision;

/** What to do once an escalation may close (S2: Closing the Escalation), in order. */
public enum ClosureStep {
    /** Post the Escalation Closure in the Gainsight CTA with the closure template. */
    POST_CLOSURE_UPDATE,
    /** Copy that update into {@code #escalated_customers}. */
    ANNOUNCE_CLOSURE,
    /** Archive the temporary Slack channel. */
    ARCHIVE_ESCALATION_CHANNEL,
    /** Update the customer's CSM Sentiment in Gainsight. */
    UPDATE_CSM_SENTIMENT
}
