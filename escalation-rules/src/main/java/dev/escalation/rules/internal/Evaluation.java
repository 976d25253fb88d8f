package dev.escalation.rules.internal;

import dev.escalation.decision.Explanation;
import java.util.List;

/**
 * What one run of the rules concluded.
 *
 * @param facts       every fact in working memory when the rules settled: the inputs and what rules derived
 * @param explanation why each rule whose conclusion holds fired, by POLICY.md clause then declaration order
 */
public record Evaluation(List<Object> facts, List<Explanation> explanation) {
}
