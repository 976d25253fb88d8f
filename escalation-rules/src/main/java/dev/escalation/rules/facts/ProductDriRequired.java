package dev.escalation.rules.facts;

/** Derived: the escalation requires a Product DRI (S2: Escalation (For Non Professional Services Projects)). */
public record ProductDriRequired() {
}
