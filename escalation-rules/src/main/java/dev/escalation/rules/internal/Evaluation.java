package dev.escalation.rules.internal;

import dev.escalation.decision.Explanation;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One run of the rules over one case's facts, in a session of its own that is disposed afterwards; the shared
 * knowledge base is never modified, so evaluations may run on any number of threads at once.
 *
 * @param facts       every fact in working memory when the rules settled: the inputs and what rules derived
 * @param explanation why each rule fired, in firing order
 */
public record Evaluation(List<Object> facts, List<Explanation> explanation) {

    /** More firings than this means a rule keeps re-triggering itself: a defect, reported rather than spun on. */
    static final int MAX_FIRINGS = 10_000;

    /**
     * @param knowledgeBase the compiled rules
     * @param inputs        the facts to insert
     * @param observers     further listeners for this session only, e.g. a test's record of fired rules
     * @return what the rules concluded
     * @throws IllegalStateException when the rules do not settle within {@value #MAX_FIRINGS} firings
     */
    public static Evaluation run(KieBase knowledgeBase, List<?> inputs, AgendaEventListener... observers) {
        KieSession session = knowledgeBase.newKieSession();
        try {
            ExplanationRecorder recorder = new ExplanationRecorder();
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            for (AgendaEventListener observer : observers) {
                session.addEventListener(observer);
            }
            for (Object input : inputs) {
                session.insert(input);
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("the rules did not settle after " + fired + " firings");
            }
            return new Evaluation(new ArrayList<>(session.getObjects()), recorder.explanations());
        } finally {
            session.dispose();
        }
    }
}
