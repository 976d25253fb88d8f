package dev.escalation.decision;

import java.util.List;

/**
 * Whether an emergency should become an account escalation (POLICY.md 2.1). Advisory: the decision is made
 * with the Support Manager On-call.
 *
 * @param recommended whether at least one primary trigger holds
 * @param triggers    the triggers that hold, in declaration order
 * @param actions     what support should do, in declaration order
 * @param contacts    when recommended, whom support reaches out to start the escalation, in order, ending with the
 *                    Support Manager On-call (S0: How to start an Account Escalation); empty otherwise
 * @param explanation the rules of 2.1 that fired
 * @param unmet       the primary triggers that do not hold, in declaration order (v3): why a conversion is not, or not
 *                    only, recommended; the explanation gives each one's figures
 */
public record Conversion(boolean recommended, List<ConversionTrigger> triggers, List<Action> actions,
                         List<Assignment> contacts, List<Explanation> explanation, List<ConversionTrigger> unmet) {

    /** The POLICY.md clauses (2.1) whose rules this part's explanation holds, as a rule id begins. */
    public static final List<String> CLAUSES = List.of("2.1");

    /**
     * Copies the lists.
     *
     * @param recommended see {@link #recommended()}
     * @param triggers see {@link #triggers()}
     * @param actions see {@link #actions()}
     * @param contacts see {@link #contacts()}
     * @param explanation see {@link #explanation()}
     * @param unmet see {@link #unmet()}; {@code null} means none
     */
    public Conversion {
        triggers = List.copyOf(triggers);
        actions = List.copyOf(actions);
        contacts = List.copyOf(contacts);
        explanation = List.copyOf(explanation);
        unmet = unmet == null ? List.of() : List.copyOf(unmet);
    }

    /**
     * A conversion without unmet triggers, as version 2 decided it.
     *
     * @param recommended see {@link #recommended()}
     * @param triggers see {@link #triggers()}
     * @param actions see {@link #actions()}
     * @param contacts see {@link #contacts()}
     * @param explanation see {@link #explanation()}
     */
    public Conversion(boolean recommended, List<ConversionTrigger> triggers, List<Action> actions,
                      List<Assignment> contacts, List<Explanation> explanation) {
        this(recommended, triggers, actions, contacts, explanation, List.of());
    }
}
