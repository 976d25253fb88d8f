package dev.escalation.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.validation.InvalidEscalationInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The working-days calendar of POLICY.md 2.8: only time on working local days counts, each non-working day left out
 * from its local midnight to the next, whatever its length. DST weeks are those of 2026: America/New_York springs
 * forward on Sunday 8 March and falls back on Sunday 1 November, Europe/Berlin on Sunday 29 March and Sunday 25 October.
 */
class WorkingCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    @Test
    void aFridayAfternoonUpdateIsADailyGapOnMondayAfternoon() {
        WorkingCalendar calendar = WorkingCalendar.of("America/New_York");
        Instant friday = local("2026-03-13T16:00", NEW_YORK);

        assertThat(calendar.workingTimeBetween(friday, local("2026-03-16T16:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(24));
        assertThat(calendar.workingTimeBetween(friday, local("2026-03-16T16:00:01", NEW_YORK)))
                .isEqualTo(Duration.ofHours(24).plusSeconds(1));
        assertThat(calendar.workingTimeBetween(friday, local("2026-03-15T23:59", NEW_YORK)))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aWeekendWithADaylightSavingChangeCountsNothingOnMondayToFriday() {
        WorkingCalendar newYork = WorkingCalendar.of("America/New_York");
        WorkingCalendar berlin = WorkingCalendar.of("Europe/Berlin");

        // Wall clock across the spring-forward weekend is 71 h in New York; the working time is Friday's and Monday's.
        Instant friday = local("2026-03-06T12:00", NEW_YORK);
        Instant monday = local("2026-03-09T12:00", NEW_YORK);
        assertThat(Duration.between(friday, monday)).isEqualTo(Duration.ofHours(71));
        assertThat(newYork.workingTimeBetween(friday, monday)).isEqualTo(Duration.ofHours(24));
        // The fall-back weekend in Berlin: 73 h of wall clock, 24 h of work.
        Instant berlinFriday = local("2026-10-23T12:00", BERLIN);
        Instant berlinMonday = local("2026-10-26T12:00", BERLIN);
        assertThat(Duration.between(berlinFriday, berlinMonday)).isEqualTo(Duration.ofHours(73));
        assertThat(berlin.workingTimeBetween(berlinFriday, berlinMonday)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aWorkedDaylightSavingSundayLasts23Or25Hours() {
        WorkingCalendar newYork = new WorkingCalendar(NEW_YORK, EnumSet.of(DayOfWeek.SUNDAY), Set.of());
        WorkingCalendar berlin = new WorkingCalendar(BERLIN, EnumSet.of(DayOfWeek.SUNDAY), Set.of());

        assertThat(newYork.workingTimeBetween(local("2026-03-07T00:00", NEW_YORK), local("2026-03-10T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(23));
        assertThat(newYork.workingTimeBetween(local("2026-10-31T00:00", NEW_YORK), local("2026-11-03T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(25));
        assertThat(berlin.workingTimeBetween(local("2026-03-28T00:00", BERLIN), local("2026-03-31T00:00", BERLIN)))
                .isEqualTo(Duration.ofHours(23));
        assertThat(berlin.workingTimeBetween(local("2026-10-24T00:00", BERLIN), local("2026-10-27T00:00", BERLIN)))
                .isEqualTo(Duration.ofHours(25));
        // From inside the short day: Sunday 01:00 to Monday 00:00 in New York is 22 h of wall clock.
        assertThat(newYork.workingTimeBetween(local("2026-03-08T01:00", NEW_YORK), local("2026-03-09T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(22));
    }

    @Test
    void aHolidayIsLeftOutLikeAWeekend() {
        WorkingCalendar christmas = WorkingCalendar.of("Europe/Berlin").withHolidays(LocalDate.parse("2026-12-25"));
        Instant thursday = local("2026-12-24T12:00", BERLIN);

        // Thursday noon to Monday noon: Thursday's 12 h and Monday's 12 h; Friday is a holiday.
        assertThat(christmas.workingTimeBetween(thursday, local("2026-12-28T12:00", BERLIN)))
                .isEqualTo(Duration.ofHours(24));
        assertThat(WorkingCalendar.of("Europe/Berlin").workingTimeBetween(thursday, local("2026-12-28T12:00", BERLIN)))
                .isEqualTo(Duration.ofHours(48));
        assertThat(christmas.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
        assertThat(christmas.isWorkingDay(LocalDate.parse("2026-12-24"))).isTrue();
    }

    @Test
    void aSevenDayWorkingWeekCountsWallClockTime() {
        Random random = new Random(7);
        for (String zone : List.of("America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Pacific/Apia", "UTC")) {
            WorkingCalendar everyDay = new WorkingCalendar(ZoneId.of(zone), EVERY_DAY, Set.of());
            for (int i = 0; i < 2_000; i++) {
                Instant from = Instant.parse("2010-01-01T00:00:00Z").plusSeconds(random.nextInt(500_000_000));
                Instant to = from.plusSeconds(random.nextInt(30_000_000));
                assertThat(everyDay.workingTimeBetween(from, to)).as("%s from %s to %s", zone, from, to)
                        .isEqualTo(Duration.between(from, to));
            }
        }
    }

    @Test
    void agreesWithCountingDayByDay() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<String> zones = List.of("America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu",
                "Pacific/Apia", "America/Sao_Paulo", "Asia/Gaza", "America/St_Johns");
        for (int i = 0; i < 3_000; i++) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(3) > 0) {
                    days.add(day);
                }
            }
            if (days.isEmpty()) {
                days.add(DayOfWeek.WEDNESDAY);
            }
            Set<LocalDate> holidays = new HashSet<>();
            for (int h = random.nextInt(6); h > 0; h--) {
                holidays.add(LocalDate.of(2008, 1, 1).plusDays(random.nextInt(6_000)));
            }
            WorkingCalendar calendar = new WorkingCalendar(ZoneId.of(zones.get(random.nextInt(zones.size()))), days,
                    holidays);
            Instant from = Instant.parse("2008-01-01T00:00:00Z").plusSeconds(random.nextInt(500_000_000));
            Instant to = from.plusSeconds(random.nextInt(random.nextBoolean() ? 400_000 : 90_000_000));
            assertThat(calendar.workingTimeBetween(from, to)).as("seed %d: %s from %s to %s", seed, calendar, from, to)
                    .isEqualTo(dayByDay(calendar, from, to));
        }
    }

    /** The definition, slowly: each local day's overlap with {@code [from, to)} when it is a working day. */
    private static Duration dayByDay(WorkingCalendar calendar, Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (LocalDate day = LocalDate.ofInstant(from, calendar.zone()); ; day = day.plusDays(1)) {
            Instant start = day.atStartOfDay(calendar.zone()).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
            if (!start.isBefore(to)) {
                return total;
            }
            if (calendar.isWorkingDay(day)) {
                Instant a = start.isAfter(from) ? start : from;
                Instant b = end.isBefore(to) ? end : to;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
    }

    @Test
    void aGapOfCenturiesIsCountedAtOnce() {
        WorkingCalendar calendar = WorkingCalendar.of("Europe/Berlin");
        Duration gap = calendar.workingTimeBetween(Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59Z"));

        assertThat(gap).isGreaterThan(Duration.ofDays(365L * 9000 * 5 / 7)).isLessThan(Duration.ofDays(365L * 10_000));
        assertThat(calendar.workingTimeBetween(Instant.parse("2026-03-02T10:00:00Z"),
                Instant.parse("2026-03-02T09:00:00Z"))).isZero();
    }

    @Test
    void anUnknownZoneAnEmptyWeekAndNullsAreInputErrorsNamingTheField() {
        assertThatThrownBy(() -> WorkingCalendar.of("Mars/Olympus_Mons"))
                .isInstanceOf(InvalidEscalationInputException.class)
                .hasMessage("settings.calendar.zone: unknown time zone \"Mars/Olympus_Mons\" (expected an IANA id such as "
                        + "Europe/Berlin)");
        assertThatThrownBy(() -> new WorkingCalendar(null, Set.of(), null))
                .isInstanceOfSatisfying(InvalidEscalationInputException.class, e -> assertThat(e.fields())
                        .containsExactly("settings.calendar.zone", "settings.calendar.workingDays"));
        assertThatThrownBy(() -> WorkingCalendar.of("UTC").withHolidays(java.util.Arrays.asList(LocalDate.MIN, null)))
                .isInstanceOfSatisfying(InvalidEscalationInputException.class, e -> assertThat(e.fields())
                        .containsExactly("settings.calendar.holidays"));
        assertThat(new WorkingCalendar(BERLIN, null, null).workingDays()).isEqualTo(WorkingCalendar.MONDAY_TO_FRIDAY);
    }

    @Test
    void theCalendarIsImmutableAndDescribesItself() {
        Set<LocalDate> holidays = new HashSet<>(Set.of(LocalDate.parse("2026-12-25")));
        WorkingCalendar calendar = WorkingCalendar.of("Europe/Berlin").withHolidays(holidays);
        holidays.clear();

        assertThat(calendar.holidays()).containsExactly(LocalDate.parse("2026-12-25"));
        assertThatThrownBy(() -> calendar.workingDays().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(calendar.describe()).isEqualTo("on working days (Europe/Berlin)");
    }
}
