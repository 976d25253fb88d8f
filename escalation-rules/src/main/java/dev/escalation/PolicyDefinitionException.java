package dev.escalation;

import java.util.List;

/**
 * The rules could not be compiled into a knowledge base: thrown when a policy is built, never when a case is
 * evaluated. Lists every problem with its file and line, e.g. {@code custom.drl:12:4: Unable to resolve ...}.
 */
public final class PolicyDefinitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /** @param problems each problem, {@code file:line:column: message}; at least one */
    public PolicyDefinitionException(List<String> problems) {
        super("the policy's rules do not compile: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, {@code file:line:column: message} */
    public List<String> problems() {
        return problems;
    }
}
