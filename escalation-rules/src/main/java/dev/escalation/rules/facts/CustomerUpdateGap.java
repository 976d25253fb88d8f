package dev.escalation.rules.facts;

import dev.escalation.model.Cadence;

/**
 * The longest time without a customer update at a cadence; a cadence without such a fact has no limit.
 *
 * @param cadence the cadence
 * @param limit   the gap
 */
public record CustomerUpdateGap(Cadence cadence, Limit limit) {
}
