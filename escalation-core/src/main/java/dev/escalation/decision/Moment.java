package dev.escalation.decision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One point of a replayed timeline: the assessment of the case as it was known at that instant, and how its findings
 * changed since the point before. Findings are matched by what they are about (their code and the item, role,
 * cadence or channel they name), not by their figures, which grow with time.
 *
 * @param at         the instant
 * @param assessment the assessment as of that instant
 * @param appeared   the findings present now and not at the point before, in finding order
 * @param cleared    the findings present at the point before and not now, in finding order
 */
public record Moment(Instant at, Assessment assessment, List<Finding> appeared, List<Finding> cleared) {

    /**
     * Rejects missing parts and copies the lists.
     *
     * @param at see {@link #at()}
     * @param assessment see {@link #assessment()}
     * @param appeared see {@link #appeared()}
     * @param cleared see {@link #cleared()}
     */
    public Moment {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(assessment, "assessment");
        appeared = List.copyOf(appeared);
        cleared = List.copyOf(cleared);
    }
}
