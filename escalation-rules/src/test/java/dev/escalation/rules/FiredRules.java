package dev.escalation.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Test listener: counts the rules that fire in one session, and remembers every rule that fired anywhere in the
 * suite for {@link RuleCoverageTest}.
 */
final class FiredRules extends DefaultAgendaEventListener {

    /** Every rule name that fired in any session of the suite. */
    static final Set<String> EVER = ConcurrentHashMap.newKeySet();

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        counts.merge(rule, 1, Integer::sum);
        EVER.add(rule);
    }

    /** @return each rule that fired in this session and how many times, in first-firing order */
    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }
}
