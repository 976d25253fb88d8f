package dev.escalation.test;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Plan;

/**
 * AssertJ assertions for the policy's results. Import them beside AssertJ's own; the overloads do not clash:
 *
 * <pre>{@code
 * import static dev.escalation.test.PolicyAssertions.assertThat;
 *
 * assertThat(policy.assess(aCase, NOW))
 *         .hasFindings("INTERNAL_UPDATE_OVERDUE")
 *         .fired("2.8/internal-update-overdue")
 *         .plan().hasDri(EscalationRole.CSM, "Dana");
 * }</pre>
 *
 * <p>A failure reads like a {@code decide --check} mismatch, with the same path names:
 * {@code plan.dri: got CSM (Casey Jones), want CSM (Dana)}.
 *
 * <p><b>Stability:</b> stable API.
 */
public final class PolicyAssertions {

    private PolicyAssertions() {
    }

    /**
     * @param actual an assessment
     * @return assertions on it
     */
    public static AssessmentAssert assertThat(Assessment actual) {
        return new AssessmentAssert(actual);
    }

    /**
     * @param actual a plan
     * @return assertions on it
     */
    public static PlanAssert assertThat(Plan actual) {
        return new PlanAssert(actual);
    }

    /**
     * @param actual a closure decision
     * @return assertions on it
     */
    public static ClosureAssert assertThat(ClosureDecision actual) {
        return new ClosureAssert(actual);
    }

    /**
     * @param actual a conversion advice
     * @return assertions on it
     */
    public static ConversionAssert assertThat(Conversion actual) {
        return new ConversionAssert(actual);
    }
}
