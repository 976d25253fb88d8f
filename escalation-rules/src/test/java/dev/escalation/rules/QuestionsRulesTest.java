package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.account;
import static dev.escalation.rules.Fixtures.ago;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Escalation;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.rules.facts.ActivelyManaged;
import dev.escalation.rules.facts.ClosedInScope;
import dev.escalation.rules.facts.CsmAssigned;
import dev.escalation.rules.facts.Monitoring;
import dev.escalation.rules.facts.ProductDriRequiredSince;
import dev.escalation.rules.facts.PsProjectEscalation;
import dev.escalation.rules.facts.SeverityChange;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * questions.drl: the flowchart's questions of 2.5 (moved here from dri.drl), and those version 3 adds: monitoring and
 * actively managed (POLICY.md section 1 and 2.8), closed in scope (2.10a), the instant the product DRI became required
 * (2.6) and the severity before each change (2.7). Scope and "open" are tested with scope.drl in
 * {@link ScopeRulesTest}, the peak severity with product.drl in {@link ProductRulesTest}. The questions every case
 * answers (in scope, open, CSM assigned, peak severity) are background here, but in {@link FlowchartQuestions}.
 *
 * <p>Literal readings of 2.5: "an ongoing Professional Services project" is the account's PS project when it is
 * {@code active} and the escalation is {@code relatedToPsProject}; a CSM is assigned when the team names one, whatever
 * the scope (the contacts of a recommended conversion need the answer for any account).
 *
 * <p>Literal readings: "strictly after the last {@code RISK_REDUCED}" compares instants, so a {@code SEVERITY_CHANGED} at
 * the same instant keeps monitoring whatever the input order, and one a nanosecond later ends it; the "last"
 * {@code RISK_REDUCED} is the one with the latest {@code at}, not the last in input order; a {@code SEVERITY_CHANGED}
 * without a severity ends monitoring too (section 1 does not ask for one); {@code ActivelyManaged.since} is the first
 * change strictly after the last {@code RISK_REDUCED}, never before {@code openedAt}, and {@code ActivelyManaged.openFrom}
 * is that change itself. {@code productDriRequiredSince}:
 * "otherwise the {@code at} of the last {@code SEVERITY_CHANGED}" counts every such activity, with or without a
 * severity, whatever severity it carries; a change exactly at {@code openedAt} counts as {@code openedAt}. "The severity
 * before a change" of the first change is {@code openedSeverity}, which defaults to the severity now (section 1); a
 * change to the same severity is still a change; one without a severity is skipped and is no change's "before".
 */
class QuestionsRulesTest {

    private static final Instant OPENED = ago(48, 0);

    private final RuleHarness questions = RuleHarness.of("questions.drl").ignoring("2.3/customer-success-segment",
            "2.5/csm-assigned", "2.3/open-in-scope", "2.6/peak-severity");

    private static Escalation.Builder escalation() {
        return Escalation.builder(Severity.HIGH, OPENED);
    }

    private static Activity riskReduced(Instant at) {
        return Activity.of(ActivityKind.RISK_REDUCED, at);
    }

    private static Activity changed(Instant at) {
        return Activity.of(ActivityKind.SEVERITY_CHANGED, at);
    }


    @Nested
    class FlowchartQuestions {

        private final RuleHarness flowchart = RuleHarness.of("questions.drl");

        @Test
        void anEscalationRelatedToAnActiveProjectIsAPsProjectEscalation() {
            var run = flowchart.run(escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(DriRulesTest.ACTIVE).build());

            assertThat(run.fired()).containsEntry("2.5/ps-project-escalation", 1);
            assertThat(run.derived(PsProjectEscalation.class)).containsExactly(new PsProjectEscalation("Pat PM"));
        }

        @Test
        void anInactiveProjectOrAnUnrelatedEscalationIsNot() {
            var inactive = flowchart.run(escalation().relatedToPsProject(true).build(),
                    account().professionalServicesProject(new ProfessionalServicesProject(false, "Pat PM")).build());
            var unrelated = flowchart.run(escalation().build(),
                    account().professionalServicesProject(DriRulesTest.ACTIVE).build());
            var noProject = flowchart.run(escalation().relatedToPsProject(true).build(), account().build());

            for (var run : List.of(inactive, unrelated, noProject)) {
                assertThat(run.fired()).doesNotContainKey("2.5/ps-project-escalation");
                assertThat(run.derived(PsProjectEscalation.class)).isEmpty();
            }
        }

