/**
 * Input validation: every violation of a case or of policy settings, named by field path, in one
 * {@link dev.escalation.validation.InvalidEscalationInputException}. Bad input never reaches the rules.
 *
 * <p><b>Stability:</b> stable API.
 */
package dev.escalation.validation;
