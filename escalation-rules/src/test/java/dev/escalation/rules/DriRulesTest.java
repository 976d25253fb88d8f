package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.account;
import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Segment;
import dev.escalation.model.Team;
import dev.escalation.rules.facts.Assigned;
import dev.escalation.rules.facts.CsmAssigned;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.OpenInScope;
import dev.escalation.rules.facts.PsProjectEscalation;
import dev.escalation.rules.facts.Responsibility;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * dri.drl: POLICY.md 2.5 (S2: Escalation DRI): given the answers to the flowchart's two questions, exactly one DRI.
 * The answers ({@code PsProjectEscalation}, {@code CsmAssigned}) and {@code InScope}/{@code OpenInScope} are given as
 * questions.drl derives them (its tests, in {@link QuestionsRulesTest.FlowchartQuestions}, say when): an account whose
 * PS project is inactive, or an escalation not related to it, gets no {@code PsProjectEscalation}. (Loaded together with
 * questions.drl, the generated model and the DRL compiled at run time fire these rules in different orders, and the
 * harness requires them to fire alike.)
 */
class DriRulesTest {

    static final ProfessionalServicesProject ACTIVE = new ProfessionalServicesProject(true, "Pat PM");
    static final Team NO_CSM = Team.builder().accountExecutive("Alex AE").cse("Sam CSE")
            .regionalManager("Rory Manager").regionalCseLeader("Lee Leader").build();

    private static final CsmAssigned CASEY = new CsmAssigned("Casey CSM");

    private final RuleHarness dri = RuleHarness.of("dri.drl");

