package dev.escalation.rules.facts;

import dev.escalation.model.Cadence;

/**
 * The longest time without an internal standup at a cadence, once the series is scheduled; a cadence without such a
 * fact has no limit.
 *
 * @param cadence the cadence
 * @param limit   the gap
 */
public record StandupGap(Cadence cadence, Limit limit) {
}
