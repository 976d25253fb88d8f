package dev.escalation.decision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of an escalation's checklist.
 *
 * @param item the item
 * @param due  when it is due; empty for ongoing items
 * @param done whether it is done (always {@code false} for ongoing items)
 * @param stakeholders for {@link ChecklistItem#INFORM_NEWLY_INVOLVED}, the stakeholders the severity change newly
 *                     involves, in declaration order (v3); empty for every other item
 */
public record ChecklistEntry(ChecklistItem item, Optional<Instant> due, boolean done, List<Stakeholder> stakeholders) {

    /**
     * Rejects a missing item and normalises a {@code null} due to empty.
     *
     * @param item see {@link #item()}
     * @param due see {@link #due()}
     * @param done see {@link #done()}
     * @param stakeholders see {@link #stakeholders()}; {@code null} means none
     */
    public ChecklistEntry {
        Objects.requireNonNull(item, "item");
        due = due == null ? Optional.empty() : due;
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
    }

    /**
     * An entry that names no stakeholders.
     *
     * @param item see {@link #item()}
     * @param due see {@link #due()}
     * @param done see {@link #done()}
     */
    public ChecklistEntry(ChecklistItem item, Optional<Instant> due, boolean done) {
        this(item, due, done, List.of());
    }
}
