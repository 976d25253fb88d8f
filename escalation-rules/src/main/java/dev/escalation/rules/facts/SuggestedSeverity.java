package dev.escalation.rules.facts;

import dev.escalation.model.Risk;
import dev.escalation.model.Severity;
import java.util.List;

/**
 * Derived, logically: the severity level the situation's risks suggest (POLICY.md 2.4a).
 *
 * @param level the suggested level
 * @param risks the risks that set it: those of the highest row, in declaration order
 */
public record SuggestedSeverity(Severity level, List<Risk> risks) {

    /**
     * Copies the risks.
     *
     * @param level see {@link #level()}
     * @param risks see {@link #risks()}
     */
    public SuggestedSeverity {
        risks = List.copyOf(risks);
    }
}
