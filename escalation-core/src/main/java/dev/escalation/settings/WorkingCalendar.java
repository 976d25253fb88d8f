package dev.escalation.settings;

import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working days a team counts gaps in (POLICY.md 2.8, "Working days", a setting beyond the handbook): a time zone,
 * the days of the week that are worked and the local dates that are holidays. With a calendar, the gaps of
 * {@code INTERNAL_UPDATE_OVERDUE}, {@code CUSTOMER_UPDATE_OVERDUE} and {@code STANDUP_OVERDUE} count only the time
 * that falls on working days: every other local day, from its local midnight to the next, is left out, whatever its
 * length (23 or 25 hours across a daylight-saving change, by the zone's rules).
 *
 * <p>Immutable. Construction rejects a missing zone, an empty working week and {@code null} days or dates, naming each
 * field ({@code settings.calendar.workingDays}) with {@link InvalidEscalationInputException}.
 *
 * @param zone        the time zone the team works in, e.g. {@code America/New_York}
 * @param workingDays the days of the week that are worked (default Monday to Friday); iterates Monday first
 * @param holidays    local dates that are not worked although their day of the week is; iterates in date order
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {

    /** The working week a calendar has unless told otherwise. */
    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Collections.unmodifiableSet(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    private static final long SECONDS_PER_DAY = 86_400;

    /**
     * Validates, then copies the days and dates into unmodifiable sets in order; {@code null} days mean the default.
     *
     * @param zone see {@link #zone()}
     * @param workingDays see {@link #workingDays()}
     * @param holidays see {@link #holidays()}
     */
    public WorkingCalendar {
        List<Violation> violations = new ArrayList<>();
        if (zone == null) {
            violations.add(new Violation("settings.calendar.zone", "is required"));
        }
        if (workingDays == null) {
            workingDays = MONDAY_TO_FRIDAY;
        } else if (containsNull(workingDays)) {
            violations.add(new Violation("settings.calendar.workingDays", "must not contain null"));
        } else if (workingDays.isEmpty()) {
            violations.add(new Violation("settings.calendar.workingDays",
                    "must name at least one day (a week without working days never counts a gap)"));
        } else {
            workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
        }
        if (holidays == null) {
            holidays = Set.of();
        } else if (containsNull(holidays)) {
            violations.add(new Violation("settings.calendar.holidays", "must not contain null"));
        } else {
            holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
        }
        if (!violations.isEmpty()) {
            throw new InvalidEscalationInputException(violations);
        }
    }

    /** Unlike {@code Set.contains(null)}, never throws for the sets that refuse {@code null}. */
    private static boolean containsNull(Collection<?> values) {
        for (Object value : values) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A calendar working Monday to Friday, without holidays.
     *
     * @param zone an IANA time zone id such as {@code Europe/Berlin}
     * @return the calendar
     * @throws InvalidEscalationInputException naming {@code settings.calendar.zone} when the id is unknown
     */
    public static WorkingCalendar of(String zone) {
        return new WorkingCalendar(zone(zone), MONDAY_TO_FRIDAY, Set.of());
    }

    /**
     * @param zone an IANA time zone id such as {@code America/New_York}
     * @return the zone
     * @throws InvalidEscalationInputException naming {@code settings.calendar.zone} when the id is missing or unknown
     */
    public static ZoneId zone(String zone) {
        if (zone == null) {
            throw new InvalidEscalationInputException(List.of(new Violation("settings.calendar.zone", "is required")));
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidEscalationInputException(List.of(new Violation("settings.calendar.zone",
                    "unknown time zone \"" + zone + "\" (expected an IANA id such as Europe/Berlin)")));
        }
    }

    /**
     * @param days the days of the week that are worked
     * @return a copy of this calendar with those days
     */
    public WorkingCalendar withWorkingDays(Collection<DayOfWeek> days) {
        return new WorkingCalendar(zone, days == null ? null : new java.util.HashSet<>(days), holidays);
    }

    /**
     * @param days the days of the week that are worked
     * @return a copy of this calendar with those days
     */
    public WorkingCalendar withWorkingDays(DayOfWeek... days) {
        return withWorkingDays(Arrays.asList(days));
    }

    /**
     * @param dates the holidays
     * @return a copy of this calendar with those holidays
     */
    public WorkingCalendar withHolidays(Collection<LocalDate> dates) {
        return new WorkingCalendar(zone, workingDays, dates == null ? null : new java.util.HashSet<>(dates));
    }

    /**
     * @param dates the holidays
     * @return a copy of this calendar with those holidays
     */
    public WorkingCalendar withHolidays(LocalDate... dates) {
        return withHolidays(Arrays.asList(dates));
    }

    /**
     * @param date a local date
     * @return whether it is worked: its day of the week is a working day and it is not a holiday
     */
    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The time between two instants that falls on working days, local days taken in {@link #zone()}.
     *
     * @param from the start
     * @param to   the end
     * @return the working time in {@code [from, to)}; zero when {@code to} is not after {@code from}
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDate first = dayOf(from);
        LocalDate last = dayOf(to);
        if (first.equals(last)) {
            return isWorkingDay(first) ? Duration.between(from, to) : Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        if (isWorkingDay(first)) {
            total = total.plus(Duration.between(from, startOf(first.plusDays(1))));
        }
        if (isWorkingDay(last)) {
            total = total.plus(Duration.between(startOf(last), to));
        }
        return total.plus(lengthOfWorkingDays(first.plusDays(1), last));
    }

    /**
     * The last instant at which the working time since {@code from} is not yet more than {@code limit} (POLICY.md
     * 2.12): where the limit is reached on a working day; a limit reached at the end of a working day, which is the
     * start of non-working days, gives the end of that non-working run, since no working time passes in it.
     *
     * @param from  the start of a gap
     * @param limit a positive limit
     * @return the latest instant {@code t} with {@code workingTimeBetween(from, t) <= limit}
     */
    public Instant lastInstantWithin(Instant from, Duration limit) {
        Instant cursor = from;
        Duration remaining = limit;
        while (true) {
            LocalDate day = dayOf(cursor);
            Instant end = startOf(day.plusDays(1));
            if (isWorkingDay(day)) {
                Duration available = Duration.between(cursor, end);
                if (available.compareTo(remaining) > 0) {
                    return cursor.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            cursor = end;
            if (remaining.isZero()) {
                while (!isWorkingDay(dayOf(cursor))) {
                    cursor = startOf(dayOf(cursor).plusDays(1));
                }
                return cursor;
            }
        }
    }

    /**
     * The local day an instant falls in, days being {@code [start of d, start of d + 1)}. That is the local date of the
     * instant except just after a change back across midnight, when the clock shows the day before again although the
     * next day has started.
     */
    private LocalDate dayOf(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, zone);
        while (!startOf(day.plusDays(1)).isAfter(instant)) {
            day = day.plusDays(1);
        }
        while (startOf(day).isAfter(instant)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The local midnight a day starts at (or the first instant of that day, when midnight falls in a DST gap). */
    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * The length of the working days in {@code [from, until)}, in arithmetic rather than day by day, so that a gap of
     * centuries costs no more than one of days: whole weeks times the working days per week, the rest counted, the
     * holidays taken off, and the working days on which the zone's offset changes (DST) corrected to their real length.
     */
    private Duration lengthOfWorkingDays(LocalDate from, LocalDate until) {
        long days = ChronoUnit.DAYS.between(from, until);
        if (days <= 0) {
            return Duration.ZERO;
        }
        long weeks = days / 7;
        long count = weeks * workingDays.size();
        for (LocalDate day = from.plusDays(weeks * 7); day.isBefore(until); day = day.plusDays(1)) {
            if (workingDays.contains(day.getDayOfWeek())) {
                count++;
            }
        }
        for (LocalDate holiday : holidays) {
            if (!holiday.isBefore(from) && holiday.isBefore(until) && workingDays.contains(holiday.getDayOfWeek())) {
                count--;
            }
        }
        long seconds = count * SECONDS_PER_DAY;
        // Days the zone's offset changes on (DST) do not last 24 h: find each such day from the transitions near the
        // span (a change at midnight may shorten the day after it, and a skipped date lasts nothing), and correct.
        ZoneRules rules = zone.getRules();
        Instant end = startOf(until).plus(Duration.ofDays(2));
        Set<LocalDate> changed = new TreeSet<>();
        for (ZoneOffsetTransition t = rules.nextTransition(startOf(from).minus(Duration.ofDays(2)));
                t != null && t.getInstant().isBefore(end); t = rules.nextTransition(t.getInstant())) {
            // The local dates around the change, a day either side: a day whose length is 24 h needs no correction.
            LocalDate before = LocalDate.ofInstant(t.getInstant().minusNanos(1), zone);
            LocalDate at = LocalDate.ofInstant(t.getInstant(), zone);
            LocalDate last = (before.isAfter(at) ? before : at).plusDays(1);
            for (LocalDate day = (before.isAfter(at) ? at : before).minusDays(1); !day.isAfter(last);
                    day = day.plusDays(1)) {
                changed.add(day);
            }
        }
        for (LocalDate day : changed) {
            if (!day.isBefore(from) && day.isBefore(until) && isWorkingDay(day)) {
                seconds += Duration.between(startOf(day), startOf(day.plusDays(1))).getSeconds() - SECONDS_PER_DAY;
            }
        }
        return Duration.ofSeconds(seconds);
    }

    /** @return how an explanation names gaps counted with this calendar, e.g. {@code on working days (Europe/Berlin)} */
    public String describe() {
        return "on working days (" + zone.getId() + ")";
    }
}
