package dev.escalation.rules.facts;

/** Derived: converting the emergency into an account escalation is recommended (POLICY.md 2.1). */
public record ConversionRecommended() {
}
