package dev.escalation.model;

import java.time.Instant;

/**
 * One entry of an escalation's activity log.
 *
 * @param kind     what was done (required)
 * @param at       when it was done (required, not after {@code now})
 * @param severity for a {@link ActivityKind#SEVERITY_CHANGED} entry, the severity it changed to, or {@code null}
 *                 when not recorded; must be {@code null} for every other kind
 */
public record Activity(ActivityKind kind, Instant at, Severity severity) {

    /**
     * An entry without a severity.
     *
     * @param kind what was done
     * @param at   when
     */
    public Activity(ActivityKind kind, Instant at) {
        this(kind, at, null);
    }

    /**
     * @param kind what was done
     * @param at   when
     * @return the activity
     */
    public static Activity of(ActivityKind kind, Instant at) {
        return new Activity(kind, at, null);
    }

    /**
     * @param at       when the severity was changed
     * @param severity the severity it was changed to
     * @return a {@link ActivityKind#SEVERITY_CHANGED} entry
     */
    public static Activity severityChanged(Instant at, Severity severity) {
        return new Activity(ActivityKind.SEVERITY_CHANGED, at, severity);
    }
}
