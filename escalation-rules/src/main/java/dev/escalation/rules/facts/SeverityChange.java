package dev.escalation.rules.facts;

import dev.escalation.decision.Stakeholder;
import dev.escalation.model.Severity;
import java.time.Instant;
import java.util.List;

/**
 * Derived, a question (POLICY.md 2.7, v3): a {@code SEVERITY_CHANGED} activity that carries a severity, with the
 * severity before it.
 *
 * @param position its place among such changes in the order of activities, from 1
 * @param at       when the severity changed
 * @param before   the severity of the previous such change, else the severity the escalation was opened at
 * @param after    the severity it changed to
 */
public record SeverityChange(int position, Instant at, Severity before, Severity after) {

    /** @return whom the change newly involves (POLICY.md 2.4 and 2.7), in declaration order; often nobody */
    public List<Stakeholder> newlyInvolved() {
        return Involvement.newlyInvolved(before, after);
    }
}
