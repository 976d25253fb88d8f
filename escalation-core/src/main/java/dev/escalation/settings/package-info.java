/**
 * {@link dev.escalation.settings.PolicySettings}: the thresholds of the policy that a team may change without
 * touching a rule. The defaults are those of POLICY.md.
 *
 * <p><b>Stability:</b> stable API; new settings may be added, with defaults that keep existing decisions.
 */
package dev.escalation.settings;
