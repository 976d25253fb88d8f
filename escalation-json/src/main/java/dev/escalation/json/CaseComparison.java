package dev.escalation.json;

import dev.escalation.validation.InvalidEscalationInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * One case of a batch compared under two policies: how the candidate's assessment differs from the baseline's, or
 * why the case was refused.
 *
 * <p><b>Stability:</b> stable API.
 *
 * @param item       the element of the batch as given, e.g. a numbered line
 * @param error      why the case was refused, when its input was invalid; then {@code difference} is
 *                   {@link AssessmentDifference#NONE}
 * @param difference how the candidate's assessment differs from the baseline's
 * @param <T>        the type of the batch's elements
 */
public record CaseComparison<T>(T item, Optional<InvalidEscalationInputException> error,
                                AssessmentDifference difference) {

    /**
     * Rejects missing parts and a refused case with a difference.
     *
     * @param item       see {@link #item()}
     * @param error      see {@link #error()}
     * @param difference see {@link #difference()}
     */
    public CaseComparison {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(difference, "difference");
        if (error.isPresent() && !difference.isEmpty()) {
            throw new IllegalArgumentException("a refused case has no difference");
        }
    }

    /** @return whether the case's input was refused */
    public boolean refused() {
        return error.isPresent();
    }

    /** @return whether a key of the output differs */
    public boolean changed() {
        return !difference.isEmpty();
    }
}
