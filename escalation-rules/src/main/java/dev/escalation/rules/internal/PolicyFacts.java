package dev.escalation.rules.internal;

import dev.escalation.model.EscalationCase;
import dev.escalation.rules.facts.CustomerUpdateGap;
import dev.escalation.rules.facts.Limit;
import dev.escalation.rules.facts.Limits;
import dev.escalation.rules.facts.Now;
import dev.escalation.rules.facts.StandupGap;
import dev.escalation.rules.facts.WorkingTime;
import dev.escalation.settings.PolicySettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The facts every evaluation starts from, whatever the case: the thresholds of the settings and how gaps count. */
public final class PolicyFacts {

    private PolicyFacts() {
    }

    /**
     * @param settings the settings in force
     * @return the {@link Limits}, one {@link CustomerUpdateGap} and one {@link StandupGap} per cadence that has such a
     *         gap, and the {@link WorkingTime} gaps are counted in
     */
    public static List<Object> of(PolicySettings settings) {
        List<Object> facts = new ArrayList<>();
        facts.add(Limits.of(settings));
        settings.customerUpdateGaps().forEach((cadence, gap) -> {
            String name = "customerUpdateGaps." + cadence.name();
            facts.add(new CustomerUpdateGap(cadence, new Limit(name, gap, settings.isOverridden(name))));
        });
        settings.standupGaps().forEach((cadence, gap) -> {
            String name = "standupGaps." + cadence.name();
            facts.add(new StandupGap(cadence, new Limit(name, gap, settings.isOverridden(name))));
        });
        facts.add(new WorkingTime(settings.workingCalendar().orElse(null)));
        return List.copyOf(facts);
    }

    /**
     * The facts one evaluation inserts: the policy's, the instant, and each part of the case it holds.
     *
     * @param policyFacts    what {@link #of(PolicySettings)} gave for the settings in force
     * @param escalationCase a case, already validated
     * @param now            the instant it is assessed as of
     * @return the facts to insert, in that order
     */
    public static List<Object> with(List<Object> policyFacts, EscalationCase escalationCase, Instant now) {
        List<Object> facts = new ArrayList<>(policyFacts.size() + 6);
        facts.addAll(policyFacts);
        facts.add(new Now(now));
        facts.add(escalationCase.account());
        for (Object part : new Object[] {escalationCase.emergency(), escalationCase.situation(),
                escalationCase.escalation(), escalationCase.event()}) {
            if (part != null) {
                facts.add(part);
            }
        }
        return facts;
    }
}
