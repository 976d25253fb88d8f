package dev.escalation.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escalation.decision.Blocker;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.ClosureStep;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Cadence;
import dev.escalation.model.Risk;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Java type of every detail of the standard findings, as the rules make them (the {@code Finding.of} calls of the
 * DRL files, POLICY.md 2.3 to 2.8 and, version 3, 2.10a), so that a finding read back from JSON holds an
 * {@link Instant} where it held one, a {@link Cadence}, a {@code List<Risk>}; {@code MANAGER_STEP_IN}'s {@code codes}
 * are {@link FindingCode}s, {@code CLOSED_WITH_BLOCKERS}' {@code blockers} are {@link Blocker}s. A detail this table
 * does not know, of a custom code or added to a standard one, and a value that does not read as its type, come back as
 * their JSON types: {@code String}, {@code Boolean}, {@code Integer} (or {@code Long}, {@code BigInteger} when larger),
 * {@code Double} (or {@code BigDecimal} when the mapper reads decimals so), {@code List}, {@code Map}, {@code null}.
 */
final class FindingDetails {

    private static final Function<JsonNode, Object> INSTANT = FindingDetails::instant;
    private static final Function<JsonNode, Object> DURATION = FindingDetails::duration;
    private static final Function<JsonNode, Object> INTEGER = v -> v.isIntegralNumber() && v.canConvertToInt()
            ? v.intValue() : null;
    private static final Function<JsonNode, Object> BOOLEAN = v -> v.isBoolean() ? v.booleanValue() : null;
    private static final Function<JsonNode, Object> STRING = v -> v.isTextual() ? v.textValue() : null;

    private static final Map<FindingCode, Map<String, Function<JsonNode, Object>>> TYPES = new EnumMap<>(
            FindingCode.class);

    static {
        type(FindingCode.OUT_OF_SCOPE, "segment", constant(Segment.class), "strategicPartnership", BOOLEAN);
        type(FindingCode.SEVERITY_BELOW_SUGGESTED, "severity", constant(Severity.class),
                "suggested", constant(Severity.class), "risks", list(constant(Risk.class)));
        type(FindingCode.DRI_UNASSIGNED, "role", constant(EscalationRole.class));
        type(FindingCode.PRODUCT_DRI_MISSING, "severity", constant(Severity.class));
        type(FindingCode.CHECKLIST_ITEM_OVERDUE, "item", constant(ChecklistItem.class), "due", INSTANT,
                "overdueBy", DURATION);
        type(FindingCode.CHANNEL_NAME_INVALID, "channel", STRING, "expectedPrefix", STRING, "suggested", STRING);
        type(FindingCode.CHANNEL_NOT_PUBLIC, "channel", STRING);
        type(FindingCode.INTERNAL_UPDATE_OVERDUE, "since", INSTANT, "lastUpdate", INSTANT, "gap", DURATION,
                "limit", DURATION);
        type(FindingCode.CUSTOMER_UPDATE_OVERDUE, "cadence", constant(Cadence.class), "since", INSTANT,
                "lastUpdate", INSTANT, "gap", DURATION, "limit", DURATION);
        type(FindingCode.CUSTOMER_UPDATES_TOO_FEW, "count", INTEGER, "minimum", INTEGER, "windowStart", INSTANT);
        type(FindingCode.NEXT_TOUCHPOINT_MISSING, "nextCustomerTouchpointAt", INSTANT);
        type(FindingCode.EXIT_CRITERIA_MISSING, "openFor", DURATION, "limit", DURATION);
        type(FindingCode.STANDUP_OVERDUE, "cadence", constant(Cadence.class), "since", INSTANT,
                "lastStandup", INSTANT, "gap", DURATION, "limit", DURATION);
        type(FindingCode.CALL_OVER_THREE_HOURS, "callStartedAt", INSTANT, "running", DURATION, "limit", DURATION);
        // Version 3 (2.8, 2.10a). A manager not known is null, which reads back as null whatever the type.
        type(FindingCode.MANAGER_STEP_IN, "manager", STRING, "codes", list(constant(FindingCode.class)),
                "overdueBy", DURATION);
        type(FindingCode.GAINSIGHT_CTA_MISSING, "caseOpenedAt", INSTANT, "due", INSTANT);
        type(FindingCode.CHANNEL_ARCHIVED_WHILE_OPEN);
        type(FindingCode.CLOSED_WITH_BLOCKERS, "blockers", list(constant(Blocker.class)));
        type(FindingCode.CLOSING_STEP_OVERDUE, "step", constant(ClosureStep.class), "due", INSTANT);
    }

    private FindingDetails() {
    }

    @SuppressWarnings("unchecked")
    private static void type(FindingCode code, Object... namesAndTypes) {
        Map<String, Function<JsonNode, Object>> types = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            types.put((String) namesAndTypes[i], (Function<JsonNode, Object>) namesAndTypes[i + 1]);
        }
        TYPES.put(code, Collections.unmodifiableMap(types));
    }

    /**
     * @param code  the finding's code
     * @param name  the detail's name
     * @param value the detail's JSON value
     * @return the value as the Java type the table gives, else as its JSON type
     */
    static Object read(String code, String name, JsonNode value) {
        Function<JsonNode, Object> type = FindingCode.standard(code).map(TYPES::get)
                .map(types -> types.get(name)).orElse(null);
        Object typed = type == null || value.isNull() ? null : type.apply(value);
        return typed != null ? typed : plain(value);
    }

    /**
     * @param value a JSON value
     * @return it as its JSON type
     */
    static Object plain(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue();
        }
        if (value.isBigDecimal()) {
            return value.decimalValue();
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isArray()) {
            List<Object> elements = new ArrayList<>(value.size());
            value.forEach(element -> elements.add(plain(element)));
            return Collections.unmodifiableList(elements);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        value.properties().forEach(field -> fields.put(field.getKey(), plain(field.getValue())));
        return Collections.unmodifiableMap(fields);
    }

    private static Object instant(JsonNode value) {
        if (value.isTextual()) {
            try {
                return OffsetDateTime.parse(value.textValue()).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static Object duration(JsonNode value) {
        if (value.isTextual()) {
            try {
                return Duration.parse(value.textValue());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> Function<JsonNode, Object> constant(Class<E> type) {
        return value -> {
            if (value.isTextual()) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(value.textValue())) {
                        return constant;
                    }
                }
            }
            return null;
        };
    }

    /** A list whose every element reads as the type; otherwise the list comes back as JSON types. */
    private static Function<JsonNode, Object> list(Function<JsonNode, Object> element) {
        return value -> {
            if (!value.isArray()) {
                return null;
            }
            List<Object> elements = new ArrayList<>(value.size());
            for (JsonNode item : value) {
                Object read = item.isNull() ? null : element.apply(item);
                if (read == null) {
                    return null;
                }
                elements.add(read);
            }
            return List.copyOf(elements);
        };
    }
}
