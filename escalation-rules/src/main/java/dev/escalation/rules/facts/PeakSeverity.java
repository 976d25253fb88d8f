package dev.escalation.rules.facts;

import dev.escalation.model.Severity;

/**
 * Derived: the highest severity the escalation has had (POLICY.md section 1), which the Product DRI requirement and
 * the product leader follow (S2: Product's role in Escalations).
 *
 * @param severity the peak severity
 */
public record PeakSeverity(Severity severity) {
}
