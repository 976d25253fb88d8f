package dev.escalation.rules.facts;

/**
 * Derived, logically: the escalation gets a CS Help request in Salesforce, as escalations of non-PS projects do
 * (S2: CS Help Request). Withdrawn if the escalation turns out to be a PS-project escalation.
 */
public record CsHelpRequest() {
}
