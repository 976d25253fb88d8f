package dev.escalation.rules.facts;

import java.time.Instant;
import java.util.Objects;

/**
 * The instant the case is evaluated at, given by the caller; rules never read a clock.
 *
 * @param at the instant
 */
public record Now(Instant at) {

    /**
     * Rejects a missing instant.
     *
     * @param at see {@link #at()}
     */
    public Now {
        Objects.requireNonNull(at, "at");
    }
}
