package dev.escalation.rules.facts;

import dev.escalation.model.Risk;
import dev.escalation.model.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Derived, logically: the severity level the situation's risks suggest, the highest any of them suggests
 * (POLICY.md 2.4a).
 *
 * @param level the suggested level
 * @param risks the risks that suggest it, in declaration order
 */
public record SuggestedSeverity(Severity level, List<Risk> risks) {

    /** Copies the risks into an unmodifiable list in declaration order. */
    public SuggestedSeverity {
        List<Risk> sorted = new ArrayList<>(risks);
        sorted.sort(null);
        risks = List.copyOf(sorted);
    }

    /**
     * @param suggestions what each risk suggests, at least one
     * @return the highest level among them, with the risks that suggest that level
     */
    public static SuggestedSeverity highestOf(Collection<RiskSuggests> suggestions) {
        Severity highest = null;
        for (RiskSuggests suggestion : suggestions) {
            highest = suggestion.level().max(highest);
        }
        List<Risk> risks = new ArrayList<>();
        for (RiskSuggests suggestion : suggestions) {
            if (suggestion.level() == highest) {
                risks.add(suggestion.risk());
            }
        }
        return new SuggestedSeverity(highest, risks);
    }

    /** @return e.g. {@code HIGH, suggested by CURRENT_ADOPTION, CONTRACTION}, for the explanation */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(level.name()).append(", suggested by ");
        for (int i = 0; i < risks.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(risks.get(i).name());
        }
        return text.toString();
    }
}
