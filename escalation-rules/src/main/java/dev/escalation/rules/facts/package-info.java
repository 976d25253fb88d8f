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
 * {@link dev.escalation.rules.facts.KeyMoment}, {@link dev.escalation.rules.facts.UnansweredQuestion}; and of version
 * 3: {@link dev.escalation.rules.facts.Monitoring}, {@link dev.escalation.rules.facts.ActivelyManaged},
 * {@link dev.escalation.rules.facts.ClosedInScope}, {@link dev.escalation.rules.facts.ProductDriRequiredSince},
 * {@link dev.escalation.rules.facts.SeverityChange}, {@link dev.escalation.rules.facts.RunningGap},
 * {@link dev.escalation.rules.facts.Unmet}, {@link dev.escalation.rules.facts.ClosingStepDue},
 * {@link dev.escalation.rules.facts.ClosingStepDone}, {@link dev.escalation.rules.facts.Ping}.
 *
 * <p><b>Derived, the decisions:</b> {@link dev.escalation.rules.facts.Assigned},
 * {@link dev.escalation.rules.facts.Contact}, {@link dev.escalation.rules.facts.ChecklistDue},
 * {@link dev.escalation.rules.facts.ChecklistDone}, {@link dev.escalation.rules.facts.SuggestedChannel},
 * {@link dev.escalation.rules.facts.ClosureReady}, {@link dev.escalation.rules.facts.Broadcast}, {@code EscalationState},
 * {@code Upcoming} entries, the vocabulary enums
 * of {@code dev.escalation.decision} ({@code ConversionTrigger}, {@code Action}, {@code Route}, {@code Stakeholder},
 * {@code ProductLeader}, {@code Blocker}, {@code ClosureStep}, {@code MessageKind}) and {@code Cadence}, and
 * {@code Finding} records.
 *
 * <p><b>What a rule of your own sees.</b> Every type above, given or derived, is a fact your rule can match: a pattern
 * on it finds every instance the standard rules concluded. One thing is done behind the scenes for speed: a decision
 * of a type that <em>no</em> rule of the knowledge base matches ({@code Route}, {@code Stakeholder}, {@code Action},
 * {@code MessageKind}, {@code ProductLeader} and {@code Finding} in the standard rules alone) is written to a
 * per-call collector instead of working memory, since no rule could see it there. The check is made when the policy
 * is built, over its whole knowledge base: once a rule of yours matches one of these types (a pattern on the type, on
 * {@code Object}, or in {@code not}, {@code exists}, {@code accumulate} or a query), the standard rules insert it as a
 * fact, as before, and your rule sees every instance. The assessment is the same either way. What is never in working
 * memory: the assessment's own records (plan, conversion, closure decision, message drafts, explanation), which are
 * built from the facts after the rules settled.
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
