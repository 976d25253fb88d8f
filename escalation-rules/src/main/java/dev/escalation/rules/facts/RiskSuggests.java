package dev.escalation.rules.facts;

import dev.escalation.model.Risk;
import dev.escalation.model.Severity;

/**
 * Derived: the severity level one risk of the situation suggests, its row capped by the impact (POLICY.md 2.4a).
 *
 * @param risk  the risk
 * @param level the level it suggests
 */
public record RiskSuggests(Risk risk, Severity level) {
}
