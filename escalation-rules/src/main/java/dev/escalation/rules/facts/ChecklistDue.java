package dev.escalation.rules.facts;

import dev.escalation.decision.ChecklistItem;
import java.time.Instant;

/**
 * Derived: an item is on the escalation's checklist (S2: Opening the Escalation).
 *
 * @param item the item
 * @param due  when it is due, or {@code null} for an ongoing item
 */
public record ChecklistDue(ChecklistItem item, Instant due) {
}
