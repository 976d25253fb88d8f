package dev.escalation.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

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
     * The one verb of a rule that decides: {@code decisions.conclude(kcontext, Route.STAR);}. The decision is
     * collected here when no rule can match its type, and inserted into the firing rule's session otherwise. Works alike in consequences of the generated model and of DRL compiled at run time.
     *
     * @param rule     the firing rule's context ({@code kcontext} in a consequence)
     * @param decision what the rule concluded
     */
    public void conclude(RuleContext rule, Object decision) {
        if (!collect(decision)) {
            rule.getKieRuntime().insert(decision);
        }
    }

    /**
     * {@link #conclude(RuleContext, Object)} for each of several decisions, e.g. a row of a table.
     *
     * @param rule      the firing rule's context ({@code kcontext} in a consequence)
     * @param decisions what the rule concluded
     */
    public void concludeAll(RuleContext rule, Collection<?> decisions) {
        for (Object decision : decisions) {
            conclude(rule, decision);
        }
    }

    /** @return whether the decision was taken here: its type is one no rule matches */
    private boolean collect(Object decision) {
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
