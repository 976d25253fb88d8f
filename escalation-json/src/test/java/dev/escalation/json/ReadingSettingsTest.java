package dev.escalation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.model.Cadence;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import dev.escalation.validation.InvalidEscalationInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy settings as {@code decide --settings} reads them, version 2: standup gaps and a working-days calendar;
 * version 3: the handover window, the manager's step-in time, the Gainsight sync and the closing steps' grace.
 */
class ReadingSettingsTest {

    @Test
    void nothingGivenIsTheDefaults() {
        assertThat(EscalationJson.readSettings("{}")).isEqualTo(PolicySettings.defaults());
    }

    @Test
    void everySettingIsReadOverTheDefaults() {
        PolicySettings settings = EscalationJson.readSettings("{\"conversionThreshold\":\"PT2H\","
                + "\"upgradeProblemCount\":3,\"customerUpdateGaps\":{\"STANDARD\":\"P30D\",\"DAILY\":null},"
                + "\"standupGaps\":{\"DAILY\":\"PT48H\",\"WEEKLY_TO_BIWEEKLY\":null}}");

        assertThat(settings).isEqualTo(PolicySettings.builder().conversionThreshold(Duration.ofHours(2))
                .upgradeProblemCount(3).customerUpdateGap(Cadence.STANDARD, Duration.ofDays(30))
                .customerUpdateGap(Cadence.DAILY, null).standupGap(Cadence.DAILY, Duration.ofHours(48))
                .standupGap(Cadence.WEEKLY_TO_BIWEEKLY, null).build());
    }

