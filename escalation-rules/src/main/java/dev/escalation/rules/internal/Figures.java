package dev.escalation.rules.internal;

import dev.escalation.rules.facts.CountLimit;
import dev.escalation.rules.facts.Gap;
import dev.escalation.rules.facts.Limit;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes the figures of an explanation for people: {@code 4 h 10 min}, {@code 3 h (default)}. */
public final class Figures {

    private static final Duration WEEK = Duration.ofDays(7);

    private Figures() {
    }

    /**
     * @param value a value bound by a rule
     * @return its readable form; {@code unknown} for {@code null}
     */
    public static String format(Object value) {
        if (value == null) {
            return "unknown";
        }
        if (value instanceof Duration duration) {
            return duration(duration);
        }
        if (value instanceof Gap gap) {
            return duration(gap.duration()) + (gap.calendar() == null ? "" : " " + gap.calendar().describe());
        }
        if (value instanceof Limit limit) {
            return duration(limit.value()) + origin(limit.overridden());
        }
        if (value instanceof CountLimit limit) {
            return limit.value() + origin(limit.overridden());
        }
        if (value instanceof Optional<?> optional) {
            return format(optional.orElse(null));
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty() ? "none"
                    : collection.stream().map(Figures::format).collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static String origin(boolean overridden) {
        return overridden ? " (override)" : " (default)";
    }

    /**
     * @param duration a duration
     * @return e.g. {@code 3 h}, {@code 4 h 10 min}, {@code 84 h}, {@code 14 d}; days are used from 7 days on
     */
    public static String duration(Duration duration) {
        if (duration.isNegative()) {
            return "-" + duration(duration.negated());
        }
        StringBuilder text = new StringBuilder();
        long hours = duration.toHours();
        if (duration.compareTo(WEEK) >= 0) {
            append(text, duration.toDays(), "d");
            hours = duration.toHoursPart();
        }
        append(text, hours, "h");
        append(text, duration.toMinutesPart(), "min");
        append(text, duration.toSecondsPart(), "s");
        return text.length() == 0 ? "0 min" : text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount != 0) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(amount).append(' ').append(unit);
        }
    }
}
