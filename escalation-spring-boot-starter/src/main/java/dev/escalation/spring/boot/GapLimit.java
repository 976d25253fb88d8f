package dev.escalation.spring.boot;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.convert.DurationStyle;

/**
 * The longest gap a cadence allows, as a property value: a duration in Spring's syntax ({@code 24h}, {@code 14d},
 * {@code PT84H}; a bare number is hours, like the other durations of {@code escalation.policy.*}), or {@code none}
 * for no limit. Spring binds it through {@link #valueOf(String)}.
 *
 * <p><b>Stability:</b> stable API.
 */
public final class GapLimit {

    /** No limit: the cadence is never overdue. */
    public static final GapLimit NONE = new GapLimit(null);

    private final Duration duration;

    private GapLimit(Duration duration) {
        this.duration = duration;
    }

    /**
     * @param duration the longest gap
     * @return a limit of that duration
     */
    public static GapLimit of(Duration duration) {
        return new GapLimit(Objects.requireNonNull(duration, "duration"));
    }

    /**
     * @param text {@code none}, or a duration such as {@code 24h}, {@code 14d} or {@code PT84H} (a bare number is
     *             hours)
     * @return the limit
     * @throws IllegalArgumentException when the text is neither
     */
    public static GapLimit valueOf(String text) {
        String value = text == null ? "" : text.strip();
        if (value.equalsIgnoreCase("none")) {
            return NONE;
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("expected a duration such as 24h or PT24H, or none for no limit");
        }
        return of(DurationStyle.detectAndParse(value, ChronoUnit.HOURS));
    }

    /** @return the longest gap; empty for no limit */
    public Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GapLimit limit && Objects.equals(duration, limit.duration);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(duration);
    }

    /** @return {@code none} or the duration in ISO-8601 */
    @Override
    public String toString() {
        return duration == null ? "none" : duration.toString();
    }
}
