package dev.escalation.decision;

import java.util.List;

/**
 * Whether an emergency should become an account escalation (POLICY.md 2.1). Advisory: the decision is made
 * with the Support Manager On-call.
 *
 * @param recommended whether at least one primary trigger holds
 * @param triggers    the triggers that hold, in declaration order
 * @param actions     what support should do, in declaration order
 * @param explanation the rules of 2.1 that fired
 */
public record Conversion(boolean recommended, List<ConversionTrigger> triggers, List<Action> actions,
                         List<Explanation> explanation) {

    /** Copies the lists. */
    public Conversion {
        triggers = List.copyOf(triggers);
        actions = List.copyOf(actions);
        explanation = List.copyOf(explanation);
    }
}
