package dev.escalation.rules.facts;

import java.time.Instant;

/**
 * Derived, a question (POLICY.md 2.6, v3): the instant a product DRI became (or would become) required.
 *
 * @param at {@code openedAt} when opened high or critical, else the first change to high or critical, else the last
 *           change; never before {@code openedAt}
 */
public record ProductDriRequiredSince(Instant at) {
}
