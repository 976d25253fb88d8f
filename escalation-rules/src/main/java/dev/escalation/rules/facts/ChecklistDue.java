package dev.escalation.rules.facts;

import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.Stakeholder;
import java.time.Instant;
import java.util.List;

/**
 * Derived: an item is on the escalation's checklist (S2: Opening the Escalation).
 *
 * @param item         the item
 * @param due          when it is due, or {@code null} for an ongoing item
 * @param change       for an item due once per severity change ({@code INFORM_NEWLY_INVOLVED}), the change's
 *                     {@link SeverityChange#position()}; 0 for every other item
 * @param stakeholders for {@code INFORM_NEWLY_INVOLVED}, whom the change newly involves; empty otherwise
 */
public record ChecklistDue(ChecklistItem item, Instant due, int change, List<Stakeholder> stakeholders) {

    /**
     * Copies the stakeholders.
     *
     * @param item see {@link #item()}
     * @param due see {@link #due()}
     * @param change see {@link #change()}
     * @param stakeholders see {@link #stakeholders()}
     */
    public ChecklistDue {
        stakeholders = List.copyOf(stakeholders);
    }

    /**
     * An item due once.
     *
     * @param item see {@link #item()}
     * @param due see {@link #due()}
     */
    public ChecklistDue(ChecklistItem item, Instant due) {
        this(item, due, 0, List.of());
    }
}
