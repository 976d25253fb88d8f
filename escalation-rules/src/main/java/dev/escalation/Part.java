package dev.escalation;

import dev.escalation.model.EscalationCase;
import dev.escalation.validation.CaseValidator;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A part of a case without which a question of {@link EscalationPolicy} has no answer, named as violations name it. */
enum Part {
    EMERGENCY("emergency", EscalationCase::emergency),
    ESCALATION("escalation", EscalationCase::escalation),
    CLOSURE("escalation.closure", c -> c.escalation() == null ? null : c.escalation().closure()),
    EVENT("event", EscalationCase::event);

    private final String field;
    private final Function<EscalationCase, Object> of;

    Part(String field, Function<EscalationCase, Object> of) {
        this.field = field;
        this.of = of;
    }

    /**
     * A missing part is reported with every other violation of the case, not alone; parts are checked in the order
     * given, so a missing escalation is reported before its missing closure.
     */
    static void require(EscalationCase question, Instant now, Part... parts) {
        for (Part part : parts) {
            if (question == null || part.of.apply(question) == null) {
                List<Violation> violations = new ArrayList<>();
                violations.add(new Violation(part.field, "is required"));
                violations.addAll(CaseValidator.violations(question, now));
                throw new InvalidEscalationInputException(violations);
            }
        }
    }
}
