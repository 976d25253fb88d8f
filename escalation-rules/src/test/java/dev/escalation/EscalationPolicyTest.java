package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.decision.Action;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.model.Cadence;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.Plan;
import dev.escalation.decision.ProductLeader;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.Stakeholder;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Initiative;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import dev.escalation.rules.internal.RuleBase;
import dev.escalation.rules.internal.RuleSource;
import dev.escalation.validation.InvalidEscalationInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The facade, end to end: the foundation's questions answered and explained, bad input refused. */
class EscalationPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");
    private static final EscalationPolicy POLICY = EscalationPolicy.standard();

    private static final Account ACME = Account.builder("Acme Corp", Segment.CSM_MANAGED)
            .team(Team.builder().csm("Casey CSM").accountExecutive("Alex AE").build()).build();

    private static Emergency.Builder emergencyRunning(Duration running) {
        return Emergency.builder("T-1", NOW.minus(running));
    }

    @Nested
    class Conversion_ {

        @Test
        void exactlyThreeHoursIsNotRecommended() {
            Conversion advice = POLICY.adviseConversion(ACME, emergencyRunning(Duration.ofHours(3)).build(), NOW);

            assertThat(advice.recommended()).isFalse();
            assertThat(advice.triggers()).isEmpty();
            assertThat(advice.actions()).containsExactly(Action.CONSULT_SUPPORT_MANAGER_ON_CALL);
        }

        @Test
        void threeHoursAndAMinuteIsRecommendedAndExplainedWithItsFigures() {
            Conversion advice = POLICY.adviseConversion(ACME,
                    emergencyRunning(Duration.ofHours(4).plusMinutes(10)).build(), NOW);

            assertThat(advice.recommended()).isTrue();
            assertThat(advice.triggers()).containsExactly(ConversionTrigger.LONG_RUNNING_NO_RESOLUTION);
            assertThat(advice.actions()).containsExactly(Action.CONSULT_SUPPORT_MANAGER_ON_CALL,
                    Action.CHOOSE_SEVERITY_LEVEL, Action.CONTACT_ESCALATION_DRI);
            assertThat(advice.explanation()).extracting(Explanation::reason).contains(
                    "emergency running 4 h 10 min, over 3 h (default), with no clear resolution in sight");
            assertThat(advice.explanation()).allSatisfy(e -> {
                assertThat(e.section()).isIn("S0: When to start an Account Escalation",
                        "S0: How to start an Account Escalation");
                assertThat(e.policyClause()).isEqualTo("2.1");
            });
            assertThat(advice.contacts()).containsExactly(Assignment.of(EscalationRole.CSM, "Casey CSM"),
                    Assignment.of(EscalationRole.SUPPORT_MANAGER_ON_CALL, null));
        }

        @Test
        void triggersAndActionsComeInPolicyOrder() {
            Conversion advice = POLICY.adviseConversion(ACME, emergencyRunning(Duration.ofHours(5))
                    .recentProfessionalServices(true).psEngineersAvailable(true)
                    .blockedInitiatives(Initiative.MIGRATION).afterUpgrade(true).upgradeRelatedProblems(2).build(),
                    NOW);

            assertThat(advice.triggers()).containsExactly(ConversionTrigger.values());
            assertThat(advice.actions()).containsExactly(Action.values());
        }

        @Test
        void scopeDoesNotChangeTheAdvice() {
            Account outside = Account.builder("Tiny Co", Segment.OTHER).build();
            Emergency emergency = emergencyRunning(Duration.ofHours(4)).build();

            Assessment assessment = POLICY.assess(EscalationCase.of(outside).emergency(emergency).build(), NOW);

            assertThat(assessment.inScope()).isFalse();
            assertThat(assessment.conversion()).hasValueSatisfying(c -> assertThat(c.recommended()).isTrue());
            assertThat(assessment.has(FindingCode.OUT_OF_SCOPE)).isTrue();
        }
    }

    @Nested
    class Plan_ {

        @Test
        void aProductRelatedCriticalEscalationOfACsmAccount() {
            Escalation escalation = Escalation.builder(Severity.CRITICAL, NOW.minus(Duration.ofHours(2)))
                    .productRelated(true).build();

            Plan plan = POLICY.plan(ACME, escalation, NOW).orElseThrow();

            assertThat(plan.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(plan.cadence()).isEqualTo(Cadence.DAILY);
            assertThat(plan.involvement()).containsExactly(Stakeholder.VP_SALES, Stakeholder.PRODUCT, Stakeholder.CRO,
                    Stakeholder.CEO, Stakeholder.VP_CUSTOMER_SUCCESS, Stakeholder.GLOBAL_PUBSEC_CSM_LEADER);
            assertThat(plan.dri()).isEqualTo(Assignment.of(EscalationRole.CSM, "Casey CSM"));
            assertThat(plan.leadTechnicalCollaborator()).isEmpty();
            assertThat(plan.caseOwner()).contains(Assignment.of(EscalationRole.CSM, "Casey CSM"));
            assertThat(plan.contacts()).containsExactly(Assignment.of(EscalationRole.CSM, "Casey CSM"),
                    Assignment.of(EscalationRole.SUPPORT_MANAGER_ON_CALL, null));
            assertThat(plan.productDriRequired()).isTrue();
            assertThat(plan.productLeader()).contains(ProductLeader.PRODUCT_LEADERSHIP_TEAM_MEMBER);
            assertThat(plan.channel()).isEqualTo("#esc_acme_corp");
            assertThat(plan.explanation()).extracting(Explanation::policyClause)
                    .containsOnly("2.4", "2.5", "2.6", "2.7").contains("2.4", "2.5", "2.6", "2.7");
        }

        @Test
        void aTamScaleAccountWithoutCsm() {
            Account tam = Account.builder("Globex", Segment.TAM_SCALE).team(Team.builder()
                    .accountExecutive("Alex AE").cse("Sam CSE").regionalCseLeader("Lee Leader").build()).build();

            Assessment assessment = POLICY.assess(EscalationCase.of(tam)
                    .escalation(Escalation.builder(Severity.LOW, NOW).build()).build(), NOW);

            Plan plan = assessment.plan().orElseThrow();
            assertThat(plan.dri()).isEqualTo(Assignment.of(EscalationRole.ACCOUNT_EXECUTIVE, "Alex AE"));
            assertThat(plan.leadTechnicalCollaborator()).contains(Assignment.of(EscalationRole.CSE, "Sam CSE"));
            assertThat(plan.caseOwner()).contains(Assignment.of(EscalationRole.REGIONAL_CSE_LEADER, "Lee Leader"));
            assertThat(plan.contacts()).extracting(Assignment::role)
                    .containsExactly(EscalationRole.ACCOUNT_EXECUTIVE, EscalationRole.CSE, EscalationRole.SUPPORT_MANAGER_ON_CALL);
            assertThat(assessment.has(FindingCode.DRI_UNASSIGNED)).isFalse();
        }

        @Test
        void outOfScopeHasNoPlanAndOnlyTheOutOfScopeFinding() {
            Account outside = Account.builder("Tiny Co", Segment.OTHER).build();
            Escalation escalation = Escalation.builder(Severity.CRITICAL, NOW).productRelated(true).build();

            Assessment assessment = POLICY.assess(EscalationCase.of(outside).escalation(escalation).build(), NOW);

            assertThat(assessment.plan()).isEmpty();
            assertThat(POLICY.plan(outside, escalation, NOW)).isEmpty();
            assertThat(assessment.findings()).extracting(f -> f.code()).containsExactly("OUT_OF_SCOPE");
        }

        @Test
        void anUnknownDriIsFlagged() {
            Account nobody = Account.builder("Initech", Segment.CSM_MANAGED).build();

            Assessment assessment = POLICY.assess(EscalationCase.of(nobody)
                    .escalation(Escalation.builder(Severity.MEDIUM, NOW).build()).build(), NOW);

            assertThat(assessment.plan().orElseThrow().dri()).isEqualTo(Assignment.of(EscalationRole.ACCOUNT_EXECUTIVE, null));
            assertThat(assessment.findings(FindingCode.DRI_UNASSIGNED)).singleElement()
                    .satisfies(f -> assertThat(f.detail("role")).contains(EscalationRole.ACCOUNT_EXECUTIVE));
        }
    }

    @Nested
    class Contract {

        @Test
        void theStandardPolicyIsBuiltOnce() {
            assertThat(EscalationPolicy.standard()).isSameAs(POLICY);
        }

        @Test
        void callerObjectsAreNotModifiedAndResultsCannotBe() {
            List<Activity> log = new ArrayList<>(List.of(Activity.of(ActivityKind.DECLARED, NOW)));
            Escalation escalation = Escalation.builder(Severity.HIGH, NOW).activity(log).build();
            EscalationCase escalationCase = EscalationCase.of(ACME).escalation(escalation)
                    .emergency(emergencyRunning(Duration.ofHours(4)).build()).build();
            EscalationCase copy = escalationCase.toBuilder().build();

            Assessment assessment = POLICY.assess(escalationCase, NOW);
            log.add(Activity.of(ActivityKind.CUSTOMER_UPDATE, NOW));

            assertThat(escalationCase).isEqualTo(copy);
            assertThat(escalation.activity()).hasSize(1);
            assertThatThrownBy(() -> assessment.explanation().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> assessment.conversion().orElseThrow().triggers().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> assessment.plan().orElseThrow().contacts().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void theSameCaseGivesTheSameAssessment() {
            EscalationCase escalationCase = EscalationCase.of(ACME).emergency(emergencyRunning(Duration.ofHours(9))
                    .afterUpgrade(true).upgradeRelatedProblems(4).build())
                    .escalation(Escalation.builder(Severity.HIGH, NOW).productRelated(true).build()).build();

            assertThat(POLICY.assess(escalationCase, NOW)).isEqualTo(POLICY.assess(escalationCase, NOW));
        }

        @Test
        void badInputNamesEveryFieldAtFault() {
            Account bad = Account.builder(" ", null).build();
            Emergency future = Emergency.builder("T-1", NOW.plusSeconds(60)).upgradeRelatedProblems(-1).build();

            assertThatThrownBy(() -> POLICY.assess(EscalationCase.of(bad).emergency(future).build(), NOW))
                    .isInstanceOfSatisfying(InvalidEscalationInputException.class, e -> assertThat(e.fields())
                            .containsExactly("account.name", "account.segment", "emergency.startedAt",
                                    "emergency.upgradeRelatedProblems"))
                    .hasMessageContaining("account.name: must not be blank");
        }

        @Test
        void questionsRequireTheirSubject() {
            assertThatThrownBy(() -> POLICY.adviseConversion(ACME, null, NOW))
                    .isInstanceOf(InvalidEscalationInputException.class).hasMessage("emergency: is required");
            assertThatThrownBy(() -> POLICY.plan(ACME, null, NOW))
                    .isInstanceOf(InvalidEscalationInputException.class).hasMessage("escalation: is required");
            assertThatThrownBy(() -> POLICY.assess(EscalationCase.of(ACME).build(), null))
                    .isInstanceOf(InvalidEscalationInputException.class).hasMessage("now: is required");
        }

        @Test
        void rulesThatDoNotCompileFailFastWithFileAndLine() {
            String broken = "package dev.escalation.rules;\n\nrule \"broken\"\nwhen\n    NoSuchFact()\nthen\nend\n";

            assertThatThrownBy(() -> RuleBase.build(List.of(new RuleSource("broken.drl", broken))))
                    .isInstanceOfSatisfying(PolicyDefinitionException.class,
                            e -> assertThat(e.problems()).singleElement().asString().startsWith("broken.drl:5:"))
                    .hasMessageStartingWith("the policy's rules do not compile: broken.drl:5:");
        }
    }
}
