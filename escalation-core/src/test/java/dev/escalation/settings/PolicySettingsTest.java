package dev.escalation.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.model.Cadence;
import dev.escalation.validation.InvalidEscalationInputException;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The defaults are POLICY.md's; invalid settings are refused with every field named. */
class PolicySettingsTest {

    @Test
    void defaultsAreThoseOfThePolicy() {
        PolicySettings defaults = PolicySettings.defaults();

        assertThat(defaults.conversionThreshold()).isEqualTo(Duration.ofHours(3));
        assertThat(defaults.upgradeProblemCount()).isEqualTo(2);
        assertThat(defaults.immediateGrace()).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.standupDeadline()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.internalUpdateGap()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.customerUpdateGap(Cadence.DAILY)).contains(Duration.ofHours(24));
        assertThat(defaults.customerUpdateGap(Cadence.MULTIPLE_TIMES_PER_WEEK)).contains(Duration.ofHours(84));
        assertThat(defaults.customerUpdateGap(Cadence.WEEKLY_TO_BIWEEKLY)).contains(Duration.ofDays(14));
        assertThat(defaults.customerUpdateGap(Cadence.STANDARD)).isEmpty();
        assertThat(defaults.customerUpdatesPerWeek()).isEqualTo(3);
        assertThat(defaults.customerUpdateWindow()).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.callLimit()).isEqualTo(Duration.ofHours(3));
        assertThat(defaults.exitCriteriaGrace()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.standupGap(Cadence.DAILY)).contains(Duration.ofHours(24));
        assertThat(defaults.standupGap(Cadence.MULTIPLE_TIMES_PER_WEEK)).contains(Duration.ofHours(84));
        assertThat(defaults.standupGap(Cadence.WEEKLY_TO_BIWEEKLY)).contains(Duration.ofDays(14));
        assertThat(defaults.standupGap(Cadence.STANDARD)).isEmpty();
        assertThat(defaults.workingCalendar()).isEmpty();
        assertThat(defaults.values()).doesNotContainKey("calendar");
        assertThat(defaults.values().keySet()).noneMatch(defaults::isOverridden);
        assertThat(defaults.isOverridden("calendar")).isFalse();
    }

    @Test
    void anOverrideIsReportedAsSuch() {
        PolicySettings settings = PolicySettings.builder().conversionThreshold(Duration.ofHours(2))
                .customerUpdateGap(Cadence.STANDARD, Duration.ofDays(30))
                .customerUpdateGap(Cadence.DAILY, null).build();

        assertThat(settings.isOverridden("conversionThreshold")).isTrue();
        assertThat(settings.isOverridden("callLimit")).isFalse();
        assertThat(settings.isOverridden("customerUpdateGaps.STANDARD")).isTrue();
        assertThat(settings.isOverridden("customerUpdateGaps.DAILY")).isTrue();
        assertThat(settings.isOverridden("customerUpdateGaps.WEEKLY_TO_BIWEEKLY")).isFalse();
        assertThat(settings).isEqualTo(settings.toBuilder().build()).isNotEqualTo(PolicySettings.defaults());
        assertThatThrownBy(() -> settings.isOverridden("noSuchSetting")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durationsLongerThanTenYearsAreRefused() {
        assertThatThrownBy(() -> PolicySettings.builder().callLimit(Duration.ofDays(3651)).build())
                .isInstanceOf(InvalidEscalationInputException.class)
                .hasMessage("settings.callLimit: must be at most PT87600H (was PT87624H)");
        assertThat(PolicySettings.builder().callLimit(PolicySettings.LONGEST).build().callLimit())
                .isEqualTo(Duration.ofDays(3650));
    }

    @Test
    void zeroOrNegativeDurationsAndCountsBelowOneAreRefusedAllAtOnce() {
        assertThatThrownBy(() -> PolicySettings.builder().conversionThreshold(Duration.ZERO)
                .callLimit(Duration.ofHours(-1)).upgradeProblemCount(0).customerUpdatesPerWeek(-2)
                .customerUpdateGap(Cadence.DAILY, Duration.ZERO).exitCriteriaGrace(null).build())
                .isInstanceOfSatisfying(InvalidEscalationInputException.class, e -> assertThat(e.fields())
                        .containsExactly("settings.conversionThreshold", "settings.upgradeProblemCount",
                                "settings.customerUpdateGaps.DAILY", "settings.customerUpdatesPerWeek",
                                "settings.callLimit", "settings.exitCriteriaGrace"))
                .hasMessageContaining("settings.conversionThreshold: must be a positive duration (was PT0S)");
    }

    @Test
    void aCalendarAndStandupGapsAreOverrides() {
        PolicySettings settings = PolicySettings.builder().calendar(WorkingCalendar.of("Europe/Berlin"))
                .standupGap(Cadence.STANDARD, Duration.ofDays(30)).build();

        assertThat(settings.isOverridden("calendar")).isTrue();
        assertThat(settings.isOverridden("standupGaps.STANDARD")).isTrue();
        assertThat(settings.isOverridden("standupGaps.DAILY")).isFalse();
        assertThat(settings.values()).containsEntry("calendar", WorkingCalendar.of("Europe/Berlin"))
                .containsEntry("standupGaps.STANDARD", Duration.ofDays(30));
        assertThat(settings.toBuilder().calendar(null).build().workingCalendar()).isEmpty();
    }

    /** Every duration setting, by the field name its violation carries, with the builder call that sets it. */
    static Stream<Arguments> durations() {
        Map<String, BiFunction<PolicySettings.Builder, Duration, PolicySettings.Builder>> setters = Map.ofEntries(
                Map.entry("conversionThreshold", PolicySettings.Builder::conversionThreshold),
                Map.entry("immediateGrace", PolicySettings.Builder::immediateGrace),
                Map.entry("standupDeadline", PolicySettings.Builder::standupDeadline),
                Map.entry("internalUpdateGap", PolicySettings.Builder::internalUpdateGap),
                Map.entry("customerUpdateWindow", PolicySettings.Builder::customerUpdateWindow),
                Map.entry("callLimit", PolicySettings.Builder::callLimit),
                Map.entry("exitCriteriaGrace", PolicySettings.Builder::exitCriteriaGrace),
                Map.entry("customerUpdateGaps.DAILY", (b, d) -> b.customerUpdateGap(Cadence.DAILY, d)),
                Map.entry("customerUpdateGaps.STANDARD", (b, d) -> b.customerUpdateGap(Cadence.STANDARD, d)),
                Map.entry("standupGaps.MULTIPLE_TIMES_PER_WEEK",
                        (b, d) -> b.standupGap(Cadence.MULTIPLE_TIMES_PER_WEEK, d)),
                Map.entry("standupGaps.STANDARD", (b, d) -> b.standupGap(Cadence.STANDARD, d)));
        return setters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("durations")
    void eachDurationMustBePositiveAndAtMostTenYears(String name,
                                                     BiFunction<PolicySettings.Builder, Duration, PolicySettings.Builder> set) {
        assertThat(set.apply(PolicySettings.builder(), Duration.ofNanos(1)).build()).isNotNull();
        assertThat(set.apply(PolicySettings.builder(), PolicySettings.LONGEST).build()).isNotNull();
        for (Duration wrong : new Duration[] {Duration.ZERO, Duration.ofNanos(-1), PolicySettings.LONGEST.plusNanos(1)}) {
            assertThatThrownBy(() -> set.apply(PolicySettings.builder(), wrong).build())
                    .isInstanceOfSatisfying(InvalidEscalationInputException.class,
                            e -> assertThat(e.fields()).containsExactly("settings." + name));
        }
    }

    /** Every count setting, by the field name its violation carries, with the builder call that sets it. */
    static Stream<Arguments> counts() {
        return Stream.of(
                Arguments.of("upgradeProblemCount",
                        (BiFunction<PolicySettings.Builder, Integer, PolicySettings.Builder>)
                                PolicySettings.Builder::upgradeProblemCount),
                Arguments.of("customerUpdatesPerWeek",
                        (BiFunction<PolicySettings.Builder, Integer, PolicySettings.Builder>)
                                PolicySettings.Builder::customerUpdatesPerWeek));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counts")
    void eachCountMustBeAtLeastOne(String name, BiFunction<PolicySettings.Builder, Integer, PolicySettings.Builder> set) {
        assertThat(set.apply(PolicySettings.builder(), 1).build()).isNotNull();
        for (int wrong : new int[] {0, -1, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> set.apply(PolicySettings.builder(), wrong).build())
                    .isInstanceOfSatisfying(InvalidEscalationInputException.class,
                            e -> assertThat(e.fields()).containsExactly("settings." + name))
                    .hasMessage("settings." + name + ": must be at least 1 (was " + wrong + ")");
        }
    }
}
