package dev.escalation.rules.internal;

import java.util.Map;
import org.kie.api.KieBase;

/**
 * A compiled rule set.
 *
 * @param knowledgeBase    the knowledge base, thread-safe and shared by all evaluations
 * @param declarationOrder each rule's name and its position among the sources, to order explanations
 */
public record CompiledRules(KieBase knowledgeBase, Map<String, Integer> declarationOrder) {

    /** Copies the order. */
    public CompiledRules {
        declarationOrder = Map.copyOf(declarationOrder);
    }

    /**
     * @param rule a rule's name
     * @return its position among the sources; rules not found in the sources come last
     */
    public int position(String rule) {
        return declarationOrder.getOrDefault(rule, Integer.MAX_VALUE);
    }
}
