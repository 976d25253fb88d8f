/**
 * The facts a caller gives the policy: the {@link dev.escalation.model.Account}, an optional
 * {@link dev.escalation.model.Emergency}, {@link dev.escalation.model.Situation} and
 * {@link dev.escalation.model.Escalation}, and the {@link dev.escalation.model.Event} that just happened,
 * bundled in an {@link dev.escalation.model.EscalationCase}.
 *
 * <p>Every type here is an immutable record; collections are copied on construction and cannot be
 * modified. Constructors never reject data: a missing required field or a blank name is reported,
 * together with every other violation, when the case is evaluated (see
 * {@link dev.escalation.validation.InvalidEscalationInputException}). Absent booleans are {@code false},
 * absent collections empty, an absent {@link dev.escalation.model.Team} has nobody.
 *
 * <p>Enum constant names are part of the public contract (POLICY.md section 1) and never change.
 *
 * <p><b>Stability:</b> stable API.
 */
package dev.escalation.model;
