/**
 * The facts the rules reason with, besides the input records of {@code dev.escalation.model}: the instant
 * {@link dev.escalation.rules.facts.Now}, the thresholds in {@link dev.escalation.rules.facts.Limits}, and the
 * small facts rules derive ({@link dev.escalation.rules.facts.InScope}, {@link dev.escalation.rules.facts.Assigned},
 * ...). Vocabulary enums of {@code dev.escalation.decision} ({@code ConversionTrigger}, {@code Action}, {@code Route},
 * {@code Cadence}, {@code Stakeholder}, {@code ProductLeader}, {@code Blocker}, {@code ClosureStep}) and
 * {@code Finding} records are inserted as facts directly.
 *
 * <p>Custom rules added through {@code EscalationPolicy.builder().addRules(...)} may match these facts and insert
 * findings, actions or blockers; the facade collects them into the assessment like the standard ones. The
 * knowledge base compares facts by equality, so inserting an equal fact twice keeps one.
 *
 * <p><b>Stability:</b> evolving API: facts may gain components between minor versions.
 */
package dev.escalation.rules.facts;
