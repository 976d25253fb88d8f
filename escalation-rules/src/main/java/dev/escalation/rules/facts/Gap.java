package dev.escalation.rules.facts;

import dev.escalation.settings.WorkingCalendar;
import java.time.Duration;

/**
 * A gap as the policy counts it: wall-clock time, or only the time on working days when a calendar is set.
 *
 * @param duration the time counted
 * @param calendar the calendar it was counted in, or {@code null} for wall-clock time
 */
public record Gap(Duration duration, WorkingCalendar calendar) {
}
