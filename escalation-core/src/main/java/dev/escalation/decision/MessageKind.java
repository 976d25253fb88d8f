package dev.escalation.decision;

/**
 * A message the handbook asks people to post at a fixed moment, which the policy drafts from the case.
 */
public enum MessageKind {
    /** The declaration in {@code #escalated_customers} (S2: Declare the escalation): when opened or re-prioritised. */
    DECLARATION("declaration"),
    /** The opening message of the temporary channel (S2: Temporary Slack Channel): when opened. */
    CHANNEL_OPENING("channelOpening"),
    /** The daily update in the temporary channel (S2: Managing the Escalation): with the daily update. */
    DAILY_UPDATE("dailyUpdate"),
    /** The closure update with the closure template's questions (S2: Closing the Escalation): once closing. */
    CLOSURE_UPDATE("closureUpdate");

    private final String key;

    MessageKind(String key) {
        this.key = key;
    }

    /** @return the message's name in JSON and in its template's file name, e.g. {@code channelOpening} */
    public String key() {
        return key;
    }
}
