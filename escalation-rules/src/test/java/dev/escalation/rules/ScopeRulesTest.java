package dev.escalation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Segment;
import dev.escalation.rules.facts.ClosedInScope;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.OpenInScope;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * scope.drl: POLICY.md 2.3 (S2: Scope), and the questions "is it in scope, open or closed?" (POLICY.md section 1: an
 * escalation is open when it has no closedAt), which questions.drl answers and the tests of scope load with it; the
 * other questions it answers for every case (a CSM assigned, the peak severity, actively managed) are background here.
 * Literal reading: an escalation closed exactly at now is closed.
 */
class ScopeRulesTest {

    private final RuleHarness scope = RuleHarness.of("scope.drl");
    private final RuleHarness questions = RuleHarness.of("questions.drl", "scope.drl")
            .ignoring("2.5/csm-assigned", "2.6/peak-severity", "2.8/actively-managed");

    @ParameterizedTest
    @EnumSource(value = Segment.class, names = {"CSM_MANAGED", "TAM_SCALE"})
    void customerSuccessSegmentsAreInScopeWithOrWithoutPartnership(Segment segment) {
        for (boolean partnership : new boolean[] {false, true}) {
            var run = questions.run(Fixtures.account().segment(segment).strategicPartnership(partnership).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.3/customer-success-segment", 1));
            assertThat(run.derived(InScope.class)).containsExactly(new InScope());
            assertThat(run.derived(Finding.class)).isEmpty();
        }
    }

    @Test
    void otherSegmentWithStrategicPartnershipIsInScope() {
        var run = questions.run(Fixtures.account().segment(Segment.OTHER).strategicPartnership(true).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.3/strategic-partnership", 1));
        assertThat(run.derived(InScope.class)).containsExactly(new InScope());
        assertThat(run.derived(Finding.class)).isEmpty();
    }

    @Test
    void otherSegmentWithoutPartnershipIsOutOfScope() {
        var run = scope.run(Fixtures.account().segment(Segment.OTHER).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.3/out-of-scope", 1));
        assertThat(run.derived()).singleElement().isInstanceOfSatisfying(Finding.class, finding -> {
            assertThat(finding.is(FindingCode.OUT_OF_SCOPE)).isTrue();
            assertThat(finding.details()).containsEntry("segment", Segment.OTHER)
                    .containsEntry("strategicPartnership", false);
        });
        assertThat(run.explanation()).singleElement()
                .satisfies(e -> assertThat(e.section()).isEqualTo("S2: Scope"));
    }

    @Test
    void noAccountDecidesNothing() {
        assertThat(questions.run().fired()).isEmpty();
    }

    @Test
    void anEscalationWithoutClosingInstantOfAnAccountInScopeIsOpen() {
        var run = questions.run(Fixtures.account().build(), Fixtures.escalation().build());

        assertThat(run.fired()).isEqualTo(Map.of("2.3/customer-success-segment", 1, "2.3/open-in-scope", 1));
        assertThat(run.derived(InScope.class)).containsExactly(new InScope());
        assertThat(run.derived(OpenInScope.class)).containsExactly(new OpenInScope());
        assertThat(run.derived(ClosedInScope.class)).isEmpty();
    }

    @Test
    void aClosedEscalationIsNotOpenEvenWhenClosedAtNow() {
        var run = questions.run(Fixtures.account().build(), Fixtures.escalation().closedAt(RuleHarness.NOW).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.3/customer-success-segment", 1, "2.10a/closed-in-scope", 1));
        assertThat(run.derived(InScope.class)).containsExactly(new InScope());
        assertThat(run.derived(OpenInScope.class)).isEmpty();
        assertThat(run.derived(ClosedInScope.class)).containsExactly(new ClosedInScope());
    }

    @Test
    void anOpenEscalationOfAnAccountOutOfScopeIsNotOpenInScope() {
        var run = questions.run(Fixtures.account().segment(Segment.OTHER).build(), Fixtures.escalation().build());

        assertThat(run.fired()).isEqualTo(Map.of("2.3/out-of-scope", 1));
        assertThat(run.derived(InScope.class)).isEmpty();
        assertThat(run.derived(OpenInScope.class)).isEmpty();
    }
}
