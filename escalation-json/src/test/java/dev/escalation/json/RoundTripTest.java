package dev.escalation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.ArbitraryCases;
import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.Finding;
import dev.escalation.decision.Moment;
import dev.escalation.decision.Plan;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.Cadence;
import dev.escalation.model.Escalation;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Risk;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Assessment to JSON to assessment gives back an equal record: for the assessments the policy makes of thousands of
 * generated cases, for hand-made ones with every part and custom finding codes, and for replayed moments,
 * settings and the cases themselves.
 */
class RoundTripTest {

    private static final EscalationPolicy POLICY = EscalationPolicy.standard();

    private static void assertRoundTrip(Assessment assessment) {
        assertThat(EscalationJson.readAssessment(EscalationJson.writePretty(assessment))).isEqualTo(assessment);
        assertThat(EscalationJson.readAssessment(EscalationJson.writeCompact(assessment))).isEqualTo(assessment);
    }

    @Test
    void everyAssessmentThePolicyMakesComesBackEqual() {
        List<Assessment> assessments = ArbitraryCases.valid(ArbitraryCases.seed("round trip")).limit(1_000)
                .map(c -> POLICY.assess(c, ArbitraryCases.NOW)).toList();

        assessments.forEach(RoundTripTest::assertRoundTrip);
        // The generated cases reach every part of an assessment, so the round trip proves each.
        assertThat(assessments).anyMatch(a -> a.conversion().isPresent()).anyMatch(a -> a.plan().isPresent())
                .anyMatch(a -> a.closure().isPresent()).anyMatch(a -> a.broadcast().isPresent())
                .anyMatch(a -> !a.messages().isEmpty()).anyMatch(a -> !a.inScope());
        assertThat(assessments.stream().flatMap(a -> a.findings().stream()).map(Finding::code).distinct())
                .hasSizeGreaterThanOrEqualTo(10);
    }

    /** What a client sends reads as the case it wrote: version 2 fields, nulls and empty lists included. */
    @Test
    void everyGeneratedCaseComesBackEqual() {
        List<EscalationCase> cases = ArbitraryCases.valid(ArbitraryCases.seed("cases")).limit(1_000).toList();

        for (EscalationCase escalationCase : cases) {
            CaseInput input = new CaseInput(ArbitraryCases.NOW, escalationCase);
            assertThat(EscalationJson.readCase(EscalationJson.writeCase(input))).isEqualTo(input);
        }
        assertThat(cases).anyMatch(c -> c.situation() != null && c.situation().impact() != null
                && !c.situation().risks().isEmpty()).anyMatch(c -> c.escalation() != null
                && c.escalation().openedSeverity() != null && c.escalation().closedAt() != null
                && c.escalation().activity().stream().anyMatch(a -> a.severity() != null));
    }

    @Test
    void anInvalidCaseIsWrittenAsItIsAndRefusedWhenRead() {
        CaseInput input = new CaseInput(ArbitraryCases.NOW, EscalationCase.of(new Account(" ",
                null, false, null, null)).escalation(Escalation.builder(null, null)
                .activity(Arrays.asList(null, Activity.of(null, null))).build()).build());

        assertThatThrownBy(() -> EscalationJson.readCase(EscalationJson.writeCase(input)))
                .hasMessage("account.name: must not be blank; account.segment: is required; escalation.severity: is "
                        + "required; escalation.openedAt: is required; escalation.activity[0]: is required; "
                        + "escalation.activity[1].kind: is required; escalation.activity[1].at: is required");
    }

    @Test
    void aHandMadeAssessmentWithEveryPartComesBackEqual() {
        assertRoundTrip(HandMade.everything());
    }

    @Test
    void eachPartsExplanationIsThatOfItsClauses() {
        Assessment read = EscalationJson.readAssessment(EscalationJson.writePretty(HandMade.everything()));

        assertThat(read.conversion().orElseThrow().explanation()).allMatch(e -> Conversion.CLAUSES.contains(
                e.policyClause())).hasSize(1);
        assertThat(read.plan().orElseThrow().explanation()).extracting(e -> e.ruleId())
                .containsExactly("2.4/cadence", "2.5/dri", "2.7/channel");
        assertThat(read.closure().orElseThrow().explanation()).allMatch(e -> ClosureDecision.CLAUSES.contains(
                e.policyClause())).hasSize(1);
    }

