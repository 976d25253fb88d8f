package dev.escalation.rules.facts;

import dev.escalation.decision.Stakeholder;
import dev.escalation.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Levels of Involvement column of the handbook's severity table (S2: Definitions of Severity Levels; POLICY.md
 * 2.4): who is involved at each severity, in declaration order. The one place the column is written; the rules of
 * {@code severity.drl} and {@code opening.drl} name it.
 */
public final class Involvement {

    private static final List<Stakeholder> EXECUTIVES = List.of(Stakeholder.VP_SALES, Stakeholder.PRODUCT,
            Stakeholder.CRO, Stakeholder.CEO, Stakeholder.VP_CUSTOMER_SUCCESS, Stakeholder.GLOBAL_PUBSEC_CSM_LEADER);

    private static final Map<Severity, List<Stakeholder>> TABLE = new EnumMap<>(Map.of(
            Severity.CRITICAL, EXECUTIVES,
            Severity.HIGH, EXECUTIVES,
            Severity.MEDIUM, List.of(Stakeholder.GLOBAL_PUBSEC_CSM_LEADER),
            Severity.LOW, List.of(Stakeholder.REGIONAL_CSM_MANAGER, Stakeholder.ACCOUNT_MANAGER)));

    private Involvement() {
    }

    /**
     * @param severity a severity
     * @return who is involved at it, in declaration order
     */
    public static List<Stakeholder> of(Severity severity) {
        return TABLE.get(severity);
    }

    /**
     * @param before the severity before a change
     * @param after  the severity it changed to
     * @return who is involved at {@code after} and was not at {@code before}, in declaration order
     */
    public static List<Stakeholder> newlyInvolved(Severity before, Severity after) {
        List<Stakeholder> added = new ArrayList<>(of(after));
        added.removeAll(of(before));
        added.sort(null);
        return added;
    }
}
