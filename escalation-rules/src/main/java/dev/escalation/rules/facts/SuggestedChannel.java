package dev.escalation.rules.facts;

/**
 * Derived: the name the temporary Slack channel should have (S2: Temporary Slack Channel).
 *
 * @param name e.g. {@code #esc_acme_corp}
 */
public record SuggestedChannel(String name) {
}