    @Test
    void standardDetailsComeBackWithTheirJavaTypes() {
        Assessment read = EscalationJson.readAssessment(EscalationJson.writePretty(HandMade.everything()));

        assertThat(read.findings()).isEqualTo(HandMade.everything().findings());
        assertThat(read.findings().get(1).details().get("risks")).isInstanceOf(List.class)
                .isEqualTo(List.of(Risk.CURRENT_ADOPTION, Risk.RENEWAL));
        assertThat(read.findings().get(12).details().get("cadence")).isEqualTo(Cadence.DAILY);
        assertThat(read.findings().get(12).details().get("gap")).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void customCodesComeBackAsTheirJsonTypes() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("text", "2026-03-02T15:30:00Z");
        details.put("count", 7);
        details.put("large", 12_345_678_901L);
        details.put("ratio", 0.25);
        details.put("flag", true);
        details.put("names", List.of("a", "b"));
        details.put("nothing", null);
        Assessment assessment = new Assessment(true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new Finding("SEVERITY_BELOW_TEAM_POLICY", details),
                Finding.of("RENEWAL_AT_RISK", "renewal", "Q3"),
                // A standard code with a detail the table does not know: that detail is a JSON type.
                Finding.of("DRI_UNASSIGNED", "role", EscalationRole.CSM, "team", "EMEA")),
                Optional.empty(), Optional.empty(), Map.of(),
                List.of(HandMade.explanation("team/renewal", "renewal in Q3")), "0.1.0+custom");

        assertRoundTrip(assessment);
    }

    @Test
    void aDetailThatIsNotOfItsTypeComesBackAsItsJsonType() {
        Assessment assessment = new Assessment(true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(Finding.of("CHECKLIST_ITEM_OVERDUE", "item", "a custom item",
                "due", "soon", "overdueBy", new BigDecimal("1.5"))), Optional.empty(), Optional.empty(), Map.of(),
                List.of(), "v");

        Assessment read = EscalationJson.readAssessment(EscalationJson.writeCompact(assessment));

        assertThat(read.findings().get(0).details()).containsExactly(Map.entry("item", "a custom item"),
                Map.entry("due", "soon"), Map.entry("overdueBy", 1.5));
    }

    @Test
    void everyMomentOfAReplayComesBackEqual() {
        List<EscalationCase> cases = ArbitraryCases.valid(ArbitraryCases.seed("moments")).limit(100)
                .filter(c -> c.escalation() != null).limit(10).toList();

        for (EscalationCase escalationCase : cases) {
            for (Moment moment : POLICY.replay(escalationCase, ArbitraryCases.NOW.minus(Duration.ofDays(10)),
                    ArbitraryCases.NOW, Duration.ofHours(12))) {
                assertThat(EscalationJson.readMoment(EscalationJson.writeCompact(moment))).isEqualTo(moment);
            }
        }
    }

    @Test
    void settingsComeBackEqual() {
        List<PolicySettings> settings = List.of(PolicySettings.defaults(),
                PolicySettings.builder().conversionThreshold(Duration.ofMinutes(90)).upgradeProblemCount(5)
                        .customerUpdateGap(Cadence.DAILY, null).customerUpdateGap(Cadence.STANDARD, Duration.ofDays(30))
                        .standupGap(Cadence.MULTIPLE_TIMES_PER_WEEK, null).callLimit(Duration.ofSeconds(1)).build(),
                PolicySettings.builder().calendar(WorkingCalendar.of("America/New_York")).build(),
                PolicySettings.builder().calendar(WorkingCalendar.of("Asia/Dubai")
                        .withWorkingDays(DayOfWeek.SUNDAY, DayOfWeek.MONDAY)
                        .withHolidays(LocalDate.parse("2026-12-02"), LocalDate.parse("2027-01-01"))).build());

        for (PolicySettings setting : settings) {
            assertThat(EscalationJson.readSettings(EscalationJson.writeSettings(setting))).isEqualTo(setting);
        }
    }

    @Test
    void writtenSettingsSpellOutEverySetting() {
        assertThat(EscalationJson.writeSettings(PolicySettings.defaults())).isEqualTo("""
                {
                  "conversionThreshold" : "PT3H",
                  "upgradeProblemCount" : 2,
                  "immediateGrace" : "PT1H",
                  "standupDeadline" : "PT24H",
                  "internalUpdateGap" : "PT24H",
                  "customerUpdateGaps" : {
                    "DAILY" : "PT24H",
                    "MULTIPLE_TIMES_PER_WEEK" : "PT84H",
                    "WEEKLY_TO_BIWEEKLY" : "PT336H",
                    "STANDARD" : null
                  },
                  "customerUpdatesPerWeek" : 3,
                  "customerUpdateWindow" : "PT168H",
                  "callLimit" : "PT3H",
                  "exitCriteriaGrace" : "PT24H",
                  "standupGaps" : {
                    "DAILY" : "PT24H",
                    "MULTIPLE_TIMES_PER_WEEK" : "PT84H",
                    "WEEKLY_TO_BIWEEKLY" : "PT336H",
                    "STANDARD" : null
                  },
                  "calendar" : null
                }""");
    }

    @Test
    void messagesWithoutAPlanAreKept() {
        Assessment everything = HandMade.everything();
        Assessment withoutPlan = new Assessment(true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), everything.messages(), List.of(), "v");

        assertRoundTrip(withoutPlan);
    }

    @Test
    void theReadAssessmentIsAsImmutableAsTheWrittenOne() {
        Assessment read = EscalationJson.readAssessment(EscalationJson.writePretty(HandMade.everything()));
        Plan plan = read.plan().orElseThrow();

        assertThatThrownBy(() -> read.findings().get(1).details().put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.contacts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
