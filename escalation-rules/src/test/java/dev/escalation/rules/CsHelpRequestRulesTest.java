package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.account;
import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.EscalationRole;
import dev.escalation.model.Segment;
import dev.escalation.model.Team;
import dev.escalation.rules.facts.Assigned;
import dev.escalation.rules.facts.CsHelpRequest;
import dev.escalation.rules.facts.CsmAssigned;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.PsProjectEscalation;
import dev.escalation.rules.facts.Responsibility;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * cs-help-request.drl: POLICY.md 2.5 (S2: CS Help Request): the request exists for escalations of non-PS projects,
 * and its owner. The flowchart's facts ({@code PsProjectEscalation}, {@code CsmAssigned}) are given, as dri.drl would
 * derive them.
 */
class CsHelpRequestRulesTest {

    private static final Team NO_CSM = DriRulesTest.NO_CSM;

    private final RuleHarness request = RuleHarness.of("cs-help-request.drl");

    private static Assigned owner(RuleHarness.Run run) {
        return run.derived(Assigned.class).stream().filter(a -> a.responsibility() == Responsibility.CASE_OWNER)
                .reduce((a, b) -> {
                    throw new AssertionError("two case owners: " + a + ", " + b);
                }).orElseThrow();
    }

    @Test
    void theCsmOwnsTheRequestWhenAssigned() {
        var run = request.run(new InScope(), escalation().build(), account().segment(Segment.TAM_SCALE).build(),
                new CsmAssigned("Casey CSM"));

        assertThat(run.fired()).isEqualTo(Map.of("2.5/cs-help-request", 1, "2.5/case-owner-csm", 1));
        assertThat(owner(run)).isEqualTo(new Assigned(Responsibility.CASE_OWNER, EscalationRole.CSM, "Casey CSM"));
    }

    @Test
    void theRegionalCseLeaderOwnsTheRequestOfATamScaleAccountWithoutCsm() {
        var run = request.run(new InScope(), escalation().build(),
                account().segment(Segment.TAM_SCALE).team(NO_CSM).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.5/cs-help-request", 1, "2.5/case-owner-regional-cse-leader", 1));
        assertThat(owner(run))
                .isEqualTo(new Assigned(Responsibility.CASE_OWNER, EscalationRole.REGIONAL_CSE_LEADER, "Lee Leader"));
    }

    @Test
    void theAccountExecutiveOwnsTheRequestOfAnyOtherAccountWithoutCsm() {
        var run = request.run(new InScope(), escalation().build(),
                account().segment(Segment.OTHER).strategicPartnership(true).team(NO_CSM).build());

        assertThat(run.fired()).isEqualTo(Map.of("2.5/cs-help-request", 1, "2.5/case-owner-account-executive", 1));
        assertThat(owner(run).role()).isEqualTo(EscalationRole.ACCOUNT_EXECUTIVE);
    }

    @Test
    void aPsProjectEscalationHasNoRequestAndNoOwner() {
        var run = request.run(new InScope(), escalation().relatedToPsProject(true).build(), account().build(),
                new CsmAssigned("Casey CSM"), new PsProjectEscalation("Pat PM"));

        assertThat(run.fired()).isEmpty();
        assertThat(run.derived()).isEmpty();
    }

    @Test
    void noRequestOutOfScopeOrWithoutAnEscalation() {
        assertThat(request.run(escalation().build(), account().build()).fired()).isEmpty();
        assertThat(request.run(new InScope(), account().build()).fired()).isEmpty();
    }

    /** Both conclusions rest on absences: a PS-project escalation derived late withdraws the request and its owner. */
    @Test
    void aPsProjectEscalationDerivedLateWithdrawsTheRequestAndItsOwner() {
        var run = RuleHarness.withArrivals("cs-help-request.drl").run(new InScope(), escalation().build(),
                account().team(NO_CSM).build(), new Arrival(new PsProjectEscalation("Late PM")));

        assertThat(run.fired()).containsEntry("2.5/cs-help-request", 1)
                .containsEntry("2.5/case-owner-account-executive", 1);
        assertThat(run.derived(CsHelpRequest.class)).isEmpty();
        assertThat(run.derived(Assigned.class)).isEmpty();
        assertThat(run.explanation()).as("only the test's own rule still holds")
                .allMatch(e -> e.section().equals("custom rule"));
    }

    @Test
    void aCsmDerivedLateTakesOverTheRequest() {
        var run = RuleHarness.withArrivals("cs-help-request.drl").run(new InScope(), escalation().build(),
                account().team(NO_CSM).build(), new Arrival(new CsmAssigned("Late CSM")));

        assertThat(run.fired()).containsEntry("2.5/case-owner-account-executive", 1)
                .containsEntry("2.5/case-owner-csm", 1);
        assertThat(owner(run)).isEqualTo(new Assigned(Responsibility.CASE_OWNER, EscalationRole.CSM, "Late CSM"));
    }
}
