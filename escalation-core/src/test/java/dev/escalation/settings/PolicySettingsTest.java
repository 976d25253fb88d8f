package dev.escalation.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.model.Cadence;
import dev.escalation.validation.InvalidEscalationInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

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
        assertThat(defaults.values().keySet()).noneMatch(defaults::isOverridden);
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
}
