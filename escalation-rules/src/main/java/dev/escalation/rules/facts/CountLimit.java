package dev.escalation.rules.facts;

/**
 * A count threshold of the policy settings, as rules see it.
 *
 * @param setting    the setting's name, e.g. {@code upgradeProblemCount}
 * @param value      the count that applies
 * @param overridden whether it differs from the default of POLICY.md
 */
public record CountLimit(String setting, int value, boolean overridden) {
}
