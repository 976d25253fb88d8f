/**
 * The JSON of the {@code decide} command (POLICY.md section 3) as a library, so that the command line and a service
 * that exposes the policy over HTTP write and read the same shape: {@link dev.escalation.json.EscalationJson} for
 * text, {@link dev.escalation.json.EscalationJsonModule} for a Jackson {@code ObjectMapper}, and
 * {@link dev.escalation.json.CaseInput} for a case with the instant it is decided as of.
 *
 * <p><b>Stability:</b> stable API: {@code EscalationJson}, {@code EscalationJsonModule} and {@code CaseInput}; every
 * other type of this package is internal.
 */
package dev.escalation.json;
