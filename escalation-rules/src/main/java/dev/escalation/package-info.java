/**
 * The entry point: {@link dev.escalation.EscalationPolicy}, the escalation policy as a thread-safe object that
 * answers questions about a case as of an instant the caller gives.
 *
 * <pre>{@code
 * EscalationPolicy policy = EscalationPolicy.standard();
 * Conversion advice = policy.adviseConversion(account, emergency, now);
 * if (advice.recommended()) { ... }
 * advice.explanation().forEach(e -> log.info("{} ({}): {}", e.rule(), e.section(), e.reason()));
 * }</pre>
 *
 * <p><b>Stability:</b> stable API.
 */
package dev.escalation;
