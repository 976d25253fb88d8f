package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.account;
import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.EscalationRole;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Segment;
import dev.escalation.model.Team;
import dev.escalation.rules.facts.Assigned;
import dev.escalation.rules.facts.Contact;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.Responsibility;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * dri.drl: POLICY.md 2.5 (S2: Escalation DRI; CS Help Request; S0: How to start an Account Escalation).
 * The unit under test also fires the case-owner and contact rules for every in-scope escalation, so tests of one
 * responsibility look at that responsibility's rules and facts.
 */
class DriRulesTest {

    private static final String DRI_PM = "The PS project manager is DRI of an escalation related to an active PS project";
    private static final String DRI_CSM = "The CSM is DRI when no active PS project is concerned and a CSM is assigned";
    private static final String DRI_AE = "The account executive is DRI when no active PS project is concerned and no CSM is assigned";
    private static final String LEAD = "The CSE leads technically when the account executive is DRI of a TAM Scale account";
    private static final String UNASSIGNED = "A DRI nobody is named for is unassigned";
    private static final String OWNER_CSM = "The CSM owns the CS Help request when one is assigned";
    private static final String OWNER_RCL = "The regional CSE leader owns the CS Help request of a TAM Scale account without a CSM";
    private static final String OWNER_AE = "The account executive owns the CS Help request of any other account without a CSM";
    private static final String CONTACT_CSM = "Support reaches out to the CSM first";
    private static final String CONTACT_AE = "Without a CSM support reaches out to the account executive";
    private static final String CONTACT_CSE = "Without a CSM support reaches out to the CSE";
    private static final String CONTACT_RM = "Without a CSM support reaches out to the regional manager";
    private static final String CONTACT_SMOC = "The support manager on call opens the escalation when nobody answers";

    private static final ProfessionalServicesProject ACTIVE = new ProfessionalServicesProject(true, "Pat PM");
    private static final Team NO_CSM = Team.builder().accountExecutive("Alex AE").cse("Sam CSE")
            .regionalManager("Rory Manager").regionalCseLeader("Lee Leader").build();

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
        void psProjectManagerLeadsAnEscalationRelatedToAnActiveProject() {
            var run = dri.run(new InScope(), escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(ACTIVE).build());

            assertThat(run.fired()).containsEntry(DRI_PM, 1).doesNotContainKeys(DRI_CSM, DRI_AE, UNASSIGNED);
            assertThat(only(run, Responsibility.DRI)).isEqualTo(
                    new Assigned(Responsibility.DRI, EscalationRole.PS_PROJECT_MANAGER, "Pat PM"));
        }

        /** The PS project must be "ongoing": a related escalation of an inactive project falls to the CSM. */
        @Test
        void anInactiveProjectLeavesTheCsmAsDri() {
            var run = dri.run(new InScope(), escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(new ProfessionalServicesProject(false, "Pat PM")).build());

            assertThat(run.fired()).containsEntry(DRI_CSM, 1).doesNotContainKeys(DRI_PM, DRI_AE);
            assertThat(only(run, Responsibility.DRI).role()).isEqualTo(EscalationRole.CSM);
        }

        @Test
        void anEscalationUnrelatedToTheActiveProjectHasTheCsmAsDri() {
            var run = dri.run(new InScope(), escalation().relatedToPsProject(false).build(),
                    account().professionalServicesProject(ACTIVE).build());

            assertThat(run.fired()).containsEntry(DRI_CSM, 1).doesNotContainKeys(DRI_PM, DRI_AE);
            assertThat(only(run, Responsibility.DRI)).isEqualTo(new Assigned(Responsibility.DRI, EscalationRole.CSM, "Casey CSM"));
        }

        @Test
        void withoutCsmTheAccountExecutiveIsDri() {
            var run = dri.run(new InScope(), escalation().build(), account().team(NO_CSM).build());

            assertThat(run.fired()).containsEntry(DRI_AE, 1).doesNotContainKeys(DRI_PM, DRI_CSM, UNASSIGNED);
            assertThat(only(run, Responsibility.DRI))
                    .isEqualTo(new Assigned(Responsibility.DRI, EscalationRole.ACCOUNT_EXECUTIVE, "Alex AE"));
        }

        @Test
        void noDriOutOfScope() {
            var run = dri.run(escalation().build(), account().build());

            assertThat(run.fired()).isEmpty();
        }

        @Test
        void aDriWithoutAPersonIsUnassigned() {
            var run = dri.run(new InScope(), escalation().build(), account().team(Team.NOBODY).build());

            assertThat(run.fired()).containsEntry(DRI_AE, 1).containsEntry(UNASSIGNED, 1);
            assertThat(run.derived(Finding.class)).singleElement().satisfies(finding -> {
                assertThat(finding.is(FindingCode.DRI_UNASSIGNED)).isTrue();
                assertThat(finding.details()).isEqualTo(Map.of("role", EscalationRole.ACCOUNT_EXECUTIVE));
            });
        }

        @Test
        void aPsProjectWithoutAManagerLeavesTheDriUnassigned() {
            var run = dri.run(new InScope(), escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(new ProfessionalServicesProject(true, null)).build());

            assertThat(run.fired()).containsEntry(DRI_PM, 1).containsEntry(UNASSIGNED, 1);
            assertThat(run.derived(Finding.class)).singleElement()
                    .satisfies(f -> assertThat(f.details()).isEqualTo(Map.of("role", EscalationRole.PS_PROJECT_MANAGER)));
        }

