package dev.escalation.decision;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the policy will decide later if nothing is done (POLICY.md 2.12, v3): the finding (or the conversion
 * trigger) named by {@code code} is not given at the assessment's {@code now} and is given at every instant strictly
 * after {@link #at()} ({@code NEXT_TOUCHPOINT_MISSING} and {@code CUSTOMER_UPDATES_TOO_FEW} from {@code at} on).
 *
 * @param code the finding code, or {@code LONG_RUNNING_NO_RESOLUTION} for the conversion trigger
 * @param at   the instant; never before the assessment's {@code now}
 * @param item for {@code CHECKLIST_ITEM_OVERDUE}, the checklist item; empty otherwise
 * @param step for {@code CLOSING_STEP_OVERDUE}, the closing step; empty otherwise
 */
public record Upcoming(String code, Instant at, Optional<ChecklistItem> item, Optional<ClosureStep> step)
        implements Comparable<Upcoming> {

    /** By {@code at}, then {@code code}, then the item's or step's name, as POLICY.md 2.12 sorts them. */
    private static final Comparator<Upcoming> ORDER = Comparator.comparing(Upcoming::at)
            .thenComparing(Upcoming::code)
            .thenComparing(Upcoming::subject);

    /**
     * Rejects a missing code or instant and normalises {@code null} options to empty.
     *
     * @param code see {@link #code()}
     * @param at see {@link #at()}
     * @param item see {@link #item()}
     * @param step see {@link #step()}
     */
    public Upcoming {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(at, "at");
        item = item == null ? Optional.empty() : item;
        step = step == null ? Optional.empty() : step;
    }

    /**
     * @param code a finding code
     * @param at   when it comes
     * @return the entry, without item or step
     */
    public static Upcoming of(String code, Instant at) {
        return new Upcoming(code, at, Optional.empty(), Optional.empty());
    }

    /**
     * @param item a checklist item that will be overdue
     * @param at   its due instant
     * @return the {@code CHECKLIST_ITEM_OVERDUE} entry
     */
    public static Upcoming item(ChecklistItem item, Instant at) {
        return new Upcoming(FindingCode.CHECKLIST_ITEM_OVERDUE.name(), at, Optional.of(item), Optional.empty());
    }

    /**
     * @param step a closing step that will be overdue
     * @param at   its due instant
     * @return the {@code CLOSING_STEP_OVERDUE} entry
     */
    public static Upcoming step(ClosureStep step, Instant at) {
        return new Upcoming(FindingCode.CLOSING_STEP_OVERDUE.name(), at, Optional.empty(), Optional.of(step));
    }

    /** @return the item's or step's name, or the empty string: the last sort key */
    private String subject() {
        return item.map(Enum::name).orElseGet(() -> step.map(Enum::name).orElse(""));
    }

    @Override
    public int compareTo(Upcoming other) {
        return ORDER.compare(this, other);
    }
}
