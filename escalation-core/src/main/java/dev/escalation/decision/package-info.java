/**
 * What the policy answers: the {@link dev.escalation.decision.Assessment} of a whole case and its parts,
 * each carrying the {@link dev.escalation.decision.Explanation} of the rules that produced it.
 *
 * <p>Results are immutable records with unmodifiable collections. Lists come in a defined order: the order
 * in which POLICY.md lists the vocabulary (the enums' declaration order), then by instant.
 * Enum constant names and finding codes are part of the public contract (POLICY.md) and never change.
 *
 * <p><b>Stability:</b> stable API.
 */
package dev.escalation.decision;
