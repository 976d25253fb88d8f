package dev.escalation.rules.facts;

/**
 * Derived: whether the event is posted in {@code #escalated_customers} (S2: Posting in escalated_customers).
 *
 * @param post whether to post
 */
public record Broadcast(boolean post) {
}
