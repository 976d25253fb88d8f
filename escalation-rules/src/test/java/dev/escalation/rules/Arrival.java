package dev.escalation.rules;

/**
 * A fact that enters working memory last: the test rule of {@link RuleHarness#withArrivals(String...)} inserts
 * {@link #fact()} only after every standard rule that could fire has fired. Public for the rule engine.
 *
 * @param fact the fact to insert late
 */
public record Arrival(Object fact) {
}
