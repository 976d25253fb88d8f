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
 * dri.drl: POLICY.md 2.5 (S2: Escalation DRI): the flowchart's two questions as facts, then exactly one DRI.
 *
 * <p>Literal readings: "an ongoing Professional Services project" is the account's PS project when it is {@code active}
 * and the escalation is {@code relatedToPsProject}; a CSM is assigned when the team names one, whatever the scope (the
 * contacts of a recommended conversion need the answer for any account).
 */
class DriRulesTest {

    static final ProfessionalServicesProject ACTIVE = new ProfessionalServicesProject(true, "Pat PM");
    static final Team NO_CSM = Team.builder().accountExecutive("Alex AE").cse("Sam CSE")
            .regionalManager("Rory Manager").regionalCseLeader("Lee Leader").build();

    private final RuleHarness dri = RuleHarness.of("dri.drl");

    private static Assigned only(RuleHarness.Run run, Responsibility responsibility) {
        List<Assigned> found = run.derived(Assigned.class).stream()
                .filter(a -> a.responsibility() == responsibility).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Nested
    class FlowchartQuestions {

        @Test
        void anEscalationRelatedToAnActiveProjectIsAPsProjectEscalation() {
            var run = dri.run(escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(ACTIVE).build());

            assertThat(run.fired()).containsEntry("2.5/ps-project-escalation", 1);
            assertThat(run.derived(PsProjectEscalation.class)).containsExactly(new PsProjectEscalation("Pat PM"));
        }

        @Test
        void anInactiveProjectOrAnUnrelatedEscalationIsNot() {
            var inactive = dri.run(escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(new ProfessionalServicesProject(false, "Pat PM")).build());
            var unrelated = dri.run(escalation().build(), account().professionalServicesProject(ACTIVE).build());
            var noProject = dri.run(escalation().relatedToPsProject(true).build(), account().build());

            for (var run : List.of(inactive, unrelated, noProject)) {
                assertThat(run.fired()).doesNotContainKey("2.5/ps-project-escalation");
                assertThat(run.derived(PsProjectEscalation.class)).isEmpty();
            }
        }

        @Test
        void aCsmNamedOnTheAccountIsAssignedWhateverTheScope() {
            var run = dri.run(account().segment(Segment.OTHER).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.5/csm-assigned", 1));
            assertThat(run.derived()).containsExactly(new CsmAssigned("Casey CSM"));
            assertThat(dri.run(account().team(NO_CSM).build()).fired()).isEmpty();
        }
    }

    @Nested
    class Dri {

        @Test
        void thePsProjectManagerIsDriOfAPsProjectEscalation() {
            var run = dri.run(new InScope(), escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(ACTIVE).build());

            assertThat(run.fired()).containsEntry("2.5/dri-ps-project-manager", 1)
                    .doesNotContainKeys("2.5/dri-csm", "2.5/dri-account-executive", "2.5/dri-unassigned");
            assertThat(only(run, Responsibility.DRI)).isEqualTo(
                    new Assigned(Responsibility.DRI, EscalationRole.PS_PROJECT_MANAGER, "Pat PM"));
        }

        @Test
        void anInactiveProjectLeavesTheCsmAsDri() {
            var run = dri.run(new InScope(), escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(new ProfessionalServicesProject(false, "Pat PM")).build());

            assertThat(run.fired()).containsEntry("2.5/dri-csm", 1)
                    .doesNotContainKeys("2.5/dri-ps-project-manager", "2.5/dri-account-executive");
            assertThat(only(run, Responsibility.DRI).role()).isEqualTo(EscalationRole.CSM);
        }

        @Test
        void anEscalationUnrelatedToTheActiveProjectHasTheCsmAsDri() {
            var run = dri.run(new InScope(), escalation().relatedToPsProject(false).build(),
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
            var run = RuleHarness.withArrivals("dri.drl").run(new InScope(), escalation().build(), account().build(),
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
            var run = dri.run(new InScope(), new OpenInScope(), escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(new ProfessionalServicesProject(true, null)).build());

            assertThat(run.fired()).containsEntry("2.5/dri-ps-project-manager", 1)
                    .containsEntry("2.5/dri-unassigned", 1);
            assertThat(run.derived(Finding.class)).singleElement()
                    .satisfies(f -> assertThat(f.details()).isEqualTo(Map.of("role", EscalationRole.PS_PROJECT_MANAGER)));
        }

        @Test
        void aNamedDriIsNotUnassigned() {
            var run = dri.run(new InScope(), new OpenInScope(), escalation().build(), account().build());

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
            var run = dri.run(new InScope(), escalation().build(), account().segment(Segment.TAM_SCALE).build());

            assertThat(run.fired()).doesNotContainKey("2.5/lead-technical-collaborator");
        }
    }
}
