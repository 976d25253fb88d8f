package dev.escalation.decision;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of an escalation's checklist.
 *
 * @param item the item
 * @param due  when it is due; empty for ongoing items
 * @param done whether it is done (always {@code false} for ongoing items)
 */
public record ChecklistEntry(ChecklistItem item, Optional<Instant> due, boolean done) {

    /**
     * Rejects a missing item and normalises a {@code null} due to empty.
     *
     * @param item see {@link #item()}
     * @param due see {@link #due()}
     * @param done see {@link #done()}
     */
    public ChecklistEntry {
        Objects.requireNonNull(item, "item");
        due = due == null ? Optional.empty() : due;
    }
}
