package dev.escalation.model;

import java.time.Instant;

/**
 * One entry of an escalation's activity log.
 *
 * @param kind what was done (required)
 * @param at   when it was done (required, not after {@code now})
 */
public record Activity(ActivityKind kind, Instant at) {

    /**
     * @param kind what was done
     * @param at   when
     * @return the activity
     */
    public static Activity of(ActivityKind kind, Instant at) {
        return new Activity(kind, at);
    }
}
