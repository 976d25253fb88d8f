package dev.escalation.rules.facts;

import dev.escalation.decision.ChecklistItem;

/**
 * Derived: a checklist item is done, as the activity log (or the named Product DRI) shows.
 *
 * @param item   the item
 * @param change which severity change's item, as {@link ChecklistDue#change()}; 0 for an item due once
 */
public record ChecklistDone(ChecklistItem item, int change) {

    /**
     * An item due once is done.
     *
     * @param item see {@link #item()}
     */
    public ChecklistDone(ChecklistItem item) {
        this(item, 0);
    }
}
