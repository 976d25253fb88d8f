package dev.escalation.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escalation.model.Cadence;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads {@link PolicySettings} from JSON with the names of its fields; a setting left out keeps its default.
 * Durations are ISO-8601 ({@code "PT3H"}, {@code "P14D"}); {@code customerUpdateGaps} and {@code standupGaps} map
 * cadences to a duration, or to {@code null} for no limit; {@code calendar} is {@code {"zone", "workingDays",
 * "holidays"}} (zone an IANA id, the other two optional), or {@code null} for none; version 3 adds the durations
 * {@code handoverWindow}, {@code managerStepInAfter}, {@code gainsightSync} and {@code closingStepsGrace}. E.g.
 * {@code {"conversionThreshold": "PT2H", "customerUpdateGaps": {"STANDARD": "P30D"}, "calendar": {"zone":
 * "Europe/Berlin"}}}. Every field at fault is reported at once, as {@code settings.<name>}.
 */
final class SettingsReader extends TreeReader {

    private final PolicySettings.Builder builder = PolicySettings.builder();
    /** How each setting is read, by name, in the order of {@link PolicySettings}'s fields. */
    private final Map<String, BiConsumer<JsonNode, String>> settings = new LinkedHashMap<>();

    private SettingsReader() {
        duration("conversionThreshold", builder::conversionThreshold);
        count("upgradeProblemCount", builder::upgradeProblemCount);
        duration("immediateGrace", builder::immediateGrace);
        duration("standupDeadline", builder::standupDeadline);
        duration("internalUpdateGap", builder::internalUpdateGap);
        settings.put("customerUpdateGaps", (value, path) -> gaps(value, path, builder::customerUpdateGap));
        count("customerUpdatesPerWeek", builder::customerUpdatesPerWeek);
        duration("customerUpdateWindow", builder::customerUpdateWindow);
        duration("callLimit", builder::callLimit);
        duration("exitCriteriaGrace", builder::exitCriteriaGrace);
        settings.put("standupGaps", (value, path) -> gaps(value, path, builder::standupGap));
        settings.put("calendar", (value, path) -> {
            if (value.isNull()) {
                builder.calendar(null);
            } else {
                WorkingCalendar calendar = calendar(value, path);
                if (calendar != null) {
                    builder.calendar(calendar);
                }
            }
        });
        duration("handoverWindow", builder::handoverWindow);
        duration("managerStepInAfter", builder::managerStepInAfter);
        duration("gainsightSync", builder::gainsightSync);
        duration("closingStepsGrace", builder::closingStepsGrace);
    }

    /**
     * @param json the settings
     * @return them, over the defaults
     * @throws InvalidEscalationInputException naming every field at fault as {@code settings.<name>}
     */
    static PolicySettings read(String json) {
        return read(parse(json));
    }

    /**
     * @param root the settings as a JSON tree
     * @return them, over the defaults
     * @throws InvalidEscalationInputException naming every field at fault as {@code settings.<name>}
     */
    static PolicySettings read(JsonNode root) {
        return new SettingsReader().readSettings(root);
    }

    private PolicySettings readSettings(JsonNode root) {
        if (!root.isObject()) {
            throw invalid("settings", "must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String path = "settings." + field.getKey();
            BiConsumer<JsonNode, String> setting = settings.get(field.getKey());
            if (setting == null) {
                problems.add(new Violation(path, "unknown setting (expected one of "
                        + String.join(", ", settings.keySet()) + ")"));
            } else {
                setting.accept(field.getValue(), path);
            }
        }
        PolicySettings read = null;
        try {
            read = builder.build();
        } catch (InvalidEscalationInputException e) {
            addFurther(e.violations());
        }
        throwIfProblems();
        return read;
    }

    private void duration(String name, Consumer<Duration> setter) {
        settings.put(name, (value, path) -> {
            Duration duration = duration(value, path);
            if (duration != null) {
                setter.accept(duration);
            }
        });
    }

    private void count(String name, Consumer<Integer> setter) {
        settings.put(name, (value, path) -> {
            if (value.isIntegralNumber() && value.canConvertToInt()) {
                setter.accept(value.intValue());
            } else {
                problems.add(new Violation(path, "must be a whole number"));
            }
        });
    }

    /** Gaps per cadence; a cadence mapped to {@code null} has no limit, one left out keeps its default. */
    private void gaps(JsonNode value, String path, BiConsumer<Cadence, Duration> setter) {
        if (!value.isObject()) {
            problems.add(new Violation(path, "must be a JSON object of cadence: duration"));
            return;
        }
        for (Map.Entry<String, JsonNode> gap : value.properties()) {
            String gapPath = path + "." + gap.getKey();
            Cadence cadence = Arrays.stream(Cadence.values()).filter(c -> c.name().equals(gap.getKey())).findFirst()
                    .orElse(null);
            if (cadence == null) {
                problems.add(new Violation(gapPath, "unknown cadence (expected one of "
                        + Arrays.stream(Cadence.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")"));
            } else if (gap.getValue().isNull()) {
                setter.accept(cadence, null);
            } else {
                Duration duration = duration(gap.getValue(), gapPath);
                if (duration != null) {
                    setter.accept(cadence, duration);
                }
            }
        }
    }

    /** The calendar, or {@code null} when it is at fault (every fault reported). */
    private WorkingCalendar calendar(JsonNode node, String path) {
        Fields f = object(node, path, "zone", "workingDays", "holidays");
        if (f == null) {
            return null;
        }
        ZoneId zone = null;
        String id = f.string("zone");
        if (id != null) {
            try {
                zone = WorkingCalendar.zone(id);
            } catch (InvalidEscalationInputException e) {
                addFurther(e.violations());
            }
        }
        // Absent working days are the default week; an empty list is an empty week, which the calendar refuses.
        Set<DayOfWeek> workingDays = f.has("workingDays") ? f.enumSet("workingDays", DayOfWeek.class) : null;
        Set<LocalDate> holidays = f.set("holidays", this::date);
        try {
            return new WorkingCalendar(zone, workingDays, holidays);
        } catch (InvalidEscalationInputException e) {
            addFurther(e.violations());
            return null;
        }
    }

    private LocalDate date(JsonNode value, String path) {
        if (value.isTextual()) {
            try {
                return LocalDate.parse(value.textValue());
            } catch (DateTimeException e) {
                // reported below
            }
        }
        problems.add(new Violation(path,
                "must be an ISO-8601 date such as 2026-12-25 (was " + value + ")"));
        return null;
    }
}
