/**
 * The facts the rules reason with, besides the input records of {@code dev.escalation.model}, and what a rule of your
 * own (added with {@code EscalationPolicy.builder().addRules(...)}) can match.
 *
 * <p><b>Given to every evaluation:</b> {@link dev.escalation.rules.facts.Now} (the instant decided as of),
 * {@link dev.escalation.rules.facts.Limits} (every threshold of the settings, each marked default or override),
 * {@link dev.escalation.rules.facts.CustomerUpdateGap} and {@link dev.escalation.rules.facts.StandupGap} (one per cadence
 * that has a gap), {@link dev.escalation.rules.facts.WorkingTime} (how gaps are counted), and the case's
 * {@code Account}, {@code Emergency}, {@code Situation}, {@code Escalation} and {@code Event} when present.
 *
 * <p><b>Derived, the flowchart's questions and other classifications:</b>
 * {@link dev.escalation.rules.facts.InScope}, {@link dev.escalation.rules.facts.OpenInScope},
 * {@link dev.escalation.rules.facts.PsProjectEscalation}, {@link dev.escalation.rules.facts.CsmAssigned},
 * {@link dev.escalation.rules.facts.CsHelpRequest}, {@link dev.escalation.rules.facts.PeakSeverity},
 * {@link dev.escalation.rules.facts.ConversionRecommended}, {@link dev.escalation.rules.facts.ProductDriRequired},
 * {@link dev.escalation.rules.facts.RiskRow}, {@link dev.escalation.rules.facts.HighestRiskRow},
 * {@link dev.escalation.rules.facts.SuggestedSeverity}, {@link dev.escalation.rules.facts.ContactsNeeded},
 * {@link dev.escalation.rules.facts.KeyMoment}, {@link dev.escalation.rules.facts.UnansweredQuestion}.
 *
 * <p><b>Derived, the decisions:</b> {@link dev.escalation.rules.facts.Assigned},
 * {@link dev.escalation.rules.facts.Contact}, {@link dev.escalation.rules.facts.ChecklistDue},
 * {@link dev.escalation.rules.facts.ChecklistDone}, {@link dev.escalation.rules.facts.SuggestedChannel},
 * {@link dev.escalation.rules.facts.ClosureReady}, {@link dev.escalation.rules.facts.Broadcast}, the vocabulary enums
 * of {@code dev.escalation.decision} ({@code ConversionTrigger}, {@code Action}, {@code Route}, {@code Stakeholder},
 * {@code ProductLeader}, {@code Blocker}, {@code ClosureStep}, {@code MessageKind}) and {@code Cadence}, and
 * {@code Finding} records.
 *
 * <p>A rule of your own may insert {@code Finding}s (with codes of your own), {@code Action}s or {@code Blocker}s; the
 * facade collects them into the assessment like the standard ones. Facts concluded from an absence (a DRI chosen
 * because no CSM is assigned, closure readiness because nothing blocks it) are inserted logically, so a fact your rule
 * derives later withdraws them. The knowledge base compares facts by equality, so inserting an equal fact twice keeps
 * one.
 *
 * <p><b>Stability:</b> evolving API: facts may gain components between minor versions.
 */
package dev.escalation.rules.facts;
