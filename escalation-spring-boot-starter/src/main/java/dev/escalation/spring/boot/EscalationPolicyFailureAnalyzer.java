package dev.escalation.spring.boot;

import dev.escalation.PolicyDefinitionException;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.util.Locale;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Says why the escalation policy could not be built, as Spring Boot's "APPLICATION FAILED TO START" report instead of
 * a stack trace: the library's one-line message naming every setting at fault, then each with the property to fix
 * ({@code escalation.policy.conversion-threshold}); the rule files that do not compile, with file and line; a rule
 * location that matches nothing.
 *
 * <p><b>Stability:</b> internal: registered in {@code META-INF/spring.factories}, not meant to be used directly.
 */
public final class EscalationPolicyFailureAnalyzer implements FailureAnalyzer {

    private static final String SETTINGS = "settings.";

    /** Created by Spring Boot. */
    public EscalationPolicyFailureAnalyzer() {
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidEscalationInputException invalid) {
                return invalid(invalid);
            }
            if (cause instanceof PolicyDefinitionException rules) {
                return rules(rules);
            }
            if (cause instanceof MissingRulesException missing) {
                return new FailureAnalysis("The escalation policy's rule files were not found: " + missing.getMessage(),
                        "Correct " + missing.property() + " in escalation.policy.rules, or prefix the location with "
                                + "optional: if it may match nothing.", missing);
            }
        }
        return null;
    }

    private static FailureAnalysis invalid(InvalidEscalationInputException e) {
        boolean settings = e.fields().stream().allMatch(field -> field.startsWith(SETTINGS));
        if (!settings) {
            return new FailureAnalysis("Invalid escalation input during start-up: "
                    + e.getMessage(), "Correct the fields named above.", e);
        }
        StringBuilder description = new StringBuilder("The escalation policy settings are invalid: ")
                .append(e.getMessage()).append("\n\nProperty by property:\n");
        for (Violation violation : e.violations()) {
            description.append("\n    ").append(property(violation.field())).append(": ").append(violation.message());
        }
        return new FailureAnalysis(description.toString(), "Correct the escalation.policy.* properties named above; "
                + "a property left out keeps its default of POLICY.md.", e);
    }

    private static FailureAnalysis rules(PolicyDefinitionException e) {
        StringBuilder description = new StringBuilder("The escalation policy's rules do not compile:\n");
        for (String problem : e.problems()) {
            description.append("\n    ").append(problem);
        }
        return new FailureAnalysis(description.toString(), "Correct the rule files named above, which "
                + "escalation.policy.rules (or your own EscalationPolicy bean) adds to the standard rules.", e);
    }

    /**
     * The property a setting's field comes from: {@code settings.customerUpdateGaps.DAILY} is
     * {@code escalation.policy.customer-update-gaps.daily}.
     */
    static String property(String field) {
        StringBuilder property = new StringBuilder("escalation.policy.");
        String path = field.substring(SETTINGS.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(path.charAt(i - 1))) {
                property.append('-');
            }
            property.append(c == '_' ? '-' : c);
        }
        return property.toString().toLowerCase(Locale.ROOT);
    }
}
