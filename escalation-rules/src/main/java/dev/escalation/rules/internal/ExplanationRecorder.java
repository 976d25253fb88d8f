package dev.escalation.rules.internal;

import dev.escalation.decision.Explanation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Records why each rule fired in one evaluation: the rule's {@code @id}, name, {@code @section}, and its
 * {@code @reason} template filled with the values the match bound ({@code {$running}} becomes {@code 4 h 10 min}).
 * A firing whose every inserted fact was withdrawn by truth maintenance before the rules settled is left out, since
 * its conclusion no longer holds. Not thread-safe: one instance per evaluation.
 */
final class ExplanationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** Rule metadata parsed once per knowledge base, shared by every evaluation on it. */
    private final Map<Rule, RuleInfo> infos;
    private final CompiledRules rules;

    private final List<Firing> firings = new ArrayList<>();
    private Firing current;

    ExplanationRecorder(CompiledRules rules, Map<Rule, RuleInfo> infos) {
        this.rules = rules;
        this.infos = infos;
    }

    /** @return a cache for {@link RuleInfo}s of one knowledge base, safe to share between threads */
    static Map<Rule, RuleInfo> newCache() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        // A plain read first: computeIfAbsent may lock a bin even when the key is there, and every firing asks.
        RuleInfo info = infos.get(rule);
        if (info == null) {
            info = infos.computeIfAbsent(rule, r -> RuleInfo.of(r, rules));
        }
        current = new Firing(info, info.explain(event.getMatch()));
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.add(current);
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (current != null) {
            current.produced.add(event.getObject());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // An update neither adds nor withdraws a conclusion.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // Withdrawals are seen at the end, against the facts that remain.
    }

    /**
     * @param remaining the facts in working memory once the rules settled
     * @return the explanation of every firing whose conclusions still hold, by clause then declaration order
     */
    List<Explanation> explanations(List<Object> remaining) {
        Set<Object> alive = Collections.newSetFromMap(new IdentityHashMap<>(remaining.size() * 2));
        alive.addAll(remaining);
        List<Firing> holding = new ArrayList<>(firings.size());
        for (Firing firing : firings) {
            if (firing.produced.isEmpty() || firing.produced.stream().anyMatch(alive::contains)) {
                holding.add(firing);
            }
        }
        holding.sort((a, b) -> {
            int byRule = RuleInfo.compare(a.info, b.info);
            return byRule != 0 ? byRule : a.explanation.reason().compareTo(b.explanation.reason());
        });
        List<Explanation> explanations = new ArrayList<>(holding.size());
        holding.forEach(f -> explanations.add(f.explanation));
        return explanations;
    }

    private static final class Firing {
        final RuleInfo info;
        final Explanation explanation;
        final List<Object> produced = new ArrayList<>(4);

        Firing(RuleInfo info, Explanation explanation) {
            this.info = info;
            this.explanation = explanation;
        }
    }
}
