package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.account;
import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Escalation;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import dev.escalation.rules.facts.Assigned;
import dev.escalation.rules.facts.CsHelpRequest;
import dev.escalation.rules.facts.CsmAssigned;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.OpenInScope;
import dev.escalation.rules.facts.PsProjectEscalation;
import dev.escalation.rules.facts.Responsibility;
import dev.escalation.settings.PolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * cs-help-request.drl: POLICY.md 2.5 (S2: CS Help Request): the request exists for escalations of non-PS projects,
 * and its owner; and the Gainsight CTA the case creates (2.8, v3). The flowchart's facts ({@code PsProjectEscalation},
 * {@code CsmAssigned}) and {@code OpenInScope} are given, as questions.drl would derive them.
 *
 * <p>Literal readings of {@code GAINSIGHT_CTA_MISSING}: any {@code GAINSIGHT_CTA_CREATED}, whenever logged (even before
 * the case), means the CTA exists; the case counts from the first {@code CS_HELP_REQUEST_OPENED} by instant; the finding
 * needs a CS Help request of this escalation (none for a PS-project escalation, 2.5), whatever the log says.
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

    @Nested
    class GainsightCta {

        private static final Instant OPENED = ago(10, 0);

        private RuleHarness.Run run(PolicySettings settings, Object... facts) {
            List<Object> all = new ArrayList<>(List.of(new InScope(), new OpenInScope(), account().build(),
                    new CsmAssigned("Casey CSM")));
            all.addAll(List.of(facts));
            return request.run(settings, RuleHarness.NOW, all.toArray());
        }

        private static Escalation caseOpened(Instant... at) {
            return Escalation.builder(Severity.HIGH, OPENED).activity(Arrays.stream(at)
                    .map(instant -> Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, instant)).toList()).build();
        }

        /** Due at the case + 2 h (the sync) + 1 h (immediately); overdue strictly after: not at exactly the due instant. */
        @Test
        void exactlyAtTheDueInstantTheCtaIsNotMissingYet() {
            var run = run(PolicySettings.defaults(), caseOpened(ago(3, 0)));

            assertThat(run.fired()).doesNotContainKey("2.8/gainsight-cta-missing");
            assertThat(run.derived(Finding.class)).isEmpty();
        }

        @Test
        void oneSecondAfterTheDueInstantTheCtaIsMissing() {
            Instant opened = ago(3, 0).minusSeconds(1);
            var run = run(PolicySettings.defaults(), caseOpened(opened));

            assertThat(run.fired()).containsEntry("2.8/gainsight-cta-missing", 1);
            assertThat(run.derived(Finding.class)).singleElement().satisfies(f -> {
                assertThat(f.is(FindingCode.GAINSIGHT_CTA_MISSING)).isTrue();
                assertThat(f.details()).isEqualTo(Map.of("caseOpenedAt", opened, "due", RuleHarness.NOW.minusSeconds(1)));
            });
            assertThat(run.explanation()).anyMatch(e -> e.ruleId().equals("2.8/gainsight-cta-missing")
                    && e.reason().equals("the case opened 2026-03-02T12:29:59Z has no Gainsight CTA by "
                            + "2026-03-02T15:29:59Z (a sync every 2 h (default), then immediately, 1 h (default))"));
        }

        @Test
        void theFirstCaseOpeningCounts() {
            var run = run(PolicySettings.defaults(), caseOpened(ago(1, 0), ago(3, 1), ago(2, 0)));

            assertThat(run.derived(Finding.class)).singleElement()
                    .satisfies(f -> assertThat(f.details()).containsEntry("caseOpenedAt", ago(3, 1)));
        }

        @Test
        void anOverriddenSyncMovesTheDueInstant() {
            var settings = PolicySettings.builder().gainsightSync(Duration.ofMinutes(30)).build();

            assertThat(run(settings, caseOpened(ago(1, 30))).derived(Finding.class)).isEmpty();
            assertThat(run(settings, caseOpened(ago(1, 30).minusSeconds(1))).derived(Finding.class)).singleElement()
                    .satisfies(f -> assertThat(f.details()).containsEntry("due", RuleHarness.NOW.minusSeconds(1)));
        }

        @Test
        void aCreatedCtaIsNotMissingWheneverItWasLogged() {
            var run = run(PolicySettings.defaults(), Escalation.builder(Severity.HIGH, OPENED).activity(
                    Activity.of(ActivityKind.GAINSIGHT_CTA_CREATED, OPENED.minusSeconds(60)),
                    Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, ago(9, 0))).build());

            assertThat(run.fired()).doesNotContainKey("2.8/gainsight-cta-missing");
        }

        @Test
        void withoutACaseNothingIsMissing() {
            var run = run(PolicySettings.defaults(), Escalation.builder(Severity.HIGH, OPENED).build());

            assertThat(run.fired()).doesNotContainKey("2.8/gainsight-cta-missing");
        }

        @Test
        void aClosedEscalationOrAPsProjectEscalationIsNotFlagged() {
            var closed = request.run(new InScope(), account().build(), new CsmAssigned("Casey CSM"),
                    caseOpened(ago(9, 0)).toBuilder().closedAt(RuleHarness.NOW).build());
            var psProject = run(PolicySettings.defaults(), new PsProjectEscalation("Pat PM"), caseOpened(ago(9, 0)));

            assertThat(closed.fired()).containsEntry("2.5/cs-help-request", 1)
                    .doesNotContainKey("2.8/gainsight-cta-missing");
            assertThat(psProject.fired()).isEmpty();
            assertThat(psProject.derived(Finding.class)).isEmpty();
        }

        /** The finding rests on the CS Help request, itself concluded from an absence: a late PS project withdraws both. */
        @Test
        void aPsProjectEscalationDerivedLateWithdrawsTheMissingCta() {
            var run = RuleHarness.withArrivals("cs-help-request.drl").run(new InScope(), new OpenInScope(),
                    account().build(), caseOpened(ago(9, 0)), new Arrival(new PsProjectEscalation("Late PM")));

            assertThat(run.fired()).containsEntry("2.8/gainsight-cta-missing", 1);
            assertThat(run.derived(Finding.class)).isEmpty();
            assertThat(run.explanation()).noneMatch(e -> e.ruleId().equals("2.8/gainsight-cta-missing"));
        }
    }
}
