package dev.escalation.rules.facts;

import dev.escalation.model.Event;

/**
 * Derived: the event is one of the key moments posted in {@code #escalated_customers}
 * (S2: Posting in escalated_customers).
 *
 * @param event the event
 */
public record KeyMoment(Event event) {
}
