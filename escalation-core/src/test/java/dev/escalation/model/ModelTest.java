package dev.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input records copy what they are given, normalise absences, and cannot be changed afterwards. */
class ModelTest {

    private static final Instant T = Instant.parse("2026-03-02T15:30:00Z");

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<Activity> log = new ArrayList<>(List.of(Activity.of(ActivityKind.DECLARED, T)));
        List<String> criteria = new ArrayList<>(List.of("stable for a week"));
        Escalation escalation = Escalation.builder(Severity.LOW, T).activity(log).exitCriteria(criteria).build();

        log.clear();
        criteria.clear();

        assertThat(escalation.activity()).hasSize(1);
        assertThat(escalation.exitCriteria()).containsExactly("stable for a week");
        assertThatThrownBy(() -> escalation.activity().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void absencesAreNormalised() {
        Escalation escalation = new Escalation(Severity.LOW, null, false, false, false, T, null, null, null, null, null,
                null, null, null, null, null, null, null);
        Account account = new Account("Acme", Segment.OTHER, false, null, null);
        Emergency emergency = new Emergency("T-1", T, false, 0, false, null, false, false, false, null);

        assertThat(escalation.activity()).isEmpty();
        assertThat(escalation.exitCriteria()).isEmpty();
        assertThat(escalation.isOpen()).isTrue();
        assertThat(escalation.links()).isEqualTo(Links.NONE);
        assertThat(account.team()).isEqualTo(Team.NOBODY);
        assertThat(account.hasActivePsProject()).isFalse();
        assertThat(emergency.blockedInitiatives()).isEmpty();
    }

    @Test
    void blockedInitiativesIterateInPolicyOrder() {
        EnumSet<Initiative> given = EnumSet.of(Initiative.OTHER_INITIATIVE, Initiative.RENEWAL);
        Emergency emergency = Emergency.builder("T-1", T)
                .blockedInitiatives(List.of(Initiative.OTHER_INITIATIVE, Initiative.RENEWAL)).build();

        assertThat(emergency.blockedInitiatives()).containsExactly(Initiative.RENEWAL, Initiative.OTHER_INITIATIVE)
                .isEqualTo(given);
        assertThatThrownBy(() -> emergency.blockedInitiatives().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void buildersRoundTrip() {
        Account account = Account.builder("Acme", Segment.TAM_SCALE).strategicPartnership(true)
                .team(Team.builder().csm("C").build())
                .professionalServicesProject(new ProfessionalServicesProject(true, "P")).build();
        Emergency emergency = Emergency.builder("T-1", T).afterUpgrade(true).upgradeRelatedProblems(3)
                .clearResolutionInSight(true).blockedInitiatives(Initiative.MIGRATION).recentProfessionalServices(true)
                .psEngineersAvailable(true).instanceDown(true).callStartedAt(T).build();
        Escalation escalation = Escalation.builder(Severity.HIGH, T).relatedToPsProject(true).productRelated(true)
                .platformRelated(true).channel(new SlackChannel("#esc_acme", true)).productDri("D").exitCriteria("x")
                .nextCustomerTouchpointAt(T).activity(Activity.of(ActivityKind.HANDOVER, T))
                .closure(Closure.builder().customerAgreed(true).documented(true).driAgreed(true).rcaRequested(true)
                        .rcaDelivered(true).outcome(Outcome.POSITIVE).exitCriteriaMet(true).summary("s").build())
                .closedAt(T).build();
        EscalationCase escalationCase = EscalationCase.of(account).emergency(emergency).escalation(escalation)
                .situation(Situation.NONE.withAccountAtRisk(true).withSingleIncident(true)
                        .withSingleTicketMovingSlowly(true).withSuspectedWidespreadGitLabCom(true))
                .event(Event.OPENED).build();

        assertThat(escalationCase.toBuilder().build()).isEqualTo(escalationCase);
        assertThat(account.toBuilder().build()).isEqualTo(account);
        assertThat(emergency.toBuilder().build()).isEqualTo(emergency);
        assertThat(escalation.toBuilder().build()).isEqualTo(escalation);
        assertThat(escalation.closure().toBuilder().build()).isEqualTo(escalation.closure());
        assertThat(escalation.isOpen()).isFalse();
        assertThat(escalationCase.situation()).isEqualTo(new Situation(true, true, true, true));
    }

    @Test
    void thePeakSeverityIsTheHighestOfOpenedNowAndEveryChange() {
        Escalation loweredFromCritical = Escalation.builder(Severity.MEDIUM, T).openedSeverity(Severity.CRITICAL).build();
        Escalation raisedThenLowered = Escalation.builder(Severity.LOW, T).activity(
                Activity.severityChanged(T, Severity.HIGH), Activity.severityChanged(T, Severity.LOW),
                Activity.of(ActivityKind.SEVERITY_CHANGED, T)).build();
        Escalation neverChanged = Escalation.builder(Severity.MEDIUM, T).build();
        Escalation raisedNow = Escalation.builder(Severity.HIGH, T).openedSeverity(Severity.LOW).build();

        assertThat(loweredFromCritical.peakSeverity()).isEqualTo(Severity.CRITICAL);
        assertThat(loweredFromCritical.openedSeverityOrNow()).isEqualTo(Severity.CRITICAL);
        assertThat(raisedThenLowered.peakSeverity()).isEqualTo(Severity.HIGH);
        assertThat(neverChanged.peakSeverity()).isEqualTo(Severity.MEDIUM);
        assertThat(neverChanged.openedSeverityOrNow()).isEqualTo(Severity.MEDIUM);
        assertThat(raisedNow.peakSeverity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void severitiesCompareHighestFirst() {
        assertThat(Severity.MEDIUM.isBelow(Severity.HIGH)).isTrue();
        assertThat(Severity.HIGH.isBelow(Severity.HIGH)).isFalse();
        assertThat(Severity.CRITICAL.isBelow(Severity.LOW)).isFalse();
        assertThat(Severity.LOW.max(Severity.MEDIUM)).isEqualTo(Severity.MEDIUM);
        assertThat(Severity.HIGH.max(null)).isEqualTo(Severity.HIGH);
    }

    @Test
    void risksIterateInTableOrderAndAVersionOneSituationHasNone() {
        Situation situation = Situation.NONE.withImpact(Impact.SOME).withRisks(Risk.RENEWAL, Risk.SOLUTION_LOSS);

        assertThat(situation.risks()).containsExactly(Risk.SOLUTION_LOSS, Risk.RENEWAL);
        assertThat(situation.impact()).isEqualTo(Impact.SOME);
        assertThat(new Situation(false, true, false, false).risks()).isEmpty();
        assertThat(new Situation(false, false, false, false, null, null).risks()).isEmpty();
        assertThatThrownBy(() -> situation.risks().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void activityTimesAreFoundFirstAndLast() {
        Escalation escalation = Escalation.builder(Severity.LOW, T).activity(
                Activity.of(ActivityKind.STANDUP_SCHEDULED, T.plusSeconds(5)),
                Activity.of(ActivityKind.STANDUP_SCHEDULED, T.plusSeconds(1)),
                Activity.of(ActivityKind.STANDUP_SCHEDULED, T.plusSeconds(9))).build();

        assertThat(escalation.earliestActivity(ActivityKind.STANDUP_SCHEDULED)).isEqualTo(T.plusSeconds(1));
        assertThat(escalation.latestActivity(ActivityKind.STANDUP_SCHEDULED)).isEqualTo(T.plusSeconds(9));
        assertThat(escalation.earliestActivity(ActivityKind.STANDUP_HELD)).isNull();
        assertThat(escalation.hasActivity(ActivityKind.STANDUP_SCHEDULED)).isTrue();
        assertThat(escalation.hasActivity(ActivityKind.STANDUP_HELD)).isFalse();
    }
}
