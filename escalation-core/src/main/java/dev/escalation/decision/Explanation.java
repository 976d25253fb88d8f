package dev.escalation.decision;

import java.util.Objects;

/**
 * Why a decision was made: one rule that fired (POLICY.md 2.11).
 *
 * @param ruleId  the rule's stable id, {@code <policy clause>/<name>}, e.g. {@code 2.1/long-running}
 * @param rule    the rule's name, a sentence stating the decision
 * @param section the handbook section the rule encodes, e.g. {@code S0: When to start an Account Escalation}
 * @param reason  one line with the figures that mattered, e.g. {@code emergency running 4 h 10 min, over 3 h}
 */
public record Explanation(String ruleId, String rule, String section, String reason) {

    /**
     * Rejects missing parts.
     *
     * @param ruleId see {@link #ruleId()}
     * @param rule see {@link #rule()}
     * @param section see {@link #section()}
     * @param reason see {@link #reason()}
     */
    public Explanation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return the POLICY.md clause of the rule, the part of {@link #ruleId()} before the {@code /} */
    public String policyClause() {
        int slash = ruleId.indexOf('/');
        return slash < 0 ? ruleId : ruleId.substring(0, slash);
    }
}
