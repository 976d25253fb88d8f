package dev.escalation;

import dev.escalation.decision.Assessment;
import dev.escalation.validation.InvalidEscalationInputException;
import java.util.Optional;

/**
 * One element of a streamed batch and what came of it: an assessment, or the reason its input was refused.
 *
 * @param item       the element as given
 * @param assessment the assessment, when the input was valid
 * @param error      why the input was refused, when it was not
 * @param <T>        the type of the batch's elements
 */
public record Batched<T>(T item, Optional<Assessment> assessment, Optional<InvalidEscalationInputException> error) {

    /** @return whether the element was assessed */
    public boolean assessed() {
        return assessment.isPresent();
    }
}