        @Test
        void aNamedDriIsNotUnassigned() {
            var run = dri.run(new InScope(), escalation().build(), account().build());

            assertThat(run.fired()).doesNotContainKey(UNASSIGNED);
            assertThat(run.derived(Finding.class)).isEmpty();
        }
    }

    @Nested
    class LeadTechnicalCollaborator {

        @Test
        void theCseLeadsWhenTheAccountExecutiveIsDriOfATamScaleAccount() {
            var run = dri.run(new InScope(), escalation().build(),
                    account().segment(Segment.TAM_SCALE).team(NO_CSM).build());

            assertThat(run.fired()).containsEntry(LEAD, 1);
            assertThat(only(run, Responsibility.LEAD_TECHNICAL_COLLABORATOR))
                    .isEqualTo(new Assigned(Responsibility.LEAD_TECHNICAL_COLLABORATOR, EscalationRole.CSE, "Sam CSE"));
        }

        @Test
        void nobodyLeadsTechnicallyWhenTheAccountExecutiveIsDriOfAnotherSegment() {
            var run = dri.run(new InScope(), escalation().build(),
                    account().segment(Segment.CSM_MANAGED).team(NO_CSM).build());

            assertThat(run.fired()).doesNotContainKey(LEAD);
        }

        @Test
        void nobodyLeadsTechnicallyWhenTheCsmIsDriOfATamScaleAccount() {
            var run = dri.run(new InScope(), escalation().build(), account().segment(Segment.TAM_SCALE).build());

            assertThat(run.fired()).doesNotContainKey(LEAD);
        }
    }

    @Nested
    class CaseOwner {

        @Test
        void theCsmOwnsTheCaseWhenAssigned() {
            var run = dri.run(new InScope(), escalation().build(), account().segment(Segment.TAM_SCALE).build());

            assertThat(run.fired()).containsEntry(OWNER_CSM, 1).doesNotContainKeys(OWNER_RCL, OWNER_AE);
            assertThat(only(run, Responsibility.CASE_OWNER).role()).isEqualTo(EscalationRole.CSM);
        }

        @Test
        void theRegionalCseLeaderOwnsTheCaseOfATamScaleAccountWithoutCsm() {
            var run = dri.run(new InScope(), escalation().build(),
                    account().segment(Segment.TAM_SCALE).team(NO_CSM).build());

            assertThat(run.fired()).containsEntry(OWNER_RCL, 1).doesNotContainKeys(OWNER_CSM, OWNER_AE);
            assertThat(only(run, Responsibility.CASE_OWNER))
                    .isEqualTo(new Assigned(Responsibility.CASE_OWNER, EscalationRole.REGIONAL_CSE_LEADER, "Lee Leader"));
        }

        @Test
        void theAccountExecutiveOwnsTheCaseOfAnyOtherAccountWithoutCsm() {
            var run = dri.run(new InScope(), escalation().build(),
                    account().segment(Segment.OTHER).strategicPartnership(true).team(NO_CSM).build());

            assertThat(run.fired()).containsEntry(OWNER_AE, 1).doesNotContainKeys(OWNER_CSM, OWNER_RCL);
            assertThat(only(run, Responsibility.CASE_OWNER).role()).isEqualTo(EscalationRole.ACCOUNT_EXECUTIVE);
        }
    }

    @Nested
    class Contacts {

        private List<EscalationRole> contacts(RuleHarness.Run run) {
            return run.derived(Contact.class).stream().map(Contact::role).sorted(Comparator.naturalOrder()).toList();
        }

        @Test
        void withACsmSupportContactsTheCsmThenTheManagerOnCall() {
            var run = dri.run(new InScope(), escalation().build(), account().build());

            assertThat(run.fired()).containsEntry(CONTACT_CSM, 1).containsEntry(CONTACT_SMOC, 1)
                    .doesNotContainKeys(CONTACT_AE, CONTACT_CSE, CONTACT_RM);
            assertThat(contacts(run)).containsExactly(EscalationRole.CSM, EscalationRole.SUPPORT_MANAGER_ON_CALL);
        }

        @Test
        void withoutCsmSupportContactsEveryKnownOneOfAeCseAndRegionalManager() {
            var run = dri.run(new InScope(), escalation().build(), account().team(NO_CSM).build());

            assertThat(run.fired()).containsEntry(CONTACT_AE, 1).containsEntry(CONTACT_CSE, 1)
                    .containsEntry(CONTACT_RM, 1).doesNotContainKey(CONTACT_CSM);
            assertThat(contacts(run)).containsExactly(EscalationRole.ACCOUNT_EXECUTIVE, EscalationRole.CSE, EscalationRole.REGIONAL_CSM_MANAGER,
                    EscalationRole.SUPPORT_MANAGER_ON_CALL);
        }

        @Test
        void unknownPeopleAreSkipped() {
            var run = dri.run(new InScope(), escalation().build(),
                    account().team(Team.builder().cse("Sam CSE").build()).build());

            assertThat(run.fired()).containsEntry(CONTACT_CSE, 1).doesNotContainKeys(CONTACT_AE, CONTACT_RM);
            assertThat(contacts(run)).containsExactly(EscalationRole.CSE, EscalationRole.SUPPORT_MANAGER_ON_CALL);
        }

        @Test
        void nobodyKnownLeavesOnlyTheManagerOnCall() {
            var run = dri.run(new InScope(), escalation().build(), account().team(Team.NOBODY).build());

            assertThat(contacts(run)).containsExactly(EscalationRole.SUPPORT_MANAGER_ON_CALL);
        }

        @Test
        void noContactsWithoutAnEscalation() {
            var run = dri.run(new InScope(), account().build());

            assertThat(run.fired()).isEmpty();
        }
    }
}
