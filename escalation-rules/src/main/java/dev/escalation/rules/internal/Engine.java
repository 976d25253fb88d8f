package dev.escalation.rules.internal;

import dev.escalation.decision.Action;
import dev.escalation.decision.EscalationState;
import dev.escalation.decision.Finding;
import dev.escalation.decision.MessageKind;
import dev.escalation.decision.ProductLeader;
import dev.escalation.decision.Route;
import dev.escalation.decision.Stakeholder;
import dev.escalation.decision.Upcoming;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Runs the rules over one case's facts at a time, from any number of threads. Sessions come from a pool of the
 * shared knowledge base and go back to it, reset, when disposed; each evaluation has a session of its own for its
 * duration, with its own explanation listener, so nothing is shared between concurrent calls but the immutable
 * knowledge base and rule metadata.
 */
public final class Engine {

    /** More firings than this means a rule keeps re-triggering itself: a defect, reported rather than spun on. */
    static final int MAX_FIRINGS = 10_000;
    /** The name of the rules' global that collects the decisions no rule matches. */
    static final String DECISIONS = "decisions";

    /** Guarded by the class: created once, on first use. */
    private static Engine standard;

    private final CompiledRules rules;
    private final KieSessionsPool sessions;
    /** Every rule's metadata, read once here; never written after, so shared by every thread without a lock. */
    private final Map<Rule, RuleInfo> infos;
    /** The decision types no rule of the knowledge base matches, collected per call rather than inserted. */
    private final Set<Class<?>> unmatched;
    /** Whether the rules declare the global {@code decisions}: the standard rules do, a file tested alone may not. */
    private final boolean collects;

    /** @param rules the compiled rules */
    public Engine(CompiledRules rules) {
        this.rules = rules;
        this.sessions = rules.knowledgeBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.infos = ruleInfos(rules);
        this.collects = declaresDecisions(rules.knowledgeBase());
        this.unmatched = unmatched(rules.knowledgeBase());
    }

    /** The types the standard rules may write to {@link Decisions} instead of inserting. */
    private static final List<Class<?>> COLLECTABLE = List.of(Route.class, Stakeholder.class, Action.class,
            MessageKind.class, ProductLeader.class, Finding.class, EscalationState.class, Upcoming.class);

    private static boolean declaresDecisions(KieBase knowledgeBase) {
        for (KiePackage kiePackage : knowledgeBase.getKiePackages()) {
            for (Global global : kiePackage.getGlobalVariables()) {
                if (DECISIONS.equals(global.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The collectable types that no pattern of the knowledge base can match: no object type node of the network, for
     * the type or a supertype of it ({@code Object}, an interface), leads to a rule or a query. A rule that matches
     * one, be it a user's, keeps it a fact.
     */
    private static Set<Class<?>> unmatched(KieBase knowledgeBase) {
        Set<Class<?>> unmatched = new HashSet<>(COLLECTABLE);
        for (ObjectTypeNode node : ((InternalRuleBase) knowledgeBase).getRete().getObjectTypeNodes()) {
            if (node.getObjectSinkPropagator().size() > 0) {
                unmatched.removeIf(type -> node.getObjectType().isAssignableFrom(type));
            }
        }
        return Set.copyOf(unmatched);
    }

    /**
     * Reads the {@code @id}, {@code @section} and {@code @reason} of every rule of the knowledge base, so that an
     * evaluation only looks them up. Keyed by identity: a match names the very rule object the knowledge base holds.
     */
    private static Map<Rule, RuleInfo> ruleInfos(CompiledRules rules) {
        Map<Rule, RuleInfo> infos = new IdentityHashMap<>();
        for (KiePackage kiePackage : rules.knowledgeBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                infos.put(rule, RuleInfo.of(rule, rules));
            }
        }
        return infos;
    }

    /**
     * The engine of the standard rules, shared by every policy without added rules in this JVM whatever its settings
     * (settings are facts, not rules): its knowledge base, session pool and rule metadata are built once.
     *
     * @return the shared engine of {@link RuleBase#generated()}
     * @throws IllegalStateException when the generated model is missing or older than the DRL on the classpath
     */
    public static synchronized Engine standard() {
        if (standard == null) {
            standard = new Engine(RuleBase.generated());
        }
        return standard;
    }

    /**
     * @param inputs    the facts to insert
     * @param observers further listeners for this evaluation only, e.g. a test's record of fired rules
     * @return every fact in working memory once the rules settled, and why each rule fired
     * @throws IllegalStateException when the rules do not settle within {@value #MAX_FIRINGS} firings
     */
    public Evaluation run(List<?> inputs, AgendaEventListener... observers) {
        return evaluate(inputs, true, observers);
    }

    /**
     * The rules alone: the facts once they settled, with no explanation recorded (so a withdrawn firing is not told
     * apart) and nothing assembled. The floor of this rule granularity, which {@code bench} and the benchmarks measure
     * beside a full assessment; the library itself always explains.
     *
     * @param inputs the facts to insert
     * @return every fact in working memory once the rules settled, then the collected decisions
     * @throws IllegalStateException when the rules do not settle within {@value #MAX_FIRINGS} firings
     */
    public List<Object> settle(List<?> inputs) {
        return evaluate(inputs, false).facts();
    }

    private Evaluation evaluate(List<?> inputs, boolean explain, AgendaEventListener... observers) {
        KieSession session = sessions.newKieSession();
        // Set on every run: a pooled session keeps the global of its last evaluation.
        Decisions decisions = new Decisions(unmatched);
        ExplanationRecorder recorder = explain ? new ExplanationRecorder(rules, infos, decisions) : null;
        if (recorder != null) {
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
        }
        for (AgendaEventListener observer : observers) {
            session.addEventListener(observer);
        }
        if (collects) {
            session.setGlobal(DECISIONS, decisions);
        }
        try {
            for (Object input : inputs) {
                session.insert(input);
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("the rules did not settle after " + fired + " firings");
            }
            List<Object> facts = decisions.mergedWith(new ArrayList<>(session.getObjects()));
            if (recorder == null) {
                return new Evaluation(facts, List.of(), List.of());
            }
            ExplanationRecorder.Explained explained = recorder.explanations();
            return new Evaluation(facts, explained.explanations(), Arrays.asList(explained.clauses()));
        } finally {
            if (recorder != null) {
                session.removeEventListener((AgendaEventListener) recorder);
                session.removeEventListener((RuleRuntimeEventListener) recorder);
            }
            for (AgendaEventListener observer : observers) {
                session.removeEventListener(observer);
            }
            session.dispose();
        }
    }

    /** @return the compiled rules this engine runs */
    public CompiledRules rules() {
        return rules;
    }
}
