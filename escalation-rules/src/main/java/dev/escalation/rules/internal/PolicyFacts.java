package dev.escalation.rules.internal;

import dev.escalation.rules.facts.CustomerUpdateGap;
import dev.escalation.rules.facts.Limit;
import dev.escalation.rules.facts.Limits;
import dev.escalation.settings.PolicySettings;
import java.util.ArrayList;
import java.util.List;

/** The facts every evaluation starts from, whatever the case: the thresholds of the settings. */
public final class PolicyFacts {

    private PolicyFacts() {
    }

    /**
     * @param settings the settings in force
     * @return the {@link Limits} and one {@link CustomerUpdateGap} per cadence that has a gap
     */
    public static List<Object> of(PolicySettings settings) {
        List<Object> facts = new ArrayList<>();
        facts.add(Limits.of(settings));
        settings.customerUpdateGaps().forEach((cadence, gap) -> {
            String name = "customerUpdateGaps." + cadence.name();
            facts.add(new CustomerUpdateGap(cadence, new Limit(name, gap, settings.isOverridden(name))));
        });
        return List.copyOf(facts);
    }
}
