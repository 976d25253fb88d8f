package dev.escalation.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception for bad input: it lists every violation found, each naming its field, so a caller can fix
 * them all at once. Its message is a single line, e.g.
 * {@code account.name: must not be blank; emergency.startedAt: is required}.
 */
public final class InvalidEscalationInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * @param violations what is wrong; at least one
     * @throws IllegalArgumentException when {@code violations} is empty
     */
    public InvalidEscalationInputException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidEscalationInputException needs at least one violation");
        }
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /** @return every violation, in the order the fields were checked */
    public List<Violation> violations() {
        return violations;
    }

    /** @return the paths of the fields at fault, in order */
    public List<String> fields() {
        return violations.stream().map(Violation::field).toList();
    }
}
