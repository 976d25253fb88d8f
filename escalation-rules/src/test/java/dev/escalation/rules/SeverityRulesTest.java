package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.Stakeholder;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Cadence;
import dev.escalation.model.Escalation;
import dev.escalation.model.Impact;
import dev.escalation.model.Risk;
import dev.escalation.model.Severity;
import dev.escalation.model.Situation;
import dev.escalation.rules.facts.ActivelyManaged;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.RiskRow;
import dev.escalation.rules.facts.HighestRiskRow;
import dev.escalation.rules.facts.SuggestedSeverity;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * severity.drl: POLICY.md 2.4 and 2.4a (S2: Definitions of Severity Levels).
 *
 * <p>Literal readings of 2.4a, which computes "the highest level among the risks" and then caps it: "the risks that set
 * it" are the risks of that highest row, before the cap (so {SOLUTION_LOSS, RENEWAL} without significant impact
 * suggest MEDIUM, set by SOLUTION_LOSS alone); an impact that is not given is not {@code SIGNIFICANT}; "below the
 * suggestion" is strictly lower, comparing the severity now. Monitoring (v3) is section 1's: a
 * {@code SEVERITY_CHANGED} at the same instant as the last {@code RISK_REDUCED} keeps it, one a nanosecond later ends
 * it and brings the finding back.
 */
class SeverityRulesTest {

    private static final EnumSet<Stakeholder> SIX = EnumSet.of(Stakeholder.VP_SALES, Stakeholder.PRODUCT,
            Stakeholder.CRO, Stakeholder.CEO, Stakeholder.VP_CUSTOMER_SUCCESS, Stakeholder.GLOBAL_PUBSEC_CSM_LEADER);

    private final RuleHarness severity = RuleHarness.of("severity.drl");

    @Nested
    class CadenceAndInvolvement {

