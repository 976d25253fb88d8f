package dev.escalation;

import java.util.Objects;

/**
 * One rule of a policy, standard or added, as the explanation names it when the rule fires: what a test suite needs
 * to tell which rules it never exercised.
 *
 * <p><b>Stability:</b> stable API.
 *
 * @param id      the rule's stable id from its {@code @id} metadata, e.g. {@code 2.1/long-running-no-resolution};
 *                without it, {@code <package>/<rule name>}; equal to
 *                {@link dev.escalation.decision.Explanation#ruleId()} when the rule fires
 * @param name    the rule's name, a sentence stating its decision
 * @param section the handbook section from its {@code @section} metadata, {@code custom rule} without it
 */
public record PolicyRule(String id, String name, String section) {

    /**
     * Rejects missing parts.
     *
     * @param id see {@link #id()}
     * @param name see {@link #name()}
     * @param section see {@link #section()}
     */
    public PolicyRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
    }
}
