package dev.escalation.spring.boot;

import dev.escalation.model.Cadence;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The settings of the escalation policy, from {@code escalation.policy.*}. A property is {@code null} until set, and
 * one left out keeps its default, which lives in {@link PolicySettings#defaults()} alone: an IDE shows it from
 * {@code additional-spring-configuration-metadata.json}, which a test holds equal to those defaults. Adding a setting
 * is a field with its accessors here, one line in {@link #toSettings()} and its default in that file. Durations take
 * Spring's syntax: {@code 2h}, {@code 90m}, {@code 14d} or ISO-8601 {@code PT2H}; a bare number is hours. Invalid
 * values (a duration that is not positive, a count below 1, an unknown zone) fail start-up with the library's message
 * naming every setting at fault.
 *
 * <pre>
 * escalation:
 *   policy:
 *     conversion-threshold: 2h
 *     customer-update-gaps:
 *       standard: 30d          # a limit where the handbook has none
 *       weekly-to-biweekly: none
 *     calendar:
 *       zone: Europe/Berlin
 *       holidays: 2026-12-24, 2026-12-25
 *     rules: classpath:policy/*.drl
 * </pre>
 *
 * <p><b>Stability:</b> stable API: the property names are.
 */
@ConfigurationProperties("escalation.policy")
public class EscalationPolicyProperties {

    /**
     * An emergency running longer than this without a resolution in sight calls for an account escalation.
     */
    @DurationUnit(ChronoUnit.HOURS)
    private Duration conversionThreshold;

    /** This many problems after an upgrade call for an account escalation. */
    private Integer upgradeProblemCount;

    /** What "immediately" allows for the opening steps of an escalation. */
    @DurationUnit(ChronoUnit.HOURS)
    private Duration immediateGrace;

    /** When the internal standup must be scheduled, after the escalation opened. */
    @DurationUnit(ChronoUnit.HOURS)
    private Duration standupDeadline;

    /** The longest time without an internal update, at every severity. */
    @DurationUnit(ChronoUnit.HOURS)
    private Duration internalUpdateGap;

    /**
     * The longest time without a customer update, by cadence (daily, multiple-times-per-week, weekly-to-biweekly,
     * standard), each a duration or "none" for no limit. A cadence left out keeps its default.
     */
    private Map<Cadence, GapLimit> customerUpdateGaps = new EnumMap<>(Cadence.class);

    /** The fewest customer updates in the update window at high or critical severity. */
    private Integer customerUpdatesPerWeek;

    /** The window customer updates are counted in; an escalation must have been open this long to be counted. */
    @DurationUnit(ChronoUnit.HOURS)
    private Duration customerUpdateWindow;

    /** An emergency call running longer than this needs a break. */
    @DurationUnit(ChronoUnit.HOURS)
    private Duration callLimit;

    /** How long an escalation may run without exit criteria. */
    @DurationUnit(ChronoUnit.HOURS)
    private Duration exitCriteriaGrace;

    /** A handover at or after the shift's end minus this completes the shift-end handover (v3). */
    @DurationUnit(ChronoUnit.HOURS)
    private Duration handoverWindow;

    /** How far past its limit an update or standup gap runs before the CSM manager steps in (v3). */
    @DurationUnit(ChronoUnit.HOURS)
    private Duration managerStepInAfter;

    /** How often Salesforce syncs to Gainsight, after which the CS Help request's CTA is expected (v3). */
    @DurationUnit(ChronoUnit.HOURS)
    private Duration gainsightSync;

    /** How long after closing the closing steps may wait (v3). */
    @DurationUnit(ChronoUnit.HOURS)
    private Duration closingStepsGrace;

    /**
     * The longest time without an internal standup once the series is scheduled, by cadence, each a duration or
     * "none" for no limit. A cadence left out keeps its default.
     */
    private Map<Cadence, GapLimit> standupGaps = new EnumMap<>(Cadence.class);

    /** The working days gaps count in; none by default (every gap is wall-clock time). */
    private final Calendar calendar = new Calendar();

    /**
     * Rule files of your own, compiled with the standard rules: resource locations, patterns allowed
     * (classpath:policy/*.drl, classpath*:rules/*.drl, file:rules/extra.drl). A location matching nothing
     * fails start-up unless it starts with "optional:". Files are added in the order of the locations, those of
     * one pattern by file name.
     */
    private List<String> rules = new ArrayList<>();

    /** Warming the policy up at start-up. */
    private final WarmUp warmUp = new WarmUp();

    /**
     * The settings these properties describe: those set, over {@link PolicySettings#defaults()}, validated by the
     * library.
     *
     * @return the settings
     * @throws InvalidEscalationInputException naming every setting at fault ({@code settings.conversionThreshold:
     *                                         must be a positive duration (was PT0S)}), the calendar's included
     */
    public PolicySettings toSettings() {
        List<Violation> violations = new ArrayList<>();
        PolicySettings.Builder builder = PolicySettings.builder();
        // One line per setting; a property left unset keeps the default of PolicySettings.
        applyIfSet(conversionThreshold, builder::conversionThreshold);
        applyIfSet(upgradeProblemCount, builder::upgradeProblemCount);
        applyIfSet(immediateGrace, builder::immediateGrace);
        applyIfSet(standupDeadline, builder::standupDeadline);
        applyIfSet(internalUpdateGap, builder::internalUpdateGap);
        applyIfSet(customerUpdatesPerWeek, builder::customerUpdatesPerWeek);
        applyIfSet(customerUpdateWindow, builder::customerUpdateWindow);
        applyIfSet(callLimit, builder::callLimit);
        applyIfSet(exitCriteriaGrace, builder::exitCriteriaGrace);
        applyIfSet(handoverWindow, builder::handoverWindow);
        applyIfSet(managerStepInAfter, builder::managerStepInAfter);
        applyIfSet(gainsightSync, builder::gainsightSync);
        applyIfSet(closingStepsGrace, builder::closingStepsGrace);
        customerUpdateGaps.forEach((cadence, gap) -> builder.customerUpdateGap(cadence, duration(gap)));
        standupGaps.forEach((cadence, gap) -> builder.standupGap(cadence, duration(gap)));
        // The calendar is checked apart from the rest, so that one message names every setting at fault.
        builder.calendar(calendar.toWorkingCalendar(violations));
        try {
            PolicySettings settings = builder.build();
            if (violations.isEmpty()) {
                return settings;
            }
        } catch (InvalidEscalationInputException e) {
            violations.addAll(0, e.violations());
        }
        throw new InvalidEscalationInputException(violations);
    }

    private static <T> void applyIfSet(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static Duration duration(GapLimit gap) {
        return gap == null ? null : gap.duration().orElse(null);
    }

    /** @return see {@link #setConversionThreshold(Duration)} */
    public Duration getConversionThreshold() {
        return conversionThreshold;
    }

    /** @param value an emergency running longer than this without resolution calls for an account escalation */
    public void setConversionThreshold(Duration value) {
        this.conversionThreshold = value;
    }

    /** @return see {@link #setUpgradeProblemCount(Integer)} */
    public Integer getUpgradeProblemCount() {
        return upgradeProblemCount;
    }

    /** @param value this many problems after an upgrade call for an account escalation */
    public void setUpgradeProblemCount(Integer value) {
        this.upgradeProblemCount = value;
    }

    /** @return see {@link #setImmediateGrace(Duration)} */
    public Duration getImmediateGrace() {
        return immediateGrace;
    }

    /** @param value what "immediately" allows for the opening steps */
    public void setImmediateGrace(Duration value) {
        this.immediateGrace = value;
    }

    /** @return see {@link #setStandupDeadline(Duration)} */
    public Duration getStandupDeadline() {
        return standupDeadline;
    }

    /** @param value when the internal standup must be scheduled, after opening */
    public void setStandupDeadline(Duration value) {
        this.standupDeadline = value;
    }

    /** @return see {@link #setInternalUpdateGap(Duration)} */
    public Duration getInternalUpdateGap() {
        return internalUpdateGap;
    }

    /** @param value the longest time without an internal update */
    public void setInternalUpdateGap(Duration value) {
        this.internalUpdateGap = value;
    }

    /** @return the customer update gaps set, by cadence; a cadence absent keeps its default */
    public Map<Cadence, GapLimit> getCustomerUpdateGaps() {
        return customerUpdateGaps;
    }

    /** @param value the customer update gaps to set, by cadence */
    public void setCustomerUpdateGaps(Map<Cadence, GapLimit> value) {
        this.customerUpdateGaps = value;
    }

    /** @return see {@link #setCustomerUpdatesPerWeek(Integer)} */
    public Integer getCustomerUpdatesPerWeek() {
        return customerUpdatesPerWeek;
    }

    /** @param value the fewest customer updates in the window at high or critical */
    public void setCustomerUpdatesPerWeek(Integer value) {
        this.customerUpdatesPerWeek = value;
    }

    /** @return see {@link #setCustomerUpdateWindow(Duration)} */
    public Duration getCustomerUpdateWindow() {
        return customerUpdateWindow;
    }

    /** @param value the window customer updates are counted in */
    public void setCustomerUpdateWindow(Duration value) {
        this.customerUpdateWindow = value;
    }

    /** @return see {@link #setCallLimit(Duration)} */
    public Duration getCallLimit() {
        return callLimit;
    }

    /** @param value an emergency call running longer than this needs a break */
    public void setCallLimit(Duration value) {
        this.callLimit = value;
    }

    /** @return see {@link #setExitCriteriaGrace(Duration)} */
    public Duration getExitCriteriaGrace() {
        return exitCriteriaGrace;
    }

    /** @param value how long an escalation may run without exit criteria */
    public void setExitCriteriaGrace(Duration value) {
        this.exitCriteriaGrace = value;
    }

    /** @return see {@link #setHandoverWindow(Duration)} */
    public Duration getHandoverWindow() {
        return handoverWindow;
    }

    /** @param value a handover at or after the shift's end minus this completes the shift-end handover (v3) */
    public void setHandoverWindow(Duration value) {
        this.handoverWindow = value;
    }

    /** @return see {@link #setManagerStepInAfter(Duration)} */
    public Duration getManagerStepInAfter() {
        return managerStepInAfter;
    }

    /** @param value how far past its limit an update or standup gap runs before the CSM manager steps in (v3) */
    public void setManagerStepInAfter(Duration value) {
        this.managerStepInAfter = value;
    }

    /** @return see {@link #setGainsightSync(Duration)} */
    public Duration getGainsightSync() {
        return gainsightSync;
    }

    /** @param value how often Salesforce syncs to Gainsight, after which the CS Help request's CTA is expected (v3) */
    public void setGainsightSync(Duration value) {
        this.gainsightSync = value;
    }

    /** @return see {@link #setClosingStepsGrace(Duration)} */
    public Duration getClosingStepsGrace() {
        return closingStepsGrace;
    }

    /** @param value how long after closing the closing steps may wait (v3) */
    public void setClosingStepsGrace(Duration value) {
        this.closingStepsGrace = value;
    }

    /** @return the standup gaps set, by cadence; a cadence absent keeps its default */
    public Map<Cadence, GapLimit> getStandupGaps() {
        return standupGaps;
    }

    /** @param value the standup gaps to set, by cadence */
    public void setStandupGaps(Map<Cadence, GapLimit> value) {
        this.standupGaps = value;
    }

    /** @return the working-days calendar */
    public Calendar getCalendar() {
        return calendar;
    }

    /** @return the rule locations, in order */
    public List<String> getRules() {
        return rules;
    }

    /** @param value rule locations, patterns allowed */
    public void setRules(List<String> value) {
        this.rules = value;
    }

    /** @return whether the policy is warmed up at start-up */
    public WarmUp getWarmUp() {
        return warmUp;
    }

    /**
     * Warming the policy up at start-up: about a hundred assessments of built-in cases, before the application takes
     * requests, so that the first one is not slow. Not a setting of the policy: it changes no decision.
     */
    public static class WarmUp {

        /** Whether to assess built-in cases at start-up, so that the first request is not slow. */
        private boolean enabled = true;

        /** @return see {@link #setEnabled(boolean)} */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param value whether to assess built-in cases at start-up */
        public void setEnabled(boolean value) {
            this.enabled = value;
        }
    }

    /**
     * The working days a team counts the gaps of internal updates, customer updates and standups in. Without a zone
     * (the default) there is no calendar and every gap is wall-clock time.
     */
    public static class Calendar {

        /** The IANA time zone the team works in, e.g. Europe/Berlin; setting it turns the calendar on. */
        private String zone;

        /** The days of the week that are worked; Monday to Friday unless set. */
        private List<DayOfWeek> workingDays;

        /** Local dates (ISO, 2026-12-25) that are not worked although their day of the week is. */
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private List<LocalDate> holidays;

        /**
         * @param violations where to add what is wrong: an unknown or missing zone, an empty working week
         * @return the calendar; {@code null} when nothing is set or something is wrong
         */
        WorkingCalendar toWorkingCalendar(List<Violation> violations) {
            if (zone == null && workingDays == null && holidays == null) {
                return null;
            }
            ZoneId zoneId = null;
            try {
                zoneId = WorkingCalendar.zone(zone);
            } catch (InvalidEscalationInputException e) {
                violations.addAll(e.violations());
            }
            try {
                // With a bad zone the days are still checked, against any zone, to name every field at once.
                WorkingCalendar checked = new WorkingCalendar(zoneId == null ? ZoneOffset.UTC : zoneId,
                        workingDays == null ? null : new HashSet<>(workingDays),
                        holidays == null ? null : new HashSet<>(holidays));
                return zoneId == null ? null : checked;
            } catch (InvalidEscalationInputException e) {
                violations.addAll(e.violations());
                return null;
            }
        }

        /** @return see {@link #setZone(String)} */
        public String getZone() {
            return zone;
        }

        /** @param value the IANA time zone the team works in */
        public void setZone(String value) {
            this.zone = value;
        }

        /** @return the working days set, or {@code null} for Monday to Friday */
        public List<DayOfWeek> getWorkingDays() {
            return workingDays;
        }

        /** @param value the days of the week that are worked */
        public void setWorkingDays(List<DayOfWeek> value) {
            this.workingDays = value;
        }

        /** @return the holidays set, or {@code null} for none */
        public List<LocalDate> getHolidays() {
            return holidays;
        }

        /** @param value local dates that are not worked */
        public void setHolidays(List<LocalDate> value) {
            this.holidays = value;
        }
    }
}
