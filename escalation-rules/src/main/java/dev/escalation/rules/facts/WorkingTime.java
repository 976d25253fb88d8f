package dev.escalation.rules.facts;

import dev.escalation.settings.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * How the gaps of internal updates, customer updates and standups are counted (POLICY.md 2.8): wall-clock time, or,
 * with a calendar in the settings, only the time on working days.
 *
 * @param calendar the working-days calendar, or {@code null} to count wall-clock time
 */
public record WorkingTime(WorkingCalendar calendar) {

    /**
     * @param since the start of the gap
     * @param now   the end of the gap
     * @return the gap between them as counted
     */
    public Gap between(Instant since, Instant now) {
        return new Gap(calendar == null ? Duration.between(since, now) : calendar.workingTimeBetween(since, now),
                calendar);
    }

    /**
     * @param since the start of a gap
     * @param limit its limit
     * @return the last instant at which the gap is not yet more than the limit, as counted (POLICY.md 2.12)
     */
    public Instant lastInstantWithin(Instant since, Duration limit) {
        return calendar == null ? since.plus(limit) : calendar.lastInstantWithin(since, limit);
    }

    /**
     * @param first  an instant
     * @param second another instant, or {@code null}
     * @return the later of the two ({@code first} when {@code second} is {@code null})
     */
    public static Instant later(Instant first, Instant second) {
        return second != null && second.isAfter(first) ? second : first;
    }
}
