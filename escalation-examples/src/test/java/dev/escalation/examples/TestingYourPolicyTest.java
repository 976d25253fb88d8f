package dev.escalation.examples;

import static dev.escalation.test.PolicyAssertions.assertThat;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.EscalationRole;
import dev.escalation.model.Initiative;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.test.PolicyScenarios;
import dev.escalation.test.TestCases;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java test of docs/testing.md, as a team would write it; a team's scenarios would be on the
 * classpath ({@code PolicyScenarios.in("scenarios")}), ours are in {@code scenarios/renewals}.
 */
class TestingYourPolicyTest {

    /** docs/testing.md builds it from the classpath; here it is samples/renewals.drl, as decide --rules reads it. */
    static final EscalationPolicy POLICY = Renewals.POLICY;

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return PolicyScenarios.in(Path.of("scenarios", "renewals")).coverageMin(25).run(POLICY);
    }

    @Test
    void aBlockedRenewalEscalatedMediumIsBelowTheTeamsMinimum() {
        Assessment assessment = TestCases.aCase()
                .account(a -> a.segment(Segment.OTHER).strategicPartnership(true))
                .emergency(e -> e.blockedInitiatives(Initiative.RENEWAL))
                .escalation(e -> e.severity(Severity.MEDIUM))
                .assess(POLICY);

        assertThat(assessment)
                .hasFindings("SEVERITY_BELOW_TEAM_POLICY")
                .fired("renewals/strategic-renewal-at-least-high")
                .hasFinding("SEVERITY_BELOW_TEAM_POLICY").withDetail("minimum", Severity.HIGH);
        assertThat(assessment).plan().hasDri(EscalationRole.CSM, "Casey Jones");
    }
}
