package dev.escalation.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that needs attention at {@code now}, with the details a person needs to act on it
 * (the item, the last activity, the gap, the limit that was crossed).
 *
 * @param code    the finding's code: a {@link FindingCode} name for the standard policy
 * @param details named details in a defined order; values are {@link java.time.Instant}, {@link java.time.Duration},
 *                enums, strings, numbers or booleans
 */
public record Finding(String code, Map<String, Object> details) {

    /**
     * Rejects a missing code and copies the details, keeping their order.
     *
     * @param code see {@link #code()}
     * @param details see {@link #details()}
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        details = details == null || details.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * A finding with details given as alternating names and values; {@code null} values are left out.
     *
     * @param code          the code
     * @param namesAndValues {@code name1, value1, name2, value2, ...}
     * @return the finding
     */
    public static Finding of(FindingCode code, Object... namesAndValues) {
        return of(code.name(), namesAndValues);
    }

    /**
     * A finding with a custom code, for custom rules.
     *
     * @param code           the code
     * @param namesAndValues {@code name1, value1, name2, value2, ...}
     * @return the finding
     */
    public static Finding of(String code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("details must come as name, value pairs");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                details.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
            }
        }
        return new Finding(code, details);
    }

    /**
     * @param standard a standard code
     * @return whether this finding has that code
     */
    public boolean is(FindingCode standard) {
        return code.equals(standard.name());
    }

    /**
     * What this finding is about, without the figures that change with time: its code and the details that are
     * neither instants, durations nor numbers (the item, the role, the cadence, the channel). Two assessments of the
     * same case at different instants report "the same" finding when their subjects are equal.
     *
     * @return the subject, e.g. {@code CHECKLIST_ITEM_OVERDUE{item=DECLARE_ESCALATION}}
     */
    public String subject() {
        StringBuilder subject = new StringBuilder(code).append('{');
        String separator = "";
        for (Map.Entry<String, Object> detail : details.entrySet()) {
            Object value = detail.getValue();
            if (!(value instanceof java.time.temporal.Temporal) && !(value instanceof java.time.temporal.TemporalAmount)
                    && !(value instanceof Number)) {
                subject.append(separator).append(detail.getKey()).append('=').append(value);
                separator = ", ";
            }
        }
        return subject.append('}').toString();
    }

    /**
     * @param name a detail's name
     * @return its value, if present
     */
    public Optional<Object> detail(String name) {
        return Optional.ofNullable(details.get(name));
    }
}
