package dev.escalation.rules.facts;

import java.time.Instant;

/**
 * Derived, a question (POLICY.md 2.8, v3): the open, in-scope escalation is actively managed, not monitoring, and the
 * cadence's gaps and its week count from no earlier than {@code since}.
 *
 * @param since {@code openedAt}, or the later severity change that ended monitoring
 */
public record ActivelyManaged(Instant since) {
}
