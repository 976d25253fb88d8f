package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.ProductLeader;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.rules.facts.PeakSeverity;
import dev.escalation.rules.facts.ProductDriRequired;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * product.drl: POLICY.md 2.6 (S2: Escalation (For Non Professional Services Projects); Product's role in
 * Escalations): the Product DRI and the product leader follow the peak severity, which questions.drl answers: these
 * tests load it, and leave its other questions (in scope, open, CSM, ...) in the background.
 *
 * <p>Literal readings: {@code PRODUCT_DRI_MISSING} keeps its detail {@code severity}, the severity now, as in version 1;
 * a {@code SEVERITY_CHANGED} activity without a severity does not change the peak.
 */
class ProductRulesTest {

    private final Account account = Fixtures.account().build();

    private final RuleHarness product = RuleHarness.of("questions.drl", "product.drl").ignoring(
            "2.3/customer-success-segment", "2.5/csm-assigned", "2.3/open-in-scope", "2.8/actively-managed",
            "2.6/product-dri-required-since", "2.7/severity-change", "2.10a/closed-in-scope");

    @Test
    void aHighProductRelatedEscalationNeedsAProductDriAndAGroupProductManager() {
        var run = product.run(account,
                escalation().severity(Severity.HIGH).productRelated(true).build());

        assertThat(run.fired())
                .isEqualTo(Map.of("2.6/peak-severity", 1, "2.6/product-dri-required", 1, "2.6/product-dri-missing", 1,
                        "2.6/product-leader-high", 1));
        assertThat(run.derived(ProductDriRequired.class)).hasSize(1);
        assertThat(run.derived(ProductLeader.class)).containsExactly(ProductLeader.GROUP_PRODUCT_MANAGER_OR_DIRECTOR);
        assertThat(run.derived(Finding.class)).singleElement().satisfies(f -> {
            assertThat(f.is(FindingCode.PRODUCT_DRI_MISSING)).isTrue();
            assertThat(f.details()).isEqualTo(Map.of("severity", Severity.HIGH));
        });
    }

    @Test
    void aCriticalProductRelatedEscalationGetsAProductLeadershipTeamMember() {
        var run = product.run(account,
                escalation().severity(Severity.CRITICAL).productRelated(true).productDri("Dana PM").build());

        assertThat(run.fired())
                .isEqualTo(Map.of("2.6/peak-severity", 1, "2.6/product-dri-required", 1,
                        "2.6/product-leader-critical", 1));
        assertThat(run.derived(ProductLeader.class)).containsExactly(ProductLeader.PRODUCT_LEADERSHIP_TEAM_MEMBER);
    }

    /** "The counterpart will remain attached until the escalation is resolved": lowering releases nothing. */
    @Test
    void anEscalationOpenedCriticalAndLoweredToMediumKeepsItsDriRequirementAndLeader() {
        var run = product.run(account, escalation().severity(Severity.MEDIUM)
                .openedSeverity(Severity.CRITICAL).productRelated(true).build());

        assertThat(run.derived(PeakSeverity.class)).containsExactly(new PeakSeverity(Severity.CRITICAL));
        assertThat(run.fired()).containsEntry("2.6/product-dri-required", 1).containsEntry("2.6/product-dri-missing", 1)
                .containsEntry("2.6/product-leader-critical", 1);
        assertThat(run.derived(Finding.class)).singleElement()
                .satisfies(f -> assertThat(f.details()).isEqualTo(Map.of("severity", Severity.MEDIUM)));
        assertThat(run.explanation()).anyMatch(e -> e.reason().equals("peak severity CRITICAL: opened CRITICAL, now MEDIUM"));
    }

    /** "An escalation raised to high later needs one too." */
    @Test
    void anEscalationRaisedToHighAndLoweredAgainNeedsAProductDri() {
        var run = product.run(account, escalation().severity(Severity.LOW)
                .openedSeverity(Severity.LOW).productRelated(true)
                .activity(Activity.severityChanged(RuleHarness.NOW, Severity.HIGH),
                        Activity.severityChanged(RuleHarness.NOW, Severity.LOW)).build());

        assertThat(run.derived(PeakSeverity.class)).containsExactly(new PeakSeverity(Severity.HIGH));
        assertThat(run.fired()).containsEntry("2.6/product-dri-required", 1)
                .containsEntry("2.6/product-leader-high", 1);
    }

    @Test
    void aNamedProductDriIsNotMissing() {
        var run = product.run(account,
                escalation().severity(Severity.HIGH).productRelated(true).productDri("Dana PM").build());

        assertThat(run.fired()).doesNotContainKey("2.6/product-dri-missing");
        assertThat(run.derived(Finding.class)).isEmpty();
    }

    @Test
    void aClosedEscalationsMissingProductDriIsNotFlagged() {
        var run = product.run(account, escalation().severity(Severity.HIGH).productRelated(true)
                .closedAt(RuleHarness.NOW).build());

        assertThat(run.fired()).containsEntry("2.6/product-dri-required", 1)
                .doesNotContainKey("2.6/product-dri-missing");
    }

    @ParameterizedTest
    @EnumSource(value = Severity.class, names = {"MEDIUM", "LOW"})
    void neverAboveMediumNeedsNeitherDriNorLeader(Severity level) {
        var run = product.run(account, escalation().severity(level).openedSeverity(level)
                .productRelated(true).activity(Activity.of(dev.escalation.model.ActivityKind.SEVERITY_CHANGED,
                        RuleHarness.NOW)).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.6/peak-severity", 1));
    }

    @ParameterizedTest
    @EnumSource(value = Severity.class, names = {"CRITICAL", "HIGH"})
    void notProductRelatedNeedsNeitherDriNorLeader(Severity level) {
        var run = product.run(account, escalation().severity(level).productRelated(false)
                .build());

        assertThat(run.fired()).isEqualTo(Map.of("2.6/peak-severity", 1));
    }

    @Test
    void outOfScopeNeedsNothing() {
        var run = product.run(Fixtures.account().segment(Segment.OTHER).build(),
                escalation().severity(Severity.CRITICAL).productRelated(true).build());

        assertThat(run.fired()).isEmpty();
    }
}
