/**
 * The JSON of the {@code decide} command (POLICY.md section 3) as a library, so that the command line and a service
 * that exposes the policy over HTTP write and read the same shape: {@link dev.escalation.json.EscalationJson} for
 * text, {@link dev.escalation.json.EscalationJsonModule} for a Jackson {@code ObjectMapper}, and
 * {@link dev.escalation.json.CaseInput} for a case with the instant it is decided as of. The dry run of a policy
 * change compares two policies' outputs key by key: {@link dev.escalation.json.PolicyComparison} (which needs
 * {@code escalation-rules}), {@link dev.escalation.json.AssessmentDifference},
 * {@link dev.escalation.json.CaseComparison} and {@link dev.escalation.json.ComparisonSummary}.
 *
 * <p><b>Stability:</b> stable API: {@code EscalationJson}, {@code EscalationJsonModule}, {@code CaseInput},
 * {@code PolicyComparison}, {@code AssessmentDifference}, {@code CaseComparison} and {@code ComparisonSummary};
 * every other type of this package is internal.
 */
package dev.escalation.json;