        @Test
        void criticalIsDailyWithTheSixExecutives() {
            var run = severity.run(new InScope(), escalation().severity(Severity.CRITICAL).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.4/critical-daily", 1, "2.4/involvement", 1));
            assertThat(run.derived(Cadence.class)).containsExactly(Cadence.DAILY);
            assertThat(run.derived(Stakeholder.class)).containsExactlyInAnyOrderElementsOf(SIX);
            assertThat(run.explanation()).anyMatch(e -> e.ruleId().equals("2.4/involvement") && e.reason().equals(
                    "severity CRITICAL: involve VP_SALES, PRODUCT, CRO, CEO, VP_CUSTOMER_SUCCESS, GLOBAL_PUBSEC_CSM_LEADER"));
        }

        @Test
        void highIsMultipleTimesPerWeekWithTheSameSix() {
            var run = severity.run(new InScope(), escalation().severity(Severity.HIGH).build());

            assertThat(run.fired())
                    .isEqualTo(Map.of("2.4/high-multiple-times-per-week", 1, "2.4/involvement", 1));
            assertThat(run.derived(Cadence.class)).containsExactly(Cadence.MULTIPLE_TIMES_PER_WEEK);
            assertThat(run.derived(Stakeholder.class)).containsExactlyInAnyOrderElementsOf(SIX);
        }

        @Test
        void mediumIsWeeklyToBiweeklyWithTheGlobalPubSecLeaderOnly() {
            var run = severity.run(new InScope(), escalation().severity(Severity.MEDIUM).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.4/medium", 1, "2.4/involvement", 1));
            assertThat(run.derived(Cadence.class)).containsExactly(Cadence.WEEKLY_TO_BIWEEKLY);
            assertThat(run.derived(Stakeholder.class)).containsExactly(Stakeholder.GLOBAL_PUBSEC_CSM_LEADER);
            assertThat(run.explanation()).anyMatch(e -> e.ruleId().equals("2.4/involvement")
                    && e.reason().equals("severity MEDIUM: involve GLOBAL_PUBSEC_CSM_LEADER"));
        }

        @Test
        void lowIsStandardWithRegionalManagerAndAccountManager() {
            var run = severity.run(new InScope(), escalation().severity(Severity.LOW).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.4/low", 1, "2.4/involvement", 1));
            assertThat(run.derived(Cadence.class)).containsExactly(Cadence.STANDARD);
            assertThat(run.derived(Stakeholder.class)).containsExactlyInAnyOrder(Stakeholder.REGIONAL_CSM_MANAGER,
                    Stakeholder.ACCOUNT_MANAGER);
        }

        /** Cadence and involvement follow the severity now, not the peak (POLICY.md 2.6). */
        @Test
        void aLoweredEscalationIsWorkedAtItsSeverityNow() {
            var run = severity.run(new InScope(), escalation().severity(Severity.LOW).openedSeverity(Severity.CRITICAL)
                    .build());

            assertThat(run.fired()).isEqualTo(Map.of("2.4/low", 1, "2.4/involvement", 1));
            assertThat(run.derived(Stakeholder.class)).containsExactlyInAnyOrder(Stakeholder.REGIONAL_CSM_MANAGER,
                    Stakeholder.ACCOUNT_MANAGER);
        }

        @ParameterizedTest
        @EnumSource(Severity.class)
        void outOfScopeEscalationsGetNoCadence(Severity level) {
            assertThat(severity.run(escalation().severity(level).build()).fired()).isEmpty();
        }
    }

    @Nested
    class SuggestedSeverityOfTheRisks {

        private static Situation risks(Impact impact, Risk... risks) {
            return Situation.NONE.withImpact(impact).withRisks(risks);
        }

        private SuggestedSeverity suggested(RuleHarness.Run run) {
            List<SuggestedSeverity> found = run.derived(SuggestedSeverity.class);
            assertThat(found).hasSize(1);
            return found.get(0);
        }

        /** Each risk belongs to the highest row of the table that names it, and the table has one row per risk. */
        @ParameterizedTest
        @CsvSource({
            "SOLUTION_LOSS, CRITICAL", "CUSTOMER_LOSS_LIKELY, CRITICAL", "SIGNIFICANT_CONTRACTION, CRITICAL",
            "RELATIONSHIP_AND_BRAND, CRITICAL", "CURRENT_ADOPTION, HIGH", "CUSTOMER_LOSS, HIGH", "CONTRACTION, HIGH",
            "FUTURE_GROWTH, HIGH", "RELATIONSHIP_DAMAGE, HIGH", "RENEWAL, MEDIUM", "VALUE_REALIZATION, LOW",
            "TIMELINE, LOW", "SATISFACTION, LOW", "ADOPTION_LEVELS, LOW"})
        void withSignificantImpactEachRiskSuggestsItsRow(Risk risk, Severity row) {
            var run = severity.run(risks(Impact.SIGNIFICANT, risk));

            assertThat(run.derived(RiskRow.class)).containsExactly(new RiskRow(risk, row));
            assertThat(suggested(run)).isEqualTo(new SuggestedSeverity(row, List.of(risk)));
            assertThat(run.fired()).containsEntry("2.4a/highest-row", 1)
                    .containsEntry(row.isBelow(Severity.HIGH) ? "2.4a/medium-or-low" : "2.4a/significant-impact", 1)
                    .doesNotContainKey("2.4a/capped-at-medium");
        }

        @ParameterizedTest
        @CsvSource(nullValues = "none", value = {"SOME", "none"})
        void withoutSignificantImpactTheHighestRowIsCappedAtMediumAndSetByItsRisks(Impact impact) {
            var run = severity.run(risks(impact, Risk.SOLUTION_LOSS, Risk.CONTRACTION, Risk.RENEWAL,
                    Risk.SIGNIFICANT_CONTRACTION));

            assertThat(run.derived(HighestRiskRow.class)).containsExactly(new HighestRiskRow(Severity.CRITICAL,
                    List.of(Risk.SOLUTION_LOSS, Risk.SIGNIFICANT_CONTRACTION)));
            assertThat(suggested(run)).isEqualTo(new SuggestedSeverity(Severity.MEDIUM,
                    List.of(Risk.SOLUTION_LOSS, Risk.SIGNIFICANT_CONTRACTION)));
            assertThat(run.fired()).containsEntry("2.4a/capped-at-medium", 1)
                    .doesNotContainKeys("2.4a/significant-impact", "2.4a/medium-or-low");
            assertThat(run.explanation()).anyMatch(e -> e.reason().equals("decide which escalation level to use: "
                    + "MEDIUM; SOLUTION_LOSS, SIGNIFICANT_CONTRACTION belong to the CRITICAL row, which needs major "
                    + "issues significantly impacting use (impact " + (impact == null ? "unknown" : impact) + ")"));
        }

        @Test
        void aMediumOrLowRowNeedsNoSignificantImpact() {
            var run = severity.run(risks(Impact.SOME, Risk.RENEWAL, Risk.TIMELINE));

            assertThat(suggested(run)).isEqualTo(new SuggestedSeverity(Severity.MEDIUM, List.of(Risk.RENEWAL)));
            assertThat(run.fired()).containsEntry("2.4a/medium-or-low", 1).doesNotContainKey("2.4a/capped-at-medium");
        }

        @Test
        void theHighestRowWinsAndOnlyItsRisksSetIt() {
            var run = severity.run(risks(Impact.SIGNIFICANT, Risk.TIMELINE, Risk.CUSTOMER_LOSS, Risk.FUTURE_GROWTH,
                    Risk.RENEWAL));

            assertThat(suggested(run)).isEqualTo(new SuggestedSeverity(Severity.HIGH,
                    List.of(Risk.CUSTOMER_LOSS, Risk.FUTURE_GROWTH)));
            assertThat(run.fired()).containsEntry("2.4a/high-row", 2).containsEntry("2.4a/medium-row", 1)
                    .containsEntry("2.4a/low-row", 1)
                    .doesNotContainKey("2.4a/critical-row");
        }

        @Test
        void noRisksNoSuggestion() {
            var run = severity.run(risks(Impact.SIGNIFICANT), new InScope(), new ActivelyManaged(ago(1, 0)),
                    escalation().severity(Severity.LOW).build());

            assertThat(run.derived(SuggestedSeverity.class)).isEmpty();
            assertThat(run.fired()).isEqualTo(Map.of("2.4/low", 1, "2.4/involvement", 1));
        }

        /** The suggestion is withdrawn when a risk of a higher row is derived after it was concluded. */
        @Test
        void aHigherRowArrivingLateReplacesTheEarlierSuggestion() {
            var run = RuleHarness.withArrivals("severity.drl").run(risks(Impact.SIGNIFICANT, Risk.RENEWAL),
                    new Arrival(new RiskRow(Risk.SOLUTION_LOSS, Severity.CRITICAL)));

            assertThat(suggested(run)).isEqualTo(new SuggestedSeverity(Severity.CRITICAL, List.of(Risk.SOLUTION_LOSS)));
            assertThat(run.fired()).containsEntry("2.4a/medium-or-low", 1).containsEntry("2.4a/significant-impact", 1);
            assertThat(run.explanation()).noneMatch(e -> e.ruleId().equals("2.4a/medium-or-low"));
        }
    }

    @Nested
    class BelowTheSuggestion {

        private static final Situation CUSTOMER_LOSS = Situation.NONE.withImpact(Impact.SIGNIFICANT)
                .withRisks(Risk.CUSTOMER_LOSS, Risk.TIMELINE);

        @Test
        void anOpenEscalationBelowTheSuggestionIsFlaggedWithTheRisksThatSetIt() {
            var run = severity.run(CUSTOMER_LOSS, new InScope(), new ActivelyManaged(ago(1, 0)),
                    escalation().severity(Severity.MEDIUM).build());

            assertThat(run.fired()).containsEntry("2.4a/severity-below-suggested", 1);
            assertThat(run.derived(Finding.class)).singleElement().satisfies(f -> {
                assertThat(f.is(FindingCode.SEVERITY_BELOW_SUGGESTED)).isTrue();
                assertThat(f.details()).containsEntry("severity", Severity.MEDIUM).containsEntry("suggested", Severity.HIGH)
                        .containsEntry("risks", List.of(Risk.CUSTOMER_LOSS));
                assertThat(f.details().keySet()).containsExactly("severity", "suggested", "risks");
            });
        }

        @ParameterizedTest
        @EnumSource(value = Severity.class, names = {"HIGH", "CRITICAL"})
        void atOrAboveTheSuggestionNothingIsFlagged(Severity level) {
            var run = severity.run(CUSTOMER_LOSS, new InScope(), new ActivelyManaged(ago(1, 0)), escalation().severity(level).build());

            assertThat(run.fired()).doesNotContainKey("2.4a/severity-below-suggested");
            assertThat(run.derived(Finding.class)).isEmpty();
        }

        @Test
        void aClosedEscalationOrOneOutOfScopeIsNotFlagged() {
            assertThat(severity.run(CUSTOMER_LOSS, new InScope(), escalation().severity(Severity.LOW).build()).fired())
                    .doesNotContainKey("2.4a/severity-below-suggested");
            assertThat(severity.run(CUSTOMER_LOSS, escalation().severity(Severity.LOW).build()).fired())
                    .doesNotContainKey("2.4a/severity-below-suggested");
        }
    
        /** Monitoring stops the finding (2.8, v3), as questions.drl answers it from the activity log. */
        @Test
        void aMonitoringEscalationBelowTheSuggestionIsNotFlaggedUntilAChangeStrictlyAfterTheRiskReduced() {
            var withQuestions = RuleHarness.of("questions.drl", "severity.drl");
            Instant reduced = ago(5, 0);
            Escalation.Builder medium = escalation().severity(Severity.MEDIUM);

            var monitoring = withQuestions.run(CUSTOMER_LOSS, Fixtures.account().build(),
                    medium.activity(Activity.of(ActivityKind.RISK_REDUCED, reduced)).build());
            var changedThen = withQuestions.run(CUSTOMER_LOSS, Fixtures.account().build(),
                    medium.activity(Activity.of(ActivityKind.RISK_REDUCED, reduced),
                            Activity.of(ActivityKind.SEVERITY_CHANGED, reduced)).build());
            var changedLater = withQuestions.run(CUSTOMER_LOSS, Fixtures.account().build(),
                    medium.activity(Activity.of(ActivityKind.RISK_REDUCED, reduced),
                            Activity.of(ActivityKind.SEVERITY_CHANGED, reduced.plusNanos(1))).build());

            for (var run : List.of(monitoring, changedThen)) {
                assertThat(run.fired()).containsEntry("2.8/monitoring", 1)
                        .doesNotContainKey("2.4a/severity-below-suggested");
                assertThat(run.derived(Finding.class)).isEmpty();
            }
            assertThat(changedLater.fired()).containsEntry("2.8/actively-managed", 1)
                    .containsEntry("2.4a/severity-below-suggested", 1);
            assertThat(changedLater.derived(Finding.class)).singleElement()
                    .satisfies(f -> assertThat(f.is(FindingCode.SEVERITY_BELOW_SUGGESTED)).isTrue());
        }
    }
}
