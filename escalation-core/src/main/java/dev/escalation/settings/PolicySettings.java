package dev.escalation.settings;

import dev.escalation.model.Cadence;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The thresholds of the policy. The rules read them from a settings fact, never from literals, so a team can
 * change "3 hours" in one place and the explanation says which value applied and whether it is the default.
 * Immutable; construction rejects a zero or negative duration, one longer than {@link #LONGEST} and a count below 1,
 * naming every such field, with {@link InvalidEscalationInputException}.
 *
 * @param conversionThreshold    an emergency running longer than this without resolution calls for an account
 *                               escalation (default 3 h; S0: When to start an Account Escalation)
 * @param upgradeProblemCount    this many problems after an upgrade call for an account escalation (default 2)
 * @param immediateGrace         what "immediately" allows for the opening steps (default 1 h)
 * @param standupDeadline        when the internal standup must be scheduled, after opening (default 24 h)
 * @param internalUpdateGap      the longest time without an internal update, at every severity (default 24 h)
 * @param customerUpdateGaps     the longest time without a customer update, per cadence; a cadence without an entry
 *                               has no limit (defaults: {@code DAILY} 24 h, {@code MULTIPLE_TIMES_PER_WEEK} 84 h,
 *                               {@code WEEKLY_TO_BIWEEKLY} 14 d, {@code STANDARD} none)
 * @param customerUpdatesPerWeek the fewest customer updates in the window at high or critical (default 3)
 * @param customerUpdateWindow   the window those updates are counted in; the escalation must have been open at least
 *                               this long (default 7 d)
 * @param callLimit              an emergency call running longer than this needs a break (default 3 h)
 * @param exitCriteriaGrace      how long an escalation may run without exit criteria (default 24 h)
 * @param standupGaps            the longest time without an internal standup once the series is scheduled, per
 *                               cadence; a cadence without an entry has no limit (defaults as for customer updates:
 *                               {@code DAILY} 24 h, {@code MULTIPLE_TIMES_PER_WEEK} 84 h, {@code WEEKLY_TO_BIWEEKLY}
 *                               14 d, {@code STANDARD} none)
 * @param calendar               the working days the gaps of internal updates, customer updates and standups count
 *                               in, or {@code null} (the default) to count wall-clock time
 * @param handoverWindow         v3: a {@code HANDOVER} at or after the shift's end minus this completes
 *                               {@code HAND_OVER_AT_SHIFT_END} (default 1 h; S0: Expectations)
 * @param managerStepInAfter     v3: how far past its limit an update or standup gap runs before the CSM manager steps
 *                               in, {@code MANAGER_STEP_IN} (default 24 h; S2: Managing the Escalation)
 * @param gainsightSync          v3: how often Salesforce syncs to Gainsight, after which the CS Help request's CTA is
 *                               expected (plus "immediately"), {@code GAINSIGHT_CTA_MISSING} (default 2 h)
 * @param closingStepsGrace      v3: how long after closing the closing steps may wait, {@code CLOSING_STEP_OVERDUE}
 *                               (default 24 h; S2: Closing the Escalation)
 */
public record PolicySettings(Duration conversionThreshold, int upgradeProblemCount, Duration immediateGrace,
                             Duration standupDeadline, Duration internalUpdateGap,
                             Map<Cadence, Duration> customerUpdateGaps, int customerUpdatesPerWeek,
                             Duration customerUpdateWindow, Duration callLimit, Duration exitCriteriaGrace,
                             Map<Cadence, Duration> standupGaps, WorkingCalendar calendar, Duration handoverWindow,
                             Duration managerStepInAfter, Duration gainsightSync, Duration closingStepsGrace) {

    /** The longest duration a setting may have: ten years, far beyond any escalation. */
    public static final Duration LONGEST = Duration.ofDays(3650);

    private static final PolicySettings DEFAULTS = new PolicySettings(Duration.ofHours(3), 2, Duration.ofHours(1),
            Duration.ofHours(24), Duration.ofHours(24), defaultGaps(), 3, Duration.ofDays(7), Duration.ofHours(3),
            Duration.ofHours(24), defaultGaps(), null, Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(2),
            Duration.ofHours(24));

    /**
     * Validates every value and copies the gaps into unmodifiable maps in cadence order.
     *
     * @param conversionThreshold see {@link #conversionThreshold()}
     * @param upgradeProblemCount see {@link #upgradeProblemCount()}
     * @param immediateGrace see {@link #immediateGrace()}
     * @param standupDeadline see {@link #standupDeadline()}
     * @param internalUpdateGap see {@link #internalUpdateGap()}
     * @param customerUpdateGaps see {@link #customerUpdateGaps()}
     * @param customerUpdatesPerWeek see {@link #customerUpdatesPerWeek()}
     * @param customerUpdateWindow see {@link #customerUpdateWindow()}
     * @param callLimit see {@link #callLimit()}
     * @param exitCriteriaGrace see {@link #exitCriteriaGrace()}
     * @param standupGaps see {@link #standupGaps()}
     * @param calendar see {@link #calendar()}
     * @param handoverWindow see {@link #handoverWindow()}
     * @param managerStepInAfter see {@link #managerStepInAfter()}
     * @param gainsightSync see {@link #gainsightSync()}
     * @param closingStepsGrace see {@link #closingStepsGrace()}
     */
    public PolicySettings {
        List<Violation> violations = new ArrayList<>();
        positive(violations, "conversionThreshold", conversionThreshold);
        atLeastOne(violations, "upgradeProblemCount", upgradeProblemCount);
        positive(violations, "immediateGrace", immediateGrace);
        positive(violations, "standupDeadline", standupDeadline);
        positive(violations, "internalUpdateGap", internalUpdateGap);
        Map<Cadence, Duration> gaps = gaps(violations, "customerUpdateGaps", customerUpdateGaps);
        atLeastOne(violations, "customerUpdatesPerWeek", customerUpdatesPerWeek);
        positive(violations, "customerUpdateWindow", customerUpdateWindow);
        positive(violations, "callLimit", callLimit);
        positive(violations, "exitCriteriaGrace", exitCriteriaGrace);
        Map<Cadence, Duration> standups = gaps(violations, "standupGaps", standupGaps);
        positive(violations, "handoverWindow", handoverWindow);
        positive(violations, "managerStepInAfter", managerStepInAfter);
        positive(violations, "gainsightSync", gainsightSync);
        positive(violations, "closingStepsGrace", closingStepsGrace);
        if (!violations.isEmpty()) {
            throw new InvalidEscalationInputException(violations);
        }
        customerUpdateGaps = Collections.unmodifiableMap(gaps);
        standupGaps = Collections.unmodifiableMap(standups);
    }

    /**
     * Settings of version 2, with the defaults of the settings version 3 added.
     *
     * @param conversionThreshold see {@link #conversionThreshold()}
     * @param upgradeProblemCount see {@link #upgradeProblemCount()}
     * @param immediateGrace see {@link #immediateGrace()}
     * @param standupDeadline see {@link #standupDeadline()}
     * @param internalUpdateGap see {@link #internalUpdateGap()}
     * @param customerUpdateGaps see {@link #customerUpdateGaps()}
     * @param customerUpdatesPerWeek see {@link #customerUpdatesPerWeek()}
     * @param customerUpdateWindow see {@link #customerUpdateWindow()}
     * @param callLimit see {@link #callLimit()}
     * @param exitCriteriaGrace see {@link #exitCriteriaGrace()}
     * @param standupGaps see {@link #standupGaps()}
     * @param calendar see {@link #calendar()}
     */
    public PolicySettings(Duration conversionThreshold, int upgradeProblemCount, Duration immediateGrace,
                          Duration standupDeadline, Duration internalUpdateGap,
                          Map<Cadence, Duration> customerUpdateGaps, int customerUpdatesPerWeek,
                          Duration customerUpdateWindow, Duration callLimit, Duration exitCriteriaGrace,
                          Map<Cadence, Duration> standupGaps, WorkingCalendar calendar) {
        this(conversionThreshold, upgradeProblemCount, immediateGrace, standupDeadline, internalUpdateGap,
                customerUpdateGaps, customerUpdatesPerWeek, customerUpdateWindow, callLimit, exitCriteriaGrace,
                standupGaps, calendar, DEFAULTS.handoverWindow, DEFAULTS.managerStepInAfter, DEFAULTS.gainsightSync,
                DEFAULTS.closingStepsGrace);
    }

    /** Copies gaps per cadence, each checked like any duration and named {@code settings.<name>.<CADENCE>}. */
    private static Map<Cadence, Duration> gaps(List<Violation> violations, String name, Map<Cadence, Duration> given) {
        Map<Cadence, Duration> gaps = new EnumMap<>(Cadence.class);
        if (given != null) {
            given.forEach((cadence, gap) -> {
                if (cadence == null) {
                    violations.add(new Violation("settings." + name, "must not name a null cadence"));
                } else {
                    positive(violations, name + "." + cadence.name(), gap);
                    gaps.put(cadence, gap);
                }
            });
        }
        return gaps;
    }

    private static Map<Cadence, Duration> defaultGaps() {
        Map<Cadence, Duration> gaps = new EnumMap<>(Cadence.class);
        gaps.put(Cadence.DAILY, Duration.ofHours(24));
        gaps.put(Cadence.MULTIPLE_TIMES_PER_WEEK, Duration.ofHours(84));
        gaps.put(Cadence.WEEKLY_TO_BIWEEKLY, Duration.ofDays(14));
        return gaps;
    }

    private static void positive(List<Violation> violations, String name, Duration value) {
        if (value == null) {
            violations.add(new Violation("settings." + name, "is required"));
        } else if (value.isZero() || value.isNegative()) {
            violations.add(new Violation("settings." + name, "must be a positive duration (was " + value + ")"));
        } else if (value.compareTo(LONGEST) > 0) {
            violations.add(new Violation("settings." + name, "must be at most " + LONGEST + " (was " + value + ")"));
        }
    }

    private static void atLeastOne(List<Violation> violations, String name, int value) {
        if (value < 1) {
            violations.add(new Violation("settings." + name, "must be at least 1 (was " + value + ")"));
        }
    }

    /** @return the settings of POLICY.md */
    public static PolicySettings defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** @return a builder starting from these settings */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @param cadence a cadence
     * @return the longest time without a customer update at that cadence; empty when there is no limit
     */
    public Optional<Duration> customerUpdateGap(Cadence cadence) {
        return Optional.ofNullable(customerUpdateGaps.get(cadence));
    }

    /**
     * @param cadence a cadence
     * @return the longest time without an internal standup at that cadence; empty when there is no limit
     */
    public Optional<Duration> standupGap(Cadence cadence) {
        return Optional.ofNullable(standupGaps.get(cadence));
    }

    /** @return the working-days calendar gaps count in; empty when they count wall-clock time (the default) */
    public Optional<WorkingCalendar> workingCalendar() {
        return Optional.ofNullable(calendar);
    }

    /**
     * Every setting by name, in declaration order; a per-cadence gap is named {@code customerUpdateGaps.<CADENCE>} or
     * {@code standupGaps.<CADENCE>} and is absent when the cadence has no limit; {@code calendar} is absent unless one
     * is set.
     *
     * @return the settings as an ordered map of durations, integers and the calendar
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("conversionThreshold", conversionThreshold);
        values.put("upgradeProblemCount", upgradeProblemCount);
        values.put("immediateGrace", immediateGrace);
        values.put("standupDeadline", standupDeadline);
        values.put("internalUpdateGap", internalUpdateGap);
        customerUpdateGaps.forEach((cadence, gap) -> values.put("customerUpdateGaps." + cadence.name(), gap));
        values.put("customerUpdatesPerWeek", customerUpdatesPerWeek);
        values.put("customerUpdateWindow", customerUpdateWindow);
        values.put("callLimit", callLimit);
        values.put("exitCriteriaGrace", exitCriteriaGrace);
        standupGaps.forEach((cadence, gap) -> values.put("standupGaps." + cadence.name(), gap));
        values.put("handoverWindow", handoverWindow);
        values.put("managerStepInAfter", managerStepInAfter);
        values.put("gainsightSync", gainsightSync);
        values.put("closingStepsGrace", closingStepsGrace);
        if (calendar != null) {
            values.put("calendar", calendar);
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * @param name a setting's name as in {@link #values()}
     * @return whether its value differs from the default (a gap absent here but present by default is overridden)
     * @throws IllegalArgumentException for an unknown name
     */
    public boolean isOverridden(String name) {
        Map<String, Object> mine = values();
        Map<String, Object> defaults = DEFAULTS.values();
        boolean known = mine.containsKey(name) || defaults.containsKey(name) || name.equals("calendar")
                || name.startsWith("customerUpdateGaps.") && isCadence(name.substring("customerUpdateGaps.".length()))
                || name.startsWith("standupGaps.") && isCadence(name.substring("standupGaps.".length()));
        if (!known) {
            throw new IllegalArgumentException("unknown setting: " + name);
        }
        return !java.util.Objects.equals(mine.get(name), defaults.get(name));
    }

    private static boolean isCadence(String name) {
        for (Cadence cadence : Cadence.values()) {
            if (cadence.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Builds {@link PolicySettings}, starting from other settings; {@link #build()} validates. */
    public static final class Builder {
        private Duration conversionThreshold;
        private int upgradeProblemCount;
        private Duration immediateGrace;
        private Duration standupDeadline;
        private Duration internalUpdateGap;
        private final Map<Cadence, Duration> customerUpdateGaps = new EnumMap<>(Cadence.class);
        private int customerUpdatesPerWeek;
        private Duration customerUpdateWindow;
        private Duration callLimit;
        private Duration exitCriteriaGrace;
        private final Map<Cadence, Duration> standupGaps = new EnumMap<>(Cadence.class);
        private WorkingCalendar calendar;
        private Duration handoverWindow;
        private Duration managerStepInAfter;
        private Duration gainsightSync;
        private Duration closingStepsGrace;

        private Builder(PolicySettings from) {
            conversionThreshold = from.conversionThreshold;
            upgradeProblemCount = from.upgradeProblemCount;
            immediateGrace = from.immediateGrace;
            standupDeadline = from.standupDeadline;
            internalUpdateGap = from.internalUpdateGap;
            customerUpdateGaps.putAll(from.customerUpdateGaps);
            customerUpdatesPerWeek = from.customerUpdatesPerWeek;
            customerUpdateWindow = from.customerUpdateWindow;
            callLimit = from.callLimit;
            exitCriteriaGrace = from.exitCriteriaGrace;
            standupGaps.putAll(from.standupGaps);
            calendar = from.calendar;
            handoverWindow = from.handoverWindow;
            managerStepInAfter = from.managerStepInAfter;
            gainsightSync = from.gainsightSync;
            closingStepsGrace = from.closingStepsGrace;
        }

        /**
         * @param value see {@link PolicySettings#conversionThreshold()}
         * @return this builder
         */
        public Builder conversionThreshold(Duration value) {
            conversionThreshold = value;
            return this;
        }

        /**
         * @param value see {@link PolicySettings#upgradeProblemCount()}
         * @return this builder
         */
        public Builder upgradeProblemCount(int value) {
            upgradeProblemCount = value;
            return this;
        }

        /**
         * @param value see {@link PolicySettings#immediateGrace()}
         * @return this builder
         */
        public Builder immediateGrace(Duration value) {
            immediateGrace = value;
            return this;
        }

        /**
         * @param value see {@link PolicySettings#standupDeadline()}
         * @return this builder
         */
        public Builder standupDeadline(Duration value) {
            standupDeadline = value;
            return this;
        }

        /**
         * @param value see {@link PolicySettings#internalUpdateGap()}
         * @return this builder
         */
        public Builder internalUpdateGap(Duration value) {
            internalUpdateGap = value;
            return this;
        }

        /**
         * @param cadence a cadence
         * @param gap     the longest time without a customer update at it, or {@code null} for no limit
         * @return this builder
         */
        public Builder customerUpdateGap(Cadence cadence, Duration gap) {
            if (gap == null) {
                customerUpdateGaps.remove(cadence);
            } else {
                customerUpdateGaps.put(cadence, gap);
            }
            return this;
        }

        /**
         * @param value see {@link PolicySettings#customerUpdatesPerWeek()}
         * @return this builder
         */
        public Builder customerUpdatesPerWeek(int value) {
            customerUpdatesPerWeek = value;
            return this;
        }

        /**
         * @param value see {@link PolicySettings#customerUpdateWindow()}
         * @return this builder
         */
        public Builder customerUpdateWindow(Duration value) {
            customerUpdateWindow = value;
            return this;
        }

        /**
         * @param value see {@link PolicySettings#callLimit()}
         * @return this builder
         */
        public Builder callLimit(Duration value) {
            callLimit = value;
            return this;
        }

        /**
         * @param value see {@link PolicySettings#exitCriteriaGrace()}
         * @return this builder
         */
        public Builder exitCriteriaGrace(Duration value) {
            exitCriteriaGrace = value;
            return this;
        }

        /**
         * @param cadence a cadence
         * @param gap     the longest time without an internal standup at it, or {@code null} for no limit
         * @return this builder
         */
        public Builder standupGap(Cadence cadence, Duration gap) {
            if (gap == null) {
                standupGaps.remove(cadence);
            } else {
                standupGaps.put(cadence, gap);
            }
            return this;
        }

        /**
         * @param value the working-days calendar gaps count in, or {@code null} to count wall-clock time
         * @return this builder
         */
        public Builder calendar(WorkingCalendar value) {
            calendar = value;
            return this;
        }

        /**
         * @param value see {@link PolicySettings#handoverWindow()}
         * @return this builder
         */
        public Builder handoverWindow(Duration value) {
            handoverWindow = value;
            return this;
        }

        /**
         * @param value see {@link PolicySettings#managerStepInAfter()}
         * @return this builder
         */
        public Builder managerStepInAfter(Duration value) {
            managerStepInAfter = value;
            return this;
        }

        /**
         * @param value see {@link PolicySettings#gainsightSync()}
         * @return this builder
         */
        public Builder gainsightSync(Duration value) {
            gainsightSync = value;
            return this;
        }

        /**
         * @param value see {@link PolicySettings#closingStepsGrace()}
         * @return this builder
         */
        public Builder closingStepsGrace(Duration value) {
            closingStepsGrace = value;
            return this;
        }

        /**
         * @return the settings
         * @throws InvalidEscalationInputException naming every invalid setting
         */
        public PolicySettings build() {
            return new PolicySettings(conversionThreshold, upgradeProblemCount, immediateGrace, standupDeadline,
                    internalUpdateGap, customerUpdateGaps, customerUpdatesPerWeek, customerUpdateWindow, callLimit,
                    exitCriteriaGrace, standupGaps, calendar, handoverWindow, managerStepInAfter, gainsightSync,
                    closingStepsGrace);
        }
    }
}
