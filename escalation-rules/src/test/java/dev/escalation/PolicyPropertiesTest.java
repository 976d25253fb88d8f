package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.EscalationRole;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.validation.CaseValidator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties that hold for every valid input, checked on generated cases (see {@link ArbitraryCases}); each
 * expectation is computed from the inputs here, independently of the rules.
 */
class PolicyPropertiesTest {

    private static final int CASES = 3_000;
    private static final EscalationPolicy POLICY = EscalationPolicy.standard();

    private static List<EscalationCase> cases;
    private static List<Assessment> assessments;

    @BeforeAll
    static void assessGeneratedCases() {
        cases = ArbitraryCases.valid(ArbitraryCases.seed("PolicyPropertiesTest")).limit(CASES).toList();
        assertThat(cases).allSatisfy(c -> assertThat(CaseValidator.violations(c, ArbitraryCases.NOW)).isEmpty());
        // No exception for any valid input: assessing them all is the first property.
        assessments = cases.stream().map(c -> POLICY.assess(c, ArbitraryCases.NOW)).toList();
    }

    private static boolean inScope(EscalationCase c) {
        return c.account().segment() != Segment.OTHER || c.account().strategicPartnership();
    }

    @Test
    void theGeneratorCoversTheInterestingParts() {
        assertThat(cases).anyMatch(c -> c.escalation() != null && inScope(c) && c.escalation().relatedToPsProject()
                && c.account().hasActivePsProject());
        assertThat(cases).anyMatch(c -> c.emergency() != null && !isRecommended(c.emergency()));
        assertThat(cases).anyMatch(c -> c.emergency() != null && isRecommended(c.emergency()));
        assertThat(cases).anyMatch(c -> !inScope(c));
    }

    @Test
    void scopeIsDecidedForEveryAccount() {
        for (int i = 0; i < CASES; i++) {
            assertThat(assessments.get(i).inScope()).as("case %d", i).isEqualTo(inScope(cases.get(i)));
        }
    }

    @Test
    void everyInScopeEscalationHasExactlyOneDriAndNoOtherCaseHasAPlan() {
        for (int i = 0; i < CASES; i++) {
            EscalationCase c = cases.get(i);
            boolean planned = c.escalation() != null && inScope(c);
            if (!planned) {
                assertThat(assessments.get(i).plan()).as("case %d", i).isEmpty();
            } else {
                assertThat(assessments.get(i).plan().orElseThrow().dri()).as("case %d", i).isNotNull();
                long driRules = assessments.get(i).explanation().stream()
                        .filter(e -> e.ruleId().startsWith("2.5/dri-") && !e.ruleId().equals("2.5/dri-unassigned"))
                        .count();
                assertThat(driRules).as("DRI rules that fired for case %d", i).isEqualTo(1);
            }
        }
    }

    @Test
    void thePsProjectManagerIsDriOnlyWhenTheEscalationIsRelatedToAnActiveProject() {
        for (int i = 0; i < CASES; i++) {
            EscalationCase c = cases.get(i);
            assessments.get(i).plan().ifPresent(plan -> {
                boolean related = c.escalation().relatedToPsProject() && c.account().hasActivePsProject();
                assertThat(plan.dri().role() == EscalationRole.PS_PROJECT_MANAGER).as("%s", c).isEqualTo(related);
                EscalationRole expected = related ? EscalationRole.PS_PROJECT_MANAGER
                        : c.account().team().hasCsm() ? EscalationRole.CSM : EscalationRole.ACCOUNT_EXECUTIVE;
                assertThat(plan.dri().role()).as("%s", c).isEqualTo(expected);
            });
        }
    }

    @Test
    void theConversionIsRecommendedIffAPrimaryTriggerHolds() {
        for (int i = 0; i < CASES; i++) {
            EscalationCase c = cases.get(i);
            if (c.emergency() == null) {
                assertThat(assessments.get(i).conversion()).isEmpty();
            } else {
                assertThat(assessments.get(i).conversion().orElseThrow().recommended()).as("%s", c.emergency())
                        .isEqualTo(isRecommended(c.emergency()));
            }
        }
    }

    /** By peak severity (POLICY.md 2.6): opened, now, or changed to HIGH or CRITICAL at any time. */
    @Test
    void aProductDriIsRequiredIffEverHighOrCriticalAndProductRelated() {
        for (int i = 0; i < CASES; i++) {
            Escalation escalation = cases.get(i).escalation();
            assessments.get(i).plan().ifPresent(plan -> assertThat(plan.productDriRequired())
                    .isEqualTo(escalation.productRelated() && everHighOrCritical(escalation)));
        }
    }

    private static boolean everHighOrCritical(Escalation escalation) {
        List<Severity> severities = new java.util.ArrayList<>(List.of(escalation.severity()));
        if (escalation.openedSeverity() != null) {
            severities.add(escalation.openedSeverity());
        }
        escalation.activity().stream().filter(a -> a.severity() != null).forEach(a -> severities.add(a.severity()));
        return severities.contains(Severity.HIGH) || severities.contains(Severity.CRITICAL);
    }

    private static boolean isRecommended(Emergency emergency) {
        boolean upgrade = emergency.afterUpgrade() && emergency.upgradeRelatedProblems() >= 2;
        boolean longRunning = Duration.between(emergency.startedAt(), ArbitraryCases.NOW)
                .compareTo(Duration.ofHours(3)) > 0 && !emergency.clearResolutionInSight();
        boolean blocked = !emergency.blockedInitiatives().isEmpty();
        return upgrade || longRunning || blocked;
    }
}