    /** Every setting of the library, named as in {@link PolicySettings#values()}. */
    static Stream<String> settings() {
        return PolicySettings.defaults().values().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("settings")
    void eachSettingGivenOverridesItAloneAndIsWrittenBack(String setting) {
        Map<String, Object> expected = new LinkedHashMap<>(PolicySettings.defaults().values());
        Object other = expected.get(setting) instanceof Duration duration ? duration.plusHours(1)
                : (Integer) expected.get(setting) + 1;
        expected.put(setting, other);
        String value = other instanceof Duration ? "\"" + other + "\"" : other.toString();
        // A gap per cadence is named customerUpdateGaps.DAILY in values() and nested in JSON.
        String[] path = setting.split("\\.");
        String json = path.length == 1 ? "{\"" + setting + "\":" + value + "}"
                : "{\"" + path[0] + "\":{\"" + path[1] + "\":" + value + "}}";

        PolicySettings read = EscalationJson.readSettings(json);

        assertThat(read.values()).isEqualTo(expected);
        assertThat(EscalationJson.readSettings(EscalationJson.writeSettings(read))).isEqualTo(read);
    }

    @Test
    void aCalendarNeedsOnlyItsZone() {
        PolicySettings settings = EscalationJson.readSettings("{\"calendar\":{\"zone\":\"Europe/Berlin\"}}");

        assertThat(settings.calendar()).isEqualTo(WorkingCalendar.of("Europe/Berlin"));
        assertThat(settings.calendar().workingDays()).isEqualTo(WorkingCalendar.MONDAY_TO_FRIDAY);
    }

    @Test
    void aCalendarWithItsWorkingDaysAndHolidays() {
        PolicySettings settings = EscalationJson.readSettings("{\"calendar\":{\"zone\":\"Asia/Dubai\","
                + "\"workingDays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"SUNDAY\"],"
                + "\"holidays\":[\"2026-12-25\",\"2026-01-01\"]}}");

        assertThat(settings.calendar()).isEqualTo(new WorkingCalendar(ZoneId.of("Asia/Dubai"),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.SUNDAY), Set.of(LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-12-25"))));
    }

    @Test
    void aNullCalendarIsNone() {
        assertThat(EscalationJson.readSettings("{\"calendar\":null}").calendar()).isNull();
    }

    @Test
    void everyFaultOfACalendarIsNamedAtOnce() {
        assertThatThrownBy(() -> EscalationJson.readSettings("{\"calendar\":{\"zone\":\"Mars/Olympus\","
                + "\"workingDays\":[\"MONDAY\",\"FUNDAY\"],\"holidays\":[\"2026-12-25\",\"xmas\"],\"weeks\":1}}"))
                .isInstanceOf(InvalidEscalationInputException.class)
                .hasMessage("settings.calendar.weeks: unknown field (expected one of zone, workingDays, holidays); "
                        + "settings.calendar.zone: unknown time zone \"Mars/Olympus\" (expected an IANA id such as "
                        + "Europe/Berlin); settings.calendar.workingDays[1]: unknown value \"FUNDAY\" (expected one of "
                        + "MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY); "
                        + "settings.calendar.holidays[1]: must be an ISO-8601 date such as 2026-12-25 (was \"xmas\")");
    }

    @Test
    void anEmptyWeekAMissingZoneAndABadGapAreNamedTogether() {
        assertThatThrownBy(() -> EscalationJson.readSettings("{\"standupGaps\":{\"DAILY\":\"PT0S\","
                + "\"HOURLY\":\"PT1H\"},\"calendar\":{\"workingDays\":[],\"holidays\":[\"2026-12-25\","
                + "\"2026-12-25\"]}}"))
                .isInstanceOf(InvalidEscalationInputException.class)
                .hasMessage("settings.standupGaps.HOURLY: unknown cadence (expected one of DAILY, "
                        + "MULTIPLE_TIMES_PER_WEEK, WEEKLY_TO_BIWEEKLY, STANDARD); settings.calendar.holidays: must "
                        + "not name a value twice (was [\"2026-12-25\",\"2026-12-25\"]); settings.calendar.zone: is "
                        + "required; settings.calendar.workingDays: must name at least one day (a week without "
                        + "working days never counts a gap); settings.standupGaps.DAILY: must be a positive duration "
                        + "(was PT0S)");
    }

    @Test
    void anUnknownSettingListsTheKnownOnes() {
        assertThatThrownBy(() -> EscalationJson.readSettings("{\"nope\":1,\"calendar\":\"Europe/Berlin\"}"))
                .isInstanceOf(InvalidEscalationInputException.class)
                .hasMessage("settings.nope: unknown setting (expected one of conversionThreshold, upgradeProblemCount, "
                        + "immediateGrace, standupDeadline, internalUpdateGap, customerUpdateGaps, "
                        + "customerUpdatesPerWeek, customerUpdateWindow, callLimit, exitCriteriaGrace, standupGaps, "
                        + "calendar, handoverWindow, managerStepInAfter, gainsightSync, closingStepsGrace); "
                        + "settings.calendar: must be a JSON object");
    }

    @Test
    void settingsThatAreNoObjectOrNoJsonAreRefused() {
        assertThatThrownBy(() -> EscalationJson.readSettings("[]")).hasMessage("settings: must be a JSON object");
        assertThatThrownBy(() -> EscalationJson.readSettings("{\"callLimit\":\"PT1H\",\"callLimit\":\"PT2H\"}"))
                .hasMessageStartingWith("(input): malformed JSON at line 1, column ");
    }

    @Test
    void theSettingsOfVersion3AreReadOverTheDefaults() {
        PolicySettings settings = EscalationJson.readSettings("{\"handoverWindow\":\"PT30M\","
                + "\"managerStepInAfter\":\"P2D\",\"gainsightSync\":\"PT4H\",\"closingStepsGrace\":\"PT72H\"}");

        assertThat(settings).isEqualTo(PolicySettings.builder().handoverWindow(Duration.ofMinutes(30))
                .managerStepInAfter(Duration.ofDays(2)).gainsightSync(Duration.ofHours(4))
                .closingStepsGrace(Duration.ofHours(72)).build());
        assertThat(EscalationJson.readSettings("{\"gainsightSync\":\"PT1H\"}").handoverWindow())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void badSettingsOfVersion3AreNamedAtOnce() {
        assertThatThrownBy(() -> EscalationJson.readSettings("{\"handoverWindow\":\"1h\","
                + "\"managerStepInAfter\":\"PT0S\",\"gainsightSync\":\"-PT2H\",\"closingStepsGrace\":24}"))
                .isInstanceOf(InvalidEscalationInputException.class)
                .hasMessage("settings.handoverWindow: must be an ISO-8601 duration such as PT3H or P14D (was \"1h\"); "
                        + "settings.closingStepsGrace: must be an ISO-8601 duration such as PT3H or P14D (was 24); "
                        + "settings.managerStepInAfter: must be a positive duration (was PT0S); "
                        + "settings.gainsightSync: must be a positive duration (was PT-2H)");
        assertThatThrownBy(() -> EscalationJson.readSettings("{\"closingStepsGrace\":null}"))
                .hasMessage("settings.closingStepsGrace: must be an ISO-8601 duration such as PT3H or P14D (was null)");
    }
}
