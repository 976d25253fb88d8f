package dev.escalation.rules.facts;

import dev.escalation.model.Risk;
import dev.escalation.model.Severity;

/**
 * Derived: the highest row of the severity table whose Description names a risk of the situation
 * (S2: Definitions of Severity Levels).
 *
 * @param risk the risk
 * @param row  the row's severity level
 */
public record RiskRow(Risk risk, Severity row) {
}
