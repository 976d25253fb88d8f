package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.ProductLeader;
import dev.escalation.model.Severity;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.ProductDriRequired;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** product.drl: POLICY.md 2.6 (S2: Escalation (For Non Professional Services Projects); Product's role). */
class ProductRulesTest {

    private static final String REQUIRED = "A high or critical product-related escalation requires a product DRI";
    private static final String MISSING = "A required product DRI that nobody is named for is missing";
    private static final String LEADER_HIGH = "A high product-related escalation gets a group product manager or director as counterpart";
    private static final String LEADER_CRITICAL = "A critical product-related escalation gets a product leadership team member as counterpart";

    private final RuleHarness product = RuleHarness.of("product.drl");

    @Test
    void aHighProductRelatedEscalationNeedsAProductDriAndAGroupProductManager() {
        var run = product.run(new InScope(), escalation().severity(Severity.HIGH).productRelated(true).build());

        assertThat(run.fired()).isEqualTo(Map.of(REQUIRED, 1, MISSING, 1, LEADER_HIGH, 1));
        assertThat(run.derived(ProductDriRequired.class)).hasSize(1);
        assertThat(run.derived(ProductLeader.class)).containsExactly(ProductLeader.GROUP_PRODUCT_MANAGER_OR_DIRECTOR);
        assertThat(run.derived(Finding.class)).singleElement().satisfies(f -> {
            assertThat(f.is(FindingCode.PRODUCT_DRI_MISSING)).isTrue();
            assertThat(f.details()).isEqualTo(Map.of("severity", Severity.HIGH));
        });
    }

    @Test
    void aCriticalProductRelatedEscalationGetsAProductLeadershipTeamMember() {
        var run = product.run(new InScope(),
                escalation().severity(Severity.CRITICAL).productRelated(true).productDri("Dana PM").build());

        assertThat(run.fired()).isEqualTo(Map.of(REQUIRED, 1, LEADER_CRITICAL, 1));
        assertThat(run.derived(ProductLeader.class)).containsExactly(ProductLeader.PRODUCT_LEADERSHIP_TEAM_MEMBER);
    }

    @Test
    void aNamedProductDriIsNotMissing() {
        var run = product.run(new InScope(),
                escalation().severity(Severity.HIGH).productRelated(true).productDri("Dana PM").build());

        assertThat(run.fired()).doesNotContainKey(MISSING);
        assertThat(run.derived(Finding.class)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Severity.class, names = {"MEDIUM", "LOW"})
    void belowHighProductNeedsNeitherDriNorLeader(Severity level) {
        var run = product.run(new InScope(), escalation().severity(level).productRelated(true).build());

        assertThat(run.fired()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Severity.class, names = {"CRITICAL", "HIGH"})
    void notProductRelatedNeedsNeitherDriNorLeader(Severity level) {
        var run = product.run(new InScope(), escalation().severity(level).productRelated(false).build());

        assertThat(run.fired()).isEmpty();
    }

    @Test
    void outOfScopeNeedsNothing() {
        var run = product.run(escalation().severity(Severity.CRITICAL).productRelated(true).build());

        assertThat(run.fired()).isEmpty();
    }
}
