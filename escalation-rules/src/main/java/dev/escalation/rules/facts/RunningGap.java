package dev.escalation.rules.facts;

import dev.escalation.decision.FindingCode;
import dev.escalation.model.Cadence;
import java.time.Duration;
import java.time.Instant;

/**
 * Derived (POLICY.md 2.8): the gap of an actively managed escalation's internal updates, customer updates or standups
 * at {@code now}, with its limit, whether or not it is over: the findings, the manager's step-in and what is upcoming
 * all read it.
 *
 * @param code     the finding the gap gives when it is more than its limit: {@code INTERNAL_UPDATE_OVERDUE},
 *                 {@code CUSTOMER_UPDATE_OVERDUE} or {@code STANDUP_OVERDUE}
 * @param cadence  the cadence whose gap applies, or {@code null} for internal updates (every severity)
 * @param since    the instant the gap counts from
 * @param last     the last matching activity, or {@code null}
 * @param gap      the gap from {@code since} to {@code now}, as counted
 * @param limit    the limit
 * @param counting how gaps are counted
 * @param stepIn   how far past its limit the gap may run before the CSM manager steps in (POLICY.md 2.8, v3)
 * @param stepInAt the last instant at which the gap has not yet run past its limit by more than {@code stepIn}: a
 *                 value, not a method, so that a rule can compare it with another gap's
 */
public record RunningGap(FindingCode code, Cadence cadence, Instant since, Instant last, Gap gap, Limit limit,
                         WorkingTime counting, Duration stepIn, Instant stepInAt) {

    /**
     * @param code     see {@link #code()}
     * @param cadence  see {@link #cadence()}
     * @param start    the earliest instant the gap may count from
     * @param last     see {@link #last()}; the gap counts from the later of it and {@code start}
     * @param limit    see {@link #limit()}
     * @param counting see {@link #counting()}
     * @param stepIn   see {@link #stepIn()}
     * @param now      the instant decided as of
     * @return the gap at {@code now}
     */
    public static RunningGap of(FindingCode code, Cadence cadence, Instant start, Instant last, Limit limit,
                                WorkingTime counting, Duration stepIn, Instant now) {
        Instant since = WorkingTime.later(start, last);
        return new RunningGap(code, cadence, since, last, counting.between(since, now), limit, counting, stepIn,
                counting.lastInstantWithin(since, limit.value().plus(stepIn)));
    }

    /**
     * The gap with the default step-in time, for tests of one rule file.
     *
     * @param code     see {@link #code()}
     * @param cadence  see {@link #cadence()}
     * @param start    the earliest instant the gap may count from
     * @param last     see {@link #last()}
     * @param limit    see {@link #limit()}
     * @param counting see {@link #counting()}
     * @param now      the instant decided as of
     * @return the gap at {@code now}
     */
    public static RunningGap of(FindingCode code, Cadence cadence, Instant start, Instant last, Limit limit,
                                WorkingTime counting, Instant now) {
        return of(code, cadence, start, last, limit, counting,
                dev.escalation.settings.PolicySettings.defaults().managerStepInAfter(), now);
    }

    /** @return whether the gap runs past its limit by more than the step-in time: the CSM manager steps in */
    public boolean managerStepsIn() {
        return isOver(stepIn);
    }


    /** @return whether the gap is more than its limit: the finding is given */
    public boolean overdue() {
        return isOver(Duration.ZERO);
    }

    /**
     * @param extra time beyond the limit
     * @return whether the gap is more than its limit plus {@code extra}
     */
    public boolean isOver(Duration extra) {
        return gap.duration().compareTo(limit.value().plus(extra)) > 0;
    }

    /** @return how far the gap is past its limit */
    public Duration overdueBy() {
        return gap.duration().minus(limit.value());
    }

    /**
     * @param extra time beyond the limit
     * @return the last instant at which the gap is not yet more than its limit plus {@code extra} (POLICY.md 2.12)
     */
    public Instant lastInstantWithin(Duration extra) {
        return counting.lastInstantWithin(since, limit.value().plus(extra));
    }
}
