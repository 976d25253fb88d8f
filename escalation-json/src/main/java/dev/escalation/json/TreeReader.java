package dev.escalation.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Binds a JSON tree to records by hand, collecting a {@link Violation} for every field at fault instead of stopping
 * at the first: Jackson's data binding throws at the first mismatch (a string where a boolean belongs throws before
 * any problem handler sees it), and the {@code decide} format names every field at fault in one line.
 */
abstract class TreeReader {

    /** The mapper for the text {@code decide} reads: duplicate keys and trailing content are errors. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** What is wrong so far, in the order the fields were read. */
    final List<Violation> problems = new ArrayList<>();

    /**
     * @param json JSON text
     * @return its tree
     * @throws InvalidEscalationInputException when the text is not one well-formed JSON value
     */
    static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw invalid("(input)", "is empty: expected one JSON object");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /**
     * @param e why Jackson could not read the text
     * @return the exception naming {@code (input)} with the line, column and first line of Jackson's message
     */
    static InvalidEscalationInputException malformed(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return invalid("(input)", "malformed JSON" + where + ": " + e.getOriginalMessage().lines().findFirst()
                .orElse("").strip());
    }

    static InvalidEscalationInputException invalid(String field, String message) {
        return new InvalidEscalationInputException(List.of(new Violation(field, message)));
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * Adds the violations a constructor or validator found, except those of a field already reported as malformed
     * (a value that could not be read is not reported again as missing), or of a list one of whose elements was.
     *
     * @param found the further violations
     */
    void addFurther(List<Violation> found) {
        List<Violation> reported = List.copyOf(problems);
        for (Violation violation : found) {
            String field = violation.field();
            if (reported.stream().noneMatch(p -> p.field().equals(field) || p.field().startsWith(field + "["))) {
                problems.add(violation);
            }
        }
    }

    /** @throws InvalidEscalationInputException with every problem, when there is at least one */
    void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidEscalationInputException(problems);
        }
    }

    /** An object's fields, with unknown keys reported; {@code null} (and a report) when the node is no object. */
    Fields object(JsonNode node, String path, String... known) {
        Fields fields = fields(node, path);
        if (fields == null) {
            return null;
        }
        List<String> names = Arrays.asList(known);
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!names.contains(key)) {
                problems.add(new Violation(join(path, key), "unknown field (expected one of "
                        + String.join(", ", names) + ")"));
            }
        }
        return fields;
    }

    /** An object's fields, whatever its keys; {@code null} (and a report) when the node is no object. */
    Fields fields(JsonNode node, String path) {
        if (!node.isObject()) {
            problems.add(new Violation(path.isEmpty() ? "(input)" : path, "must be a JSON object"));
            return null;
        }
        return new Fields(node, path);
    }

    String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            problems.add(new Violation(path, "must be a string"));
            return null;
        }
        return node.textValue();
    }

    Duration duration(JsonNode value, String path) {
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

    <E extends Enum<E>> E constant(JsonNode value, String path, Class<E> type) {
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.textValue())) {
                    return constant;
                }
            }
        }
        problems.add(new Violation(path, "unknown value " + value + " (expected one of " + expected + ")"));
        return null;
    }

    /** Typed reads of one object's fields; JSON {@code null} reads as absent. */
    final class Fields {
        private final JsonNode node;
        private final String path;

        Fields(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        private JsonNode value(String name) {
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : value;
        }

        private void problem(String name, String message) {
            problems.add(new Violation(join(path, name), message));
        }

        boolean has(String name) {
            return value(name) != null;
        }

        /** @return the value, or {@code null} when absent or JSON {@code null} */
        JsonNode node(String name) {
            return value(name);
        }

        /** @return the path of a field of this object */
        String path(String name) {
            return join(path, name);
        }

        /**
         * @param name  a field
         * @param value what was read from it
         * @return the value; reported as required when the field is absent (a value that could not be read is
         *         reported already)
         */
        <T> T required(String name, T value) {
            if (!has(name)) {
                problem(name, "is required");
            }
            return value;
        }

        String string(String name) {
            JsonNode value = value(name);
            return value == null ? null : text(value, join(path, name));
        }

        boolean bool(String name) {
            Boolean value = optionalBool(name);
            return value != null && value;
        }

        Boolean optionalBool(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            if (!value.isBoolean()) {
                problem(name, "must be true or false");
                return null;
            }
            return value.booleanValue();
        }

        int count(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return 0;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                problem(name, "must be a whole number");
                return 0;
            }
            return value.intValue();
        }

        Instant instant(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            if (value.isTextual()) {
                try {
                    return OffsetDateTime.parse(value.textValue()).toInstant();
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            problem(name, "must be an ISO-8601 instant such as 2026-03-02T15:30:00Z (was " + value + ")");
            return null;
        }

        <E extends Enum<E>> E enumOf(String name, Class<E> type) {
            JsonNode value = value(name);
            return value == null ? null : constant(value, join(path, name), type);
        }

        <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
            return set(name, (n, p) -> constant(n, p, type));
        }

        /**
         * A list whose elements may not repeat. An element that could not be read stays, as {@code null}, as does a
         * JSON {@code null}, for the validator to name; neither counts as a repetition.
         */
        <T> Set<T> set(String name, BiFunction<JsonNode, String, T> element) {
            List<T> values = list(name, element);
            Set<T> unique = new LinkedHashSet<>(values);
            if (values.stream().filter(Objects::nonNull).distinct().count()
                    < values.stream().filter(Objects::nonNull).count()) {
                problem(name, "must not name a value twice (was " + node.get(name) + ")");
            }
            return unique;
        }

        <T> List<T> list(String name, BiFunction<JsonNode, String, T> element) {
            JsonNode value = value(name);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                problem(name, "must be a JSON array");
                return List.of();
            }
            List<T> elements = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                elements.add(item.isNull() ? null : element.apply(item, join(path, name) + "[" + i + "]"));
            }
            return elements;
        }

        <T> T object(String name, BiFunction<JsonNode, String, T> reader) {
            JsonNode value = value(name);
            return value == null ? null : reader.apply(value, join(path, name));
        }
    }
}
