package dev.escalation.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the standard rules put, during one evaluation, the decisions that no rule of the knowledge base matches
 * (routes, stakeholders, actions, message kinds, product leaders, findings, when nothing matches them): the global
 * {@code decisions} of the rule files. Writing such a decision here instead of inserting it spares working memory a
 * fact no rule can see; the result is the same, since the assessment is assembled from both. A decision of a type
 * some rule does match (a rule of the user's that matches {@code Route}, say) is not taken: the rule inserts it as
 * before, and every rule sees it. Which types are taken is decided once per knowledge base ({@link Engine}).
 *
 * <p>Equal decisions are one, as equal facts are in working memory. Not thread-safe: one instance per evaluation.
 */
public final class Decisions {

    private final Set<Class<?>> unmatched;
    private Set<Object> collected;
    private int taken;

    Decisions(Set<Class<?>> unmatched) {
        this.unmatched = unmatched;
    }

    /**
     * Called from a rule's consequence: {@code if (!decisions.collect(Route.STAR)) insert(Route.STAR);}.
     *
     * @param decision a decision the rule concluded
     * @return whether it was taken here; when not, the rule inserts it
     */
    public boolean collect(Object decision) {
        if (!unmatched.contains(decision.getClass())) {
            return false;
        }
        if (collected == null) {
            collected = new LinkedHashSet<>();
        }
        collected.add(decision);
        taken++;
        return true;
    }

    /** @return how many times a decision was taken here so far: a firing that took one concluded something */
    int taken() {
        return taken;
    }

    /**
     * @param facts the facts in working memory once the rules settled
     * @return those facts, then every collected decision not equal to one of them
     */
    List<Object> mergedWith(List<Object> facts) {
        if (collected == null) {
            return facts;
        }
        for (Object fact : facts) {
            if (unmatched.contains(fact.getClass())) {
                collected.remove(fact);
            }
        }
        List<Object> all = new ArrayList<>(facts.size() + collected.size());
        all.addAll(facts);
        all.addAll(collected);
        return all;
    }
}
