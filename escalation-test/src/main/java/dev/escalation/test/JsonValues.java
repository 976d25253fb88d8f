package dev.escalation.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.Upcoming;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * How expected and actual values compare, in scenarios and in the Java assertions alike: JSON equality, lists in
 * order, objects whatever their key order, numbers by value ({@code 2} equals {@code 2.0}), and two strings that are
 * the same ISO-8601 duration or instant written differently ({@code "P1D"} and {@code "PT24H"},
 * {@code "2026-03-02T16:30:00+01:00"} and {@code "2026-03-02T15:30:00Z"}) as equal. An expected {@code null} means
 * "nothing there": a null value, or a part the decision does not have ({@code "plan": null} for no plan).
 */
final class JsonValues {

    /** Reads scenario files as {@code decide} reads cases: duplicate keys and trailing content are errors. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    /**
     * @param json JSON text, e.g. what {@code EscalationJson} wrote
     * @return its tree
     */
    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    /**
     * @param got  the value at a path of a decision, or {@code null} when the decision has no such part
     * @param want the value expected there; JSON {@code null} means nothing: a null value or no such part
     * @return whether the expectation holds
     */
    static boolean matches(JsonNode got, JsonNode want) {
        return got == null ? want.isNull() : equal(got, want);
    }

    /**
     * @param got  the actual value
     * @param want the expected one
     * @return whether they are equal as this class says
     */
    static boolean equal(JsonNode got, JsonNode want) {
        if (got.isNumber() && want.isNumber()) {
            return got.decimalValue().compareTo(want.decimalValue()) == 0;
        }
        if (got.isTextual() && want.isTextual()) {
            return got.textValue().equals(want.textValue()) || sameTime(got.textValue(), want.textValue());
        }
        if (got.isArray() && want.isArray()) {
            if (got.size() != want.size()) {
                return false;
            }
            for (int i = 0; i < got.size(); i++) {
                if (!equal(got.get(i), want.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (got.isObject() && want.isObject()) {
            if (got.size() != want.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = want.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = got.get(field.getKey());
                if (other == null || !equal(other, field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return got.equals(want);
    }

    /** The same duration or the same instant, written two ways. */
    private static boolean sameTime(String a, String b) {
        if (a.startsWith("P") || a.startsWith("-P")) {
            try {
                return Duration.parse(a).equals(Duration.parse(b));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        Optional<Instant> first = instant(a);
        return first.isPresent() && first.equals(instant(b));
    }

    /**
     * @param text an ISO-8601 instant with an offset, e.g. {@code 2026-03-02T15:30:00Z}
     * @return the instant, or empty when the text is none
     */
    static Optional<Instant> instant(String text) {
        if (text.length() < 11 || text.charAt(4) != '-' || !text.contains("T")) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * @param value a JSON value
     * @return it on one line, as JSON: strings quoted, so {@code "true"} and {@code true} read apart
     */
    static String show(JsonNode value) {
        return value == null ? "absent" : value.toString();
    }

    /**
     * A Java value as {@code decide} would write it: enums by name, instants and durations in ISO-8601, optionals as
     * their value or {@code null}, collections and arrays as lists, maps as objects, an {@link Assignment} as
     * {@code {role, name}} (as in {@code notify}), an {@link Upcoming} as {@code {code, at}} with its {@code item} or
     * {@code step}.
     *
     * @param value a value
     * @return its JSON
     */
    static JsonNode of(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof Optional<?> optional) {
            return of(optional.orElse(null));
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof BigInteger i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Double || value instanceof Float) {
            return NODES.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.longValue());
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode array = NODES.arrayNode();
            collection.forEach(element -> array.add(of(element)));
            return array;
        }
        if (value instanceof Object[] elements) {
            ArrayNode array = NODES.arrayNode();
            for (Object element : elements) {
                array.add(of(element));
            }
            return array;
        }
        if (value instanceof Assignment assignment) {
            ObjectNode object = NODES.objectNode();
            object.put("role", assignment.role().name());
            object.set("name", of(assignment.name()));
            return object;
        }
        if (value instanceof Upcoming upcoming) {
            ObjectNode object = NODES.objectNode();
            object.put("code", upcoming.code());
            object.put("at", upcoming.at().toString());
            upcoming.item().ifPresent(item -> object.put("item", item.name()));
            upcoming.step().ifPresent(step -> object.put("step", step.name()));
            return object;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), of(v)));
            return object;
        }
        return NODES.textNode(value.toString());
    }
}
