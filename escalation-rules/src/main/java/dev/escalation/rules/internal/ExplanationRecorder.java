package dev.escalation.rules.internal;

import dev.escalation.decision.Explanation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Records why each rule fired, for one session: the rule's {@code @id}, name, {@code @section}, and its
 * {@code @reason} template filled with the values the match bound ({@code {$running}} becomes {@code 4 h 10 min}).
 * A firing whose every inserted fact was later withdrawn by truth maintenance is left out, since its conclusion
 * no longer holds. Not thread-safe: one instance per session.
 */
final class ExplanationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$[A-Za-z_][A-Za-z0-9_]*)}");

    private final List<Firing> firings = new ArrayList<>();
    private final Map<FactHandle, Firing> producers = new IdentityHashMap<>();
    private Firing current;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = new Firing(explain(event.getMatch()));
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.add(current);
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (current != null) {
            current.produced++;
            producers.put(event.getFactHandle(), current);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // An update neither adds nor withdraws a conclusion.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Firing producer = producers.remove(event.getFactHandle());
        if (producer != null) {
            producer.withdrawn++;
        }
    }

    /** @return the explanation of every firing whose conclusions still hold, in firing order */
    List<Explanation> explanations() {
        List<Explanation> explanations = new ArrayList<>(firings.size());
        for (Firing firing : firings) {
            if (firing.produced == 0 || firing.withdrawn < firing.produced) {
                explanations.add(firing.explanation);
            }
        }
        return explanations;
    }

    static Explanation explain(Match match) {
        Rule rule = match.getRule();
        Map<String, Object> metadata = rule.getMetaData();
        String id = metadata.containsKey("id") ? String.valueOf(metadata.get("id"))
                : rule.getPackageName() + "/" + rule.getName();
        String section = metadata.containsKey("section") ? String.valueOf(metadata.get("section")) : "custom rule";
        String reason = metadata.containsKey("reason") ? fill(String.valueOf(metadata.get("reason")), match)
                : rule.getName();
        return new Explanation(id, rule.getName(), section, reason);
    }

    private static String fill(String template, Match match) {
        List<String> declared = match.getDeclarationIds();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder reason = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = declared.contains(name) ? Figures.format(match.getDeclarationValue(name))
                    : placeholder.group();
            placeholder.appendReplacement(reason, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(reason);
        return reason.toString();
    }

    private static final class Firing {
        final Explanation explanation;
        int produced;
        int withdrawn;

        Firing(Explanation explanation) {
            this.explanation = explanation;
        }
    }
}