        @Test
        void aCsmNamedOnTheAccountIsAssignedWhateverTheScope() {
            var run = flowchart.run(account().segment(Segment.OTHER).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.5/csm-assigned", 1));
            assertThat(run.derived()).containsExactly(new CsmAssigned("Casey CSM"));
            var noCsm = flowchart.run(account().team(DriRulesTest.NO_CSM).build());
            assertThat(noCsm.fired()).doesNotContainKey("2.5/csm-assigned");
            assertThat(noCsm.derived(CsmAssigned.class)).isEmpty();
        }
    }

    @Nested
    class MonitoringOrActivelyManaged {

        private static final Instant REDUCED = ago(10, 0);

        @Test
        void riskReducedWithNoLaterChangeIsMonitoring() {
            var run = questions.run(account().build(), escalation().activity(riskReduced(REDUCED)).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.8/monitoring", 1));
            assertThat(run.derived(Monitoring.class)).hasSize(1);
            assertThat(run.derived(ActivelyManaged.class)).isEmpty();
            assertThat(run.reason("2.8/monitoring")).isEqualTo("risk reduced 2026-03-02T05:30:00Z and the severity "
                    + "not changed since: the issue is resolved and the solution monitored");
        }

        @Test
        void withoutRiskReducedItIsActivelyManagedSinceOpening() {
            var run = questions.run(account().build(), escalation().activity(changed(ago(20, 0))).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.8/actively-managed", 1));
            assertThat(run.derived(ActivelyManaged.class)).containsExactly(new ActivelyManaged(OPENED));
            assertThat(run.derived(Monitoring.class)).isEmpty();
            assertThat(run.reason("2.8/actively-managed"))
                    .isEqualTo("open and not monitoring since 2026-02-28T15:30:00Z (a change that ended monitoring: unknown)");
        }

        /** "Strictly after": a change at the very instant of the last RISK_REDUCED keeps monitoring, in either order. */
        @Test
        void aChangeAtTheSameInstantAsTheLastRiskReducedKeepsMonitoring() {
            for (List<Activity> log : List.of(List.of(riskReduced(REDUCED), changed(REDUCED)),
                    List.of(changed(REDUCED), riskReduced(REDUCED)))) {
                var run = questions.run(account().build(), escalation().activity(log).build());

                assertThat(run.fired()).as("log %s", log).isEqualTo(Map.of("2.8/monitoring", 1));
                assertThat(run.derived(ActivelyManaged.class)).isEmpty();
            }
        }

        @Test
        void aChangeOneNanosecondAfterTheLastRiskReducedEndsMonitoringFromThatChange() {
            Instant change = REDUCED.plusNanos(1);
            var run = questions.run(account().build(),
                    escalation().activity(riskReduced(REDUCED), changed(change)).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.8/actively-managed", 1));
            assertThat(run.derived(Monitoring.class)).isEmpty();
            assertThat(run.derived(ActivelyManaged.class)).containsExactly(new ActivelyManaged(change));
            assertThat(run.reason("2.8/actively-managed")).isEqualTo("open and not monitoring since "
                    + "2026-02-28T15:30:00Z (a change that ended monitoring: 2026-03-02T05:30:00.000000001Z)");
        }

        /** The last RISK_REDUCED is the latest by instant, wherever it stands in the log. */
        @Test
        void aRiskReducedAfterTheChangeResumesMonitoring() {
            var run = questions.run(account().build(), escalation().activity(riskReduced(ago(5, 0)),
                    changed(ago(8, 0)), riskReduced(REDUCED)).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.8/monitoring", 1));
            assertThat(run.reason("2.8/monitoring")).startsWith("risk reduced 2026-03-02T10:30:00Z ");
        }

        /** The change that ended monitoring is the first strictly after the last RISK_REDUCED, in any input order. */
        @Test
        void theFirstChangeAfterTheLastRiskReducedIsWhenActiveManagementResumed() {
            var run = questions.run(account().build(), escalation().activity(changed(ago(2, 0)), changed(ago(12, 0)),
                    riskReduced(REDUCED), changed(ago(6, 0))).build());

            assertThat(run.derived(ActivelyManaged.class)).containsExactly(new ActivelyManaged(ago(6, 0)));
        }

        /**
         * The gaps never count from before opening; "open for at least 7 days" counts from the change itself (section
         * 2.8: "counts from it instead of openedAt"), even one logged before the opening.
         */
        @Test
        void activeManagementNeverCountsFromBeforeOpening() {
            Instant change = OPENED.minusSeconds(3600);
            var run = questions.run(account().build(), escalation().activity(riskReduced(OPENED.minusSeconds(7200)),
                    changed(change)).build());

            assertThat(run.derived(ActivelyManaged.class)).containsExactly(new ActivelyManaged(OPENED, change));
        }

        @Test
        void aClosedEscalationIsNeitherMonitoringNorActivelyManaged() {
            var run = questions.run(account().build(),
                    escalation().activity(riskReduced(REDUCED)).closedAt(RuleHarness.NOW).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.10a/closed-in-scope", 1));
            assertThat(run.derived(Monitoring.class)).isEmpty();
            assertThat(run.derived(ActivelyManaged.class)).isEmpty();
        }

        @Test
        void anEscalationOutOfScopeIsNeitherMonitoringNorActivelyManaged() {
            var run = questions.run(account().segment(Segment.OTHER).build(),
                    escalation().activity(riskReduced(REDUCED)).build());

            assertThat(run.fired()).isEmpty();
        }
    }

    @Nested
    class ClosedInScopeQuestion {

        @Test
        void anEscalationClosedAtNowIsClosed() {
            var run = questions.run(account().build(), escalation().closedAt(RuleHarness.NOW).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.10a/closed-in-scope", 1));
            assertThat(run.derived(ClosedInScope.class)).hasSize(1);
            assertThat(run.reason("2.10a/closed-in-scope"))
                    .isEqualTo("closed 2026-03-02T15:30:00Z: the closing steps and the agreements are checked");
        }

        @Test
        void anOpenEscalationOrOneOutOfScopeIsNotClosedInScope() {
            assertThat(questions.run(account().build(), escalation().build()).derived(ClosedInScope.class)).isEmpty();
            var outOfScope = questions.run(account().segment(Segment.OTHER).build(),
                    escalation().closedAt(RuleHarness.NOW).build());
            assertThat(outOfScope.fired()).isEmpty();
            assertThat(outOfScope.derived(ClosedInScope.class)).isEmpty();
        }
    }

    @Nested
    class ProductDriRequiredFrom {

        private Instant since(Escalation.Builder escalation) {
            var run = questions.run(account().build(), escalation.productRelated(true).build());
            assertThat(run.fired()).containsEntry("2.6/product-dri-required-since", 1);
            List<ProductDriRequiredSince> found = run.derived(ProductDriRequiredSince.class);
            assertThat(found).hasSize(1);
            return found.get(0).at();
        }

        @Test
        void anEscalationOpenedHighRequiresItFromTheOpening() {
            assertThat(since(escalation().activity(Activity.severityChanged(ago(3, 0), Severity.CRITICAL))))
                    .isEqualTo(OPENED);
            assertThat(since(escalation().severity(Severity.LOW).openedSeverity(Severity.CRITICAL))).isEqualTo(OPENED);
        }

        @Test
        void anEscalationOpenedMediumRequiresItFromTheFirstRaiseToHighOrCritical() {
            assertThat(since(escalation().openedSeverity(Severity.MEDIUM).activity(
                    Activity.severityChanged(ago(3, 0), Severity.CRITICAL),
                    Activity.severityChanged(ago(30, 0), Severity.LOW),
                    Activity.severityChanged(ago(20, 0), Severity.HIGH)))).isEqualTo(ago(20, 0));
        }

        @Test
        void theReasonNamesTheInstant() {
            var run = questions.run(account().build(), escalation().openedSeverity(Severity.MEDIUM).productRelated(true)
                    .activity(Activity.severityChanged(ago(20, 0), Severity.HIGH)).build());

            assertThat(run.reason("2.6/product-dri-required-since"))
                    .isEqualTo("a product DRI counts as required from 2026-03-01T19:30:00Z");
        }

        /** Never before openedAt: a raise logged before, or exactly at, the opening counts as the opening. */
        @Test
        void aRaiseLoggedBeforeOpeningCountsAsTheOpening() {
            assertThat(since(escalation().openedSeverity(Severity.MEDIUM)
                    .activity(Activity.severityChanged(OPENED.minusSeconds(1), Severity.HIGH)))).isEqualTo(OPENED);
            assertThat(since(escalation().openedSeverity(Severity.MEDIUM)
                    .activity(Activity.severityChanged(OPENED, Severity.HIGH)))).isEqualTo(OPENED);
            assertThat(since(escalation().openedSeverity(Severity.MEDIUM)
                    .activity(Activity.severityChanged(OPENED.plusSeconds(1), Severity.HIGH))))
                    .isEqualTo(OPENED.plusSeconds(1));
        }

        @Test
        void aPeakFromTheSeverityAloneCountsFromTheLastChangeOrTheOpening() {
            assertThat(since(escalation().openedSeverity(Severity.MEDIUM))).isEqualTo(OPENED);
            assertThat(since(escalation().openedSeverity(Severity.MEDIUM).activity(changed(ago(5, 0)),
                    Activity.severityChanged(ago(7, 0), Severity.LOW), changed(ago(9, 0))))).isEqualTo(ago(5, 0));
        }

        @Test
        void notProductRelatedOrOutOfScopeHasNoInstant() {
            var unrelated = questions.run(account().build(), escalation().build());
            var outOfScope = questions.run(account().segment(Segment.OTHER).build(),
                    escalation().productRelated(true).build());

            for (var run : List.of(unrelated, outOfScope)) {
                assertThat(run.fired()).doesNotContainKey("2.6/product-dri-required-since");
                assertThat(run.derived(ProductDriRequiredSince.class)).isEmpty();
            }
        }
    }

    @Nested
    class SeverityBeforeEachChange {

        private List<SeverityChange> changes(RuleHarness.Run run) {
            return run.derived(SeverityChange.class).stream()
                    .sorted(Comparator.comparingInt(SeverityChange::position)).toList();
        }

        @Test
        void eachChangeFollowsThePreviousChangeThatCarriesASeverityInTheOrderOfActivities() {
            var run = questions.run(account().build(), escalation().severity(Severity.CRITICAL)
                    .openedSeverity(Severity.LOW).activity(Activity.severityChanged(ago(3, 0), Severity.CRITICAL),
                            changed(ago(5, 0)), Activity.severityChanged(ago(9, 0), Severity.MEDIUM)).build());

            assertThat(run.fired()).containsEntry("2.7/severity-change", 2);
            assertThat(changes(run)).containsExactly(new SeverityChange(1, ago(9, 0), Severity.LOW, Severity.MEDIUM),
                    new SeverityChange(2, ago(3, 0), Severity.MEDIUM, Severity.CRITICAL));
            assertThat(run.explanation()).filteredOn(e -> e.ruleId().equals("2.7/severity-change"))
                    .extracting(e -> e.reason()).containsExactlyInAnyOrder(
                            "severity changed 2026-03-02T06:30:00Z from LOW to MEDIUM",
                            "severity changed 2026-03-02T12:30:00Z from MEDIUM to CRITICAL");
        }

        @Test
        void withoutAnOpenedSeverityTheFirstChangeFollowsTheSeverityNow() {
            var run = questions.run(account().build(),
                    escalation().activity(Activity.severityChanged(ago(3, 0), Severity.CRITICAL)).build());

            assertThat(changes(run)).containsExactly(new SeverityChange(1, ago(3, 0), Severity.HIGH, Severity.CRITICAL));
        }

        /** Changes at the same instant count in input order. */
        @Test
        void changesAtTheSameInstantFollowEachOtherInInputOrder() {
            Instant at = ago(3, 0);
            var raised = questions.run(account().build(), escalation().openedSeverity(Severity.MEDIUM).activity(
                    Activity.severityChanged(at, Severity.HIGH), Activity.severityChanged(at, Severity.CRITICAL)).build());
            var reversed = questions.run(account().build(), escalation().openedSeverity(Severity.MEDIUM).activity(
                    Activity.severityChanged(at, Severity.CRITICAL), Activity.severityChanged(at, Severity.HIGH)).build());

            assertThat(changes(raised)).containsExactly(new SeverityChange(1, at, Severity.MEDIUM, Severity.HIGH),
                    new SeverityChange(2, at, Severity.HIGH, Severity.CRITICAL));
            assertThat(changes(reversed)).containsExactly(new SeverityChange(1, at, Severity.MEDIUM, Severity.CRITICAL),
                    new SeverityChange(2, at, Severity.CRITICAL, Severity.HIGH));
        }

        @Test
        void aChangeToTheSameSeverityIsStillAChange() {
            var run = questions.run(account().build(), escalation().openedSeverity(Severity.MEDIUM)
                    .activity(Activity.severityChanged(ago(3, 0), Severity.MEDIUM)).build());

            assertThat(changes(run)).containsExactly(new SeverityChange(1, ago(3, 0), Severity.MEDIUM, Severity.MEDIUM));
        }

        @Test
        void changesWithoutASeverityOrOutOfScopeAreNoChanges() {
            var withoutSeverity = questions.run(account().build(), escalation().activity(changed(ago(3, 0))).build());
            var outOfScope = questions.run(account().segment(Segment.OTHER).build(),
                    escalation().activity(Activity.severityChanged(ago(3, 0), Severity.CRITICAL)).build());

            for (var run : List.of(withoutSeverity, outOfScope)) {
                assertThat(run.fired()).doesNotContainKey("2.7/severity-change");
                assertThat(run.derived(SeverityChange.class)).isEmpty();
            }
        }
    }
}
