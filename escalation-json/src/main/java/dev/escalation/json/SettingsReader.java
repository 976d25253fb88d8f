package dev.escalation.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escalation.model.Cadence;
import dev.escalation.settings.PolicySettings;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads {@link PolicySettings} from JSON with the names of its fields; a setting left out keeps its default.
 * Durations are ISO-8601 ({@code "PT3H"}, {@code "P14D"}); {@code customerUpdateGaps} maps cadences to a duration,
 * or to {@code null} for no limit, e.g. {@code {"conversionThreshold": "PT2H", "customerUpdateGaps": {"STANDARD":
 * "P30D"}}}. Every field at fault is reported at once.
 */
final class SettingsReader {

    private SettingsReader() {
    }

    /**
     * @param json the settings
     * @return them, over the defaults
     * @throws InvalidEscalationInputException naming every field at fault as {@code settings.<name>}
     */
    static PolicySettings read(String json) {
        JsonNode root = TreeReader.parse(json);
        List<Violation> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw new InvalidEscalationInputException(List.of(new Violation("settings", "must be a JSON object")));
        }
        PolicySettings.Builder builder = PolicySettings.builder();
        Map<String, BiConsumer<PolicySettings.Builder, Duration>> durations = Map.of(
                "conversionThreshold", PolicySettings.Builder::conversionThreshold,
                "immediateGrace", PolicySettings.Builder::immediateGrace,
                "standupDeadline", PolicySettings.Builder::standupDeadline,
                "internalUpdateGap", PolicySettings.Builder::internalUpdateGap,
                "customerUpdateWindow", PolicySettings.Builder::customerUpdateWindow,
                "callLimit", PolicySettings.Builder::callLimit,
                "exitCriteriaGrace", PolicySettings.Builder::exitCriteriaGrace);
        Map<String, BiConsumer<PolicySettings.Builder, Integer>> counts = Map.of(
                "upgradeProblemCount", PolicySettings.Builder::upgradeProblemCount,
                "customerUpdatesPerWeek", PolicySettings.Builder::customerUpdatesPerWeek);
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (durations.containsKey(name)) {
                Duration duration = duration(value, "settings." + name, problems);
                if (duration != null) {
                    durations.get(name).accept(builder, duration);
                }
            } else if (counts.containsKey(name)) {
                if (value.isIntegralNumber() && value.canConvertToInt()) {
                    counts.get(name).accept(builder, value.intValue());
                } else {
                    problems.add(new Violation("settings." + name, "must be a whole number"));
                }
            } else if (name.equals("customerUpdateGaps")) {
                gaps(value, builder, problems);
            } else {
                problems.add(new Violation("settings." + name, "unknown setting (expected one of "
                        + String.join(", ", PolicySettings.defaults().values().keySet().stream()
                        .map(k -> k.startsWith("customerUpdateGaps.") ? "customerUpdateGaps" : k).distinct().toList())
                        + ")"));
            }
        }
        try {
            PolicySettings settings = builder.build();
            if (!problems.isEmpty()) {
                throw new InvalidEscalationInputException(problems);
            }
            return settings;
        } catch (InvalidEscalationInputException e) {
            problems.addAll(e.violations().stream().filter(v -> !problems.contains(v)).toList());
            throw new InvalidEscalationInputException(problems);
        }
    }

    private static void gaps(JsonNode value, PolicySettings.Builder builder, List<Violation> problems) {
        if (!value.isObject()) {
            problems.add(new Violation("settings.customerUpdateGaps", "must be a JSON object of cadence: duration"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> gaps = value.fields(); gaps.hasNext();) {
            Map.Entry<String, JsonNode> gap = gaps.next();
            String path = "settings.customerUpdateGaps." + gap.getKey();
            Cadence cadence;
            try {
                cadence = Cadence.valueOf(gap.getKey());
            } catch (IllegalArgumentException e) {
                problems.add(new Violation(path, "unknown cadence (expected one of DAILY, MULTIPLE_TIMES_PER_WEEK, "
                        + "WEEKLY_TO_BIWEEKLY, STANDARD)"));
                continue;
            }
            if (gap.getValue().isNull()) {
                builder.customerUpdateGap(cadence, null);
            } else {
                Duration duration = duration(gap.getValue(), path, problems);
                if (duration != null) {
                    builder.customerUpdateGap(cadence, duration);
                }
            }
        }
    }

    private static Duration duration(JsonNode value, String path, List<Violation> problems) {
        if (value.isTextual()) {
            try {
                return Duration.parse(value.textValue());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(new Violation(path, "must be an ISO-8601 duration such as PT3H or P14D (was " + value + ")"));
        return null;
    }
}
