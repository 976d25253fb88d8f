package dev.escalation.rules.internal;

import dev.escalation.decision.Explanation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Records why each rule fired in one evaluation: the rule's {@code @id}, name, {@code @section}, and its
 * {@code @reason} template filled with the values the match bound ({@code {$running}} becomes {@code 4 h 10 min}).
 * A firing whose every inserted fact was withdrawn by truth maintenance before the rules settled is left out, since
 * its conclusion no longer holds: the deletions are tracked as they happen (rare), not by comparing every firing's
 * facts with working memory at the end. While the rules fire it only captures the bound values; reasons are formatted at
 * the end, for the firings that hold. Not thread-safe: one instance per evaluation.
 */
final class ExplanationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** Rule metadata resolved when the engine was built, read-only and shared by every evaluation on it. */
    private final Map<Rule, RuleInfo> infos;
    private final CompiledRules rules;
    private final Decisions decisions;

    private final List<Firing> firings = new ArrayList<>();
    private Firing current;
    /** Facts deleted (by truth maintenance, mostly) and not inserted again: none in most evaluations. */
    private Set<Object> deleted;

    ExplanationRecorder(CompiledRules rules, Map<Rule, RuleInfo> infos, Decisions decisions) {
        this.rules = rules;
        this.infos = infos;
        this.decisions = decisions;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Match match = event.getMatch();
        Rule rule = match.getRule();
        RuleInfo info = infos.get(rule);
        if (info == null) {
            // Not among the rules the engine read up front (not expected): read it for this firing only.
            info = RuleInfo.of(rule, rules);
        }
        current = new Firing(info, info.capture(match));
        current.takenBefore = decisions.taken();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        // A decision written to the collector is never withdrawn: the firing that wrote it holds, whatever becomes of
        // the facts it inserted besides.
        current.collected = decisions.taken() > current.takenBefore;
        firings.add(current);
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (deleted != null) {
            deleted.remove(event.getObject());
        }
        if (current != null) {
            current.produced(event.getObject());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // An update neither adds nor withdraws a conclusion; one that puts another object in the fact's place takes
        // the old one out of working memory.
        Object old = event.getOldObject();
        Object now = event.getObject();
        if (old != now) {
            deleted().add(old);
            deleted.remove(now);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        deleted().add(event.getOldObject());
    }

    /** @return the deleted facts, by identity, created on the first deletion */
    private Set<Object> deleted() {
        if (deleted == null) {
            deleted = Collections.newSetFromMap(new IdentityHashMap<>());
        }
        return deleted;
    }

    /**
     * @return the explanation of every firing whose conclusions still hold (it inserted nothing, or a fact still in
     *         working memory: not deleted since), by clause then declaration order, with each one's POLICY.md clause
     */
    Explained explanations() {
        Firing[] holding = new Firing[firings.size()];
        int n = 0;
        for (Firing firing : firings) {
            if (deleted != null && !firing.collected && firing.first != null && !firing.holds(deleted)) {
                continue;
            }
            firing.reason = firing.info.reason(firing.values);
            holding[n++] = firing;
        }
        Arrays.sort(holding, 0, n, (a, b) -> {
            int byRule = RuleInfo.compare(a.info, b.info);
            return byRule != 0 ? byRule : a.reason.compareTo(b.reason);
        });
        Explanation[] explanations = new Explanation[n];
        String[] clauses = new String[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            // A rule that fired again for the same reason (an accumulation that grew, say) explains nothing more.
            if (kept > 0 && holding[i].info == holding[i - 1].info && holding[i].reason.equals(holding[i - 1].reason)) {
                continue;
            }
            explanations[kept] = holding[i].info.explanation(holding[i].reason);
            clauses[kept++] = holding[i].info.policyClause;
        }
        return new Explained(Arrays.asList(explanations).subList(0, kept), Arrays.copyOf(clauses, kept));
    }

    /**
     * The explanation of one evaluation.
     *
     * @param explanations in order
     * @param clauses      the POLICY.md clause of each, by index
     */
    record Explained(List<Explanation> explanations, String[] clauses) {
    }

    private static final class Firing {
        final RuleInfo info;
        final Object[] values;
        /** The first fact the firing inserted, and any further ones: most firings insert one. */
        Object first;
        List<Object> more;
        String reason;
        /** How many decisions the collector had taken when the firing began, and whether it took one more. */
        int takenBefore;
        boolean collected;

        Firing(RuleInfo info, Object[] values) {
            this.info = info;
            this.values = values;
        }

        void produced(Object fact) {
            if (first == null) {
                first = fact;
            } else {
                if (more == null) {
                    more = new ArrayList<>(4);
                }
                more.add(fact);
            }
        }

        /** @return whether a fact the firing inserted is still in working memory */
        boolean holds(Set<Object> deleted) {
            if (!deleted.contains(first)) {
                return true;
            }
            if (more != null) {
                for (Object fact : more) {
                    if (!deleted.contains(fact)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
