/**
 * Spring Boot auto-configuration of the escalation policy: one {@link dev.escalation.EscalationPolicy} bean from
 * {@code escalation.policy.*} ({@link dev.escalation.spring.boot.EscalationPolicyProperties}), the JSON module of
 * {@code decide}, Micrometer metrics ({@link dev.escalation.spring.boot.AssessmentMetrics}) and the policy version in
 * the actuator's {@code info} endpoint, each when the classpath has what it needs.
 *
 * <p><b>Stability:</b> stable API: the properties, beans, metric names and the public types of this package, except
 * {@link dev.escalation.spring.boot.EscalationPolicyFailureAnalyzer} (internal).
 */
package dev.escalation.spring.boot;