    private static Assigned only(RuleHarness.Run run, Responsibility responsibility) {
        List<Assigned> found = run.derived(Assigned.class).stream()
                .filter(a -> a.responsibility() == responsibility).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Nested
    class Dri {

        @Test
        void thePsProjectManagerIsDriOfAPsProjectEscalation() {
            var run = dri.run(new InScope(), CASEY, new PsProjectEscalation("Pat PM"), escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(ACTIVE).build());

            assertThat(run.fired()).containsEntry("2.5/dri-ps-project-manager", 1)
                    .doesNotContainKeys("2.5/dri-csm", "2.5/dri-account-executive", "2.5/dri-unassigned");
            assertThat(only(run, Responsibility.DRI)).isEqualTo(
                    new Assigned(Responsibility.DRI, EscalationRole.PS_PROJECT_MANAGER, "Pat PM"));
        }

        @Test
        void anInactiveProjectLeavesTheCsmAsDri() {
            var run = dri.run(new InScope(), CASEY, escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(new ProfessionalServicesProject(false, "Pat PM")).build());

            assertThat(run.fired()).containsEntry("2.5/dri-csm", 1)
                    .doesNotContainKeys("2.5/dri-ps-project-manager", "2.5/dri-account-executive");
            assertThat(only(run, Responsibility.DRI).role()).isEqualTo(EscalationRole.CSM);
        }

        @Test
        void anEscalationUnrelatedToTheActiveProjectHasTheCsmAsDri() {
            var run = dri.run(new InScope(), CASEY, escalation().relatedToPsProject(false).build(),
                    account().professionalServicesProject(ACTIVE).build());

            assertThat(run.fired()).containsEntry("2.5/dri-csm", 1)
                    .doesNotContainKeys("2.5/dri-ps-project-manager", "2.5/dri-account-executive");
            assertThat(only(run, Responsibility.DRI))
                    .isEqualTo(new Assigned(Responsibility.DRI, EscalationRole.CSM, "Casey CSM"));
        }

        @Test
        void withoutCsmTheAccountExecutiveIsDri() {
            var run = dri.run(new InScope(), escalation().build(), account().team(NO_CSM).build());

            assertThat(run.fired()).containsEntry("2.5/dri-account-executive", 1)
                    .doesNotContainKeys("2.5/dri-ps-project-manager", "2.5/dri-csm", "2.5/dri-unassigned");
            assertThat(only(run, Responsibility.DRI))
                    .isEqualTo(new Assigned(Responsibility.DRI, EscalationRole.ACCOUNT_EXECUTIVE, "Alex AE"));
        }

        @Test
        void noDriOutOfScopeOrWithoutAnEscalation() {
            assertThat(dri.run(escalation().build(), account().build()).derived(Assigned.class)).isEmpty();
            assertThat(dri.run(new InScope(), account().build()).derived(Assigned.class)).isEmpty();
        }

        /** The CSM branch was taken because the PS question had no answer yet: a late answer moves the DRI. */
        @Test
        void aPsProjectEscalationDerivedLateWithdrawsTheCsmAsDri() {
            var run = RuleHarness.withArrivals("dri.drl").run(new InScope(), CASEY, escalation().build(), account().build(),
                    new Arrival(new PsProjectEscalation("Late PM")));

            assertThat(run.fired()).containsEntry("2.5/dri-csm", 1).containsEntry("2.5/dri-ps-project-manager", 1);
            assertThat(only(run, Responsibility.DRI))
                    .isEqualTo(new Assigned(Responsibility.DRI, EscalationRole.PS_PROJECT_MANAGER, "Late PM"));
            assertThat(run.explanation()).noneMatch(e -> e.ruleId().equals("2.5/dri-csm"));
        }

        /** The account executive branch was taken because no CSM was known yet. */
        @Test
        void aCsmDerivedLateWithdrawsTheAccountExecutiveAsDriAndTheCseAsLead() {
            var run = RuleHarness.withArrivals("dri.drl").run(new InScope(), escalation().build(),
                    account().segment(Segment.TAM_SCALE).team(Team.NOBODY).build(),
                    new Arrival(new CsmAssigned("Late CSM")));

            assertThat(run.fired()).containsEntry("2.5/dri-account-executive", 1)
                    .containsEntry("2.5/lead-technical-collaborator", 1).containsEntry("2.5/dri-csm", 1);
            assertThat(run.derived(Assigned.class))
                    .containsExactly(new Assigned(Responsibility.DRI, EscalationRole.CSM, "Late CSM"));
        }

        @Test
        void aDriWithoutAPersonIsUnassigned() {
            var run = dri.run(new InScope(), new OpenInScope(), escalation().build(),
                    account().team(Team.NOBODY).build());

            assertThat(run.fired()).containsEntry("2.5/dri-account-executive", 1)
                    .containsEntry("2.5/dri-unassigned", 1);
            assertThat(run.derived(Finding.class)).singleElement().satisfies(finding -> {
                assertThat(finding.is(FindingCode.DRI_UNASSIGNED)).isTrue();
                assertThat(finding.details()).isEqualTo(Map.of("role", EscalationRole.ACCOUNT_EXECUTIVE));
            });
        }

        @Test
        void aPsProjectWithoutAManagerLeavesTheDriUnassigned() {
            var run = dri.run(new InScope(), new OpenInScope(), CASEY, new PsProjectEscalation(null), escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(new ProfessionalServicesProject(true, null)).build());

            assertThat(run.fired()).containsEntry("2.5/dri-ps-project-manager", 1)
                    .containsEntry("2.5/dri-unassigned", 1);
            assertThat(run.derived(Finding.class)).singleElement()
                    .satisfies(f -> assertThat(f.details()).isEqualTo(Map.of("role", EscalationRole.PS_PROJECT_MANAGER)));
        }

        @Test
        void aNamedDriIsNotUnassigned() {
            var run = dri.run(new InScope(), new OpenInScope(), CASEY, escalation().build(), account().build());

            assertThat(run.fired()).doesNotContainKey("2.5/dri-unassigned");
            assertThat(run.derived(Finding.class)).isEmpty();
        }

        /** A closed escalation keeps its DRI in the plan but gets none of the findings of 2.4a to 2.8. */
        @Test
        void aClosedEscalationsUnknownDriIsNotFlagged() {
            var run = dri.run(new InScope(), escalation().closedAt(RuleHarness.NOW).build(),
                    account().team(Team.NOBODY).build());

            assertThat(run.fired()).containsEntry("2.5/dri-account-executive", 1)
                    .doesNotContainKey("2.5/dri-unassigned");
        }
    }

    @Nested
    class LeadTechnicalCollaborator {

        @Test
        void theCseLeadsWhenTheAccountExecutiveIsDriOfATamScaleAccount() {
            var run = dri.run(new InScope(), escalation().build(),
                    account().segment(Segment.TAM_SCALE).team(NO_CSM).build());

            assertThat(run.fired()).containsEntry("2.5/lead-technical-collaborator", 1);
            assertThat(only(run, Responsibility.LEAD_TECHNICAL_COLLABORATOR))
                    .isEqualTo(new Assigned(Responsibility.LEAD_TECHNICAL_COLLABORATOR, EscalationRole.CSE, "Sam CSE"));
        }

        @Test
        void nobodyLeadsTechnicallyWhenTheAccountExecutiveIsDriOfAnotherSegment() {
            var run = dri.run(new InScope(), escalation().build(),
                    account().segment(Segment.CSM_MANAGED).team(NO_CSM).build());

            assertThat(run.fired()).doesNotContainKey("2.5/lead-technical-collaborator");
        }

        @Test
        void nobodyLeadsTechnicallyWhenTheCsmIsDriOfATamScaleAccount() {
            var run = dri.run(new InScope(), CASEY, escalation().build(), account().segment(Segment.TAM_SCALE).build());

            assertThat(run.fired()).doesNotContainKey("2.5/lead-technical-collaborator");
        }
    }
}
