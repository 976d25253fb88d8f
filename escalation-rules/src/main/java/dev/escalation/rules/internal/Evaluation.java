package dev.escalation.rules.internal;

import dev.escalation.decision.Explanation;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run of the rules concluded.
 *
 * @param facts       every fact in working memory when the rules settled (the inputs and what rules derived), then
 *                    the decisions the rules wrote to the per-call collector ({@link Decisions}) instead of inserting
 * @param explanation why each rule whose conclusion holds fired, by POLICY.md clause then declaration order
 * @param clauses     the POLICY.md clause of each explanation, by index ({@link Explanation#policyClause()}, read once
 *                    per rule)
 */
public record Evaluation(List<Object> facts, List<Explanation> explanation, List<String> clauses) {

    /**
     * @param wanted clauses
     * @return the explanations of those clauses, in order
     */
    public List<Explanation> of(List<String> wanted) {
        List<Explanation> found = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            if (wanted.contains(clauses.get(i))) {
                found.add(explanation.get(i));
            }
        }
        return found;
    }
}
