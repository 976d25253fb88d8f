package dev.escalation.rules.facts;

import dev.escalation.decision.ChecklistItem;

/**
 * Derived: a checklist item is done, as the activity log (or the named Product DRI) shows.
 *
 * @param item the item
 */
public record ChecklistDone(ChecklistItem item) {
}
