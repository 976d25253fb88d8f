package dev.escalation.spring.boot;

/**
 * A location of {@code escalation.policy.rules} gave no rule file: the policy is not built without rules its
 * properties ask for. Start-up fails, and {@link EscalationPolicyFailureAnalyzer} says which property to fix.
 *
 * <p><b>Stability:</b> stable API.
 */
public final class MissingRulesException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The property at fault, e.g. {@code escalation.policy.rules[0]}. */
    private final String property;
    /** Its value. */
    private final String location;

    /**
     * @param property the property at fault, e.g. {@code escalation.policy.rules[0]}
     * @param location its value
     * @param problem  what is wrong with it
     * @param cause    the underlying error, or {@code null}
     */
    public MissingRulesException(String property, String location, String problem, Throwable cause) {
        super(property + ": " + location + " " + problem, cause);
        this.property = property;
        this.location = location;
    }

    /** @return the property at fault, e.g. {@code escalation.policy.rules[0]} */
    public String property() {
        return property;
    }

    /** @return its value */
    public String location() {
        return location;
    }
}
