package dev.escalation.rules.facts;

import java.time.Instant;

/**
 * Derived, a question (POLICY.md 2.8, v3): the open, in-scope escalation is actively managed, not monitoring. A change
 * of severity that ended monitoring restarts the cadence: the gaps count from no earlier than it, and
 * {@code CUSTOMER_UPDATES_TOO_FEW}'s "open for at least 7 days" counts from it instead of {@code openedAt}.
 *
 * @param since    the earliest instant the gaps count from: the later of {@code openedAt} and that change
 * @param openFrom the instant the escalation counts as open from: that change, else {@code openedAt}
 */
public record ActivelyManaged(Instant since, Instant openFrom) {

    /**
     * An escalation never monitored: both instants are its opening.
     *
     * @param openedAt the escalation's opening
     */
    public ActivelyManaged(Instant openedAt) {
        this(openedAt, openedAt);
    }

    /**
     * @param openedAt the escalation's opening
     * @param ended    the change that ended monitoring, or {@code null}
     * @return the fact
     */
    public static ActivelyManaged of(Instant openedAt, Instant ended) {
        return ended == null ? new ActivelyManaged(openedAt, openedAt)
                : new ActivelyManaged(WorkingTime.later(openedAt, ended), ended);
    }
}
