package dev.escalation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.ArbitraryCases;
import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.Blocker;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.ClosureStep;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.EscalationState;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.Moment;
import dev.escalation.decision.Plan;
import dev.escalation.decision.Stakeholder;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
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

    /** What a client sends reads as the case it wrote: version 2 and 3 fields, nulls and empty lists included. */
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
                && c.escalation().activity().stream().anyMatch(a -> a.severity() != null))
                .anyMatch(c -> c.emergency() != null && c.emergency().shiftEndsAt() != null);
        // Every activity kind, version 3's included, is written and read back.
        assertThat(cases.stream().filter(c -> c.escalation() != null).flatMap(c -> c.escalation().activity().stream())
                .map(Activity::kind).distinct()).containsExactlyInAnyOrder(ActivityKind.values());
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
                PolicySettings.builder().handoverWindow(Duration.ofMinutes(45)).managerStepInAfter(Duration.ofDays(3))
                        .gainsightSync(Duration.ofMinutes(30)).closingStepsGrace(Duration.ofHours(8)).build(),
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
                  "calendar" : null,
                  "handoverWindow" : "PT1H",
                  "managerStepInAfter" : "PT24H",
                  "gainsightSync" : "PT2H",
                  "closingStepsGrace" : "PT24H"
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

    /** The hand-made assessment holds every standard finding, so its round trip proves each one's details. */
    @Test
    void theHandMadeAssessmentHoldsEveryStandardFinding() {
        assertThat(HandMade.everything().findings()).extracting(Finding::code)
                .containsExactlyInAnyOrder(Arrays.stream(FindingCode.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void thePartsOfVersion3ComeBackEqual() {
        Assessment everything = HandMade.everything();
        Assessment read = EscalationJson.readAssessment(EscalationJson.writePretty(everything));

        assertThat(read.conversion().orElseThrow().unmet()).containsExactly(
                ConversionTrigger.UPGRADE_WITH_MULTIPLE_PROBLEMS, ConversionTrigger.OUTSIDE_FACTORS_BLOCKED);
        assertThat(read.plan().orElseThrow().state()).isEqualTo(EscalationState.MONITORING);
        assertThat(read.plan().orElseThrow().checklist(ChecklistItem.INFORM_NEWLY_INVOLVED).orElseThrow()
                .stakeholders()).containsExactly(Stakeholder.VP_SALES, Stakeholder.CRO);
        assertThat(read.toNotify()).isEqualTo(everything.toNotify());
        assertThat(read.toNotify().orElseThrow().get(1)).isEqualTo(Assignment.of(EscalationRole.PRODUCT_DRI, null));
        assertThat(read.upcoming()).isEqualTo(everything.upcoming()).hasSize(3);
        assertThat(read.nextReviewAt()).contains(HandMade.NOW.plusSeconds(1800));
    }

    @Test
    void version3DetailsComeBackWithTheirJavaTypes() {
        Map<String, Finding> read = EscalationJson.readAssessment(EscalationJson.writeCompact(HandMade.everything()))
                .findings().stream().collect(java.util.stream.Collectors.toMap(Finding::code, f -> f));

        assertThat(read.get("MANAGER_STEP_IN").details()).containsExactly(Map.entry("manager", "Morgan"),
                Map.entry("codes", List.of(FindingCode.INTERNAL_UPDATE_OVERDUE, FindingCode.STANDUP_OVERDUE)),
                Map.entry("overdueBy", Duration.ofHours(48)));
        assertThat(read.get("GAINSIGHT_CTA_MISSING").details()).containsExactly(
                Map.entry("caseOpenedAt", HandMade.NOW.minus(Duration.ofHours(5))),
                Map.entry("due", HandMade.NOW.minus(Duration.ofHours(2))));
        assertThat(read.get("CHANNEL_ARCHIVED_WHILE_OPEN").details()).isEmpty();
        assertThat(read.get("CLOSED_WITH_BLOCKERS").details()).containsExactly(
                Map.entry("blockers", List.of(Blocker.CUSTOMER_NOT_AGREED, Blocker.DRI_NOT_AGREED)));
        assertThat(read.get("CLOSING_STEP_OVERDUE").details()).containsExactly(
                Map.entry("step", ClosureStep.ARCHIVE_ESCALATION_CHANNEL),
                Map.entry("due", HandMade.NOW.minus(Duration.ofHours(1))));
    }

    /** POLICY.md 2.8: a manager not known is null, written and read back as such. */
    @Test
    void aManagerStepInWithoutAManagerComesBackWithNull() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("manager", null);
        details.put("codes", List.of(FindingCode.CUSTOMER_UPDATE_OVERDUE));
        details.put("overdueBy", Duration.ofMinutes(1));
        Assessment assessment = new Assessment(true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new Finding("MANAGER_STEP_IN", details)), Optional.empty(),
                Optional.empty(), Map.of(), List.of(), "v");

        assertThat(EscalationJson.writeCompact(assessment)).contains("{\"code\":\"MANAGER_STEP_IN\","
                + "\"manager\":null,\"codes\":[\"CUSTOMER_UPDATE_OVERDUE\"],\"overdueBy\":\"PT1M\"}");
        assertRoundTrip(assessment);
    }

    /** A code of a custom rule in {@code codes} is no {@link FindingCode}: the list comes back as text. */
    @Test
    void codesThatAreNotAllStandardComeBackAsText() {
        Assessment assessment = new Assessment(true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(Finding.of(FindingCode.MANAGER_STEP_IN, "codes",
                List.of("STANDUP_OVERDUE", "RENEWAL_AT_RISK"))), Optional.empty(), Optional.empty(), Map.of(),
                List.of(), "v");

        assertRoundTrip(assessment);
    }

    @Test
    void anUpcomingEntryOfACustomCodeWithoutItemOrStepComesBackEqual() {
        Assessment assessment = new Assessment(true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Map.of(), List.of(), "v",
                Optional.empty(), List.of(Upcoming.of("RENEWAL_AT_RISK", HandMade.NOW),
                Upcoming.of("CALL_OVER_THREE_HOURS", HandMade.NOW)));

        assertRoundTrip(assessment);
        assertThat(EscalationJson.readAssessment(EscalationJson.writeCompact(assessment)).nextReviewAt())
                .contains(HandMade.NOW);
    }

    @Test
    void version3PartsAtFaultAreNamed() {
        String json = EscalationJson.writeCompact(HandMade.everything())
                .replace("\"state\":\"MONITORING\"", "\"state\":\"PAUSED\"")
                .replace(",\"stakeholders\":[\"VP_SALES\",\"CRO\"]", "")
                .replace("\"unmet\":[\"UPGRADE_WITH_MULTIPLE_PROBLEMS\",", "\"unmet\":[\"SLOW\",")
                .replace("{\"role\":\"PRODUCT_DRI\",\"name\":null}", "{\"name\":\"Pat\"}")
                .replace("\"at\":\"2026-03-02T16:00:00Z\",\"item\":\"ADD_PRODUCT_DRI_TO_CHANNEL\"",
                        "\"item\":\"NAP\"");

        assertThatThrownBy(() -> EscalationJson.readAssessment(json)).hasMessage("conversion.unmet[0]: unknown "
                + "value \"SLOW\" (expected one of UPGRADE_WITH_MULTIPLE_PROBLEMS, LONG_RUNNING_NO_RESOLUTION, "
                + "OUTSIDE_FACTORS_BLOCKED, RECENT_PS_ENGAGEMENT); plan.checklist[2].stakeholders: is required; "
                + "plan.state: unknown value \"PAUSED\" (expected one of OPEN, MONITORING, CLOSED); notify[1].role: "
                + "is required; upcoming[0].at: is required; upcoming[0].item: unknown value \"NAP\" (expected one of "
                + String.join(", ", Arrays.stream(ChecklistItem.values()).map(Enum::name).toList()) + ")");
    }

    @Test
    void theNextReviewMustBeTheFirstUpcomingInstant() {
        String json = EscalationJson.writeCompact(HandMade.everything());

        assertThatThrownBy(() -> EscalationJson.readAssessment(json.replace(
                "\"nextReviewAt\":\"2026-03-02T16:00:00Z\"", "\"nextReviewAt\":\"2026-03-02T17:30:00Z\"")))
                .hasMessage("nextReviewAt: must be the first instant of upcoming (2026-03-02T16:00:00Z), was "
                        + "2026-03-02T17:30:00Z");
        assertThatThrownBy(() -> EscalationJson.readAssessment(json.replace(
                ",\"nextReviewAt\":\"2026-03-02T16:00:00Z\"", "")))
                .hasMessage("nextReviewAt: is required");
        assertThatThrownBy(() -> EscalationJson.readAssessment(json.replaceAll("\"upcoming\":\\[.*?\\],", "\"upcoming\":[],")))
                .hasMessage("nextReviewAt: must be the first instant of upcoming (none: then nextReviewAt is absent), "
                        + "was 2026-03-02T16:00:00Z");
    }
}
