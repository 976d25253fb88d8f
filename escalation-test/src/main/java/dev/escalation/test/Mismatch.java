package dev.escalation.test;

import dev.escalation.decision.Assignment;
import dev.escalation.decision.Upcoming;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** The words of a failed Java assertion, those of a {@code decide --check} mismatch: {@code KEY: got X, want Y}. */
final class Mismatch {

    private Mismatch() {
    }

    static String of(String key, Object got, Object want) {
        return key + ": got " + show(got) + ", want " + show(want);
    }

    /**
     * Values as a person reads them: a list in brackets, an assignment as {@code ROLE (name)}, an upcoming entry as
     * {@code CODE at INSTANT} with its item or step in braces, nothing as none.
     */
    static String show(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(Mismatch::show).orElse("none");
        }
        if (value instanceof Assignment assignment) {
            return assignment.role() + assignment.name().map(n -> " (" + n + ")").orElse("");
        }
        if (value instanceof Upcoming upcoming) {
            String subject = upcoming.item().map(i -> "{item=" + i + "}")
                    .or(() -> upcoming.step().map(step -> "{step=" + step + "}")).orElse("");
            return upcoming.code() + subject + " at " + upcoming.at();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(Mismatch::show).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
