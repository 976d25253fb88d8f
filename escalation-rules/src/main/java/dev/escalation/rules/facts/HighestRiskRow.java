package dev.escalation.rules.facts;

import dev.escalation.model.Risk;
import dev.escalation.model.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Derived, logically: the highest row of the severity table that a risk of the situation belongs to, and the risks of
 * that row (POLICY.md 2.4a: "the highest level among the risks"; those risks "set it").
 *
 * @param row   the highest row's level
 * @param risks the situation's risks in that row, in declaration order
 */
public record HighestRiskRow(Severity row, List<Risk> risks) {

    /**
     * Copies the risks into an unmodifiable list in declaration order.
     *
     * @param row   see {@link #row()}
     * @param risks see {@link #risks()}
     */
    public HighestRiskRow {
        List<Risk> sorted = new ArrayList<>(risks);
        sorted.sort(null);
        risks = List.copyOf(sorted);
    }

    /**
     * @param rows the row of each risk, at least one
     * @return the highest of them, with the risks in it
     */
    public static HighestRiskRow of(Collection<RiskRow> rows) {
        Severity highest = null;
        for (RiskRow row : rows) {
            highest = row.row().max(highest);
        }
        List<Risk> risks = new ArrayList<>();
        for (RiskRow row : rows) {
            if (row.row() == highest) {
                risks.add(row.risk());
            }
        }
        return new HighestRiskRow(highest, risks);
    }

    /** @return e.g. {@code HIGH (CURRENT_ADOPTION, CONTRACTION)}, for the explanation */
    @Override
    public String toString() {
        return row.name() + " (" + String.join(", ", risks.stream().map(Enum::name).toList()) + ")";
    }
}
