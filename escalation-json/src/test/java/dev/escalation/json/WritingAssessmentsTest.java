package dev.escalation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.EscalationState;
import dev.escalation.decision.Plan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys of an assessment, version 3 of POLICY.md section 3: where each goes, when it is there. */
class WritingAssessmentsTest {

    private static JsonNode written(Assessment assessment) throws Exception {
        return new ObjectMapper().readTree(EscalationJson.writePretty(assessment));
    }

    private static List<String> keys(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }

    @Test
    void everyPartInTheDocumentedOrder() throws Exception {
        JsonNode json = written(HandMade.everything());

        assertThat(keys(json)).containsExactly("inScope", "conversion", "routes", "suggestedSeverity", "plan",
                "findings", "closure", "broadcast", "notify", "upcoming", "nextReviewAt", "messages", "explanation",
                "policyVersion");
        assertThat(json.get("suggestedSeverity").textValue()).isEqualTo("HIGH");
    }

    @Test
    void aRecommendedConversionNamesTheContactsByRole() throws Exception {
        JsonNode conversion = written(HandMade.everything()).get("conversion");

        assertThat(keys(conversion)).containsExactly("recommended", "triggers", "actions", "unmet", "contacts",
                "contactNames");
        assertThat(conversion.get("contacts")).extracting(JsonNode::textValue)
                .containsExactly("CSM", "SUPPORT_MANAGER_ON_CALL");
        assertThat(conversion.get("contactNames")).extracting(JsonNode::textValue).containsExactly("Casey", null);
    }

    @Test
    void aConversionNotRecommendedHasNoContacts() throws Exception {
        Assessment everything = HandMade.everything();
        Conversion conversion = everything.conversion().orElseThrow();
        Assessment advisedAgainst = new Assessment(true, Optional.of(new Conversion(false, List.of(),
                conversion.actions(), List.of(), conversion.explanation())), everything.routes(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Map.of(), everything.explanation(),
                everything.policyVersion());

        JsonNode json = written(advisedAgainst);

        assertThat(keys(json.get("conversion"))).containsExactly("recommended", "triggers", "actions", "unmet");
        assertThat(json.get("conversion").get("unmet").toString()).isEqualTo("[]");
        assertThat(keys(json)).containsExactly("inScope", "conversion", "routes", "findings", "upcoming",
                "explanation", "policyVersion");
    }

    @Test
    void thePlanGivesThePeakSeverityAfterTheSeverityAndNullForWhomNobodyIs() throws Exception {
        JsonNode plan = written(HandMade.everything()).get("plan");

        assertThat(keys(plan)).containsExactly("severity", "peakSeverity", "cadence", "involvement", "dri",
                "leadTechnicalCollaborator", "caseOwner", "contacts", "contactNames", "productDriRequired",
                "productLeader", "channel", "checklist", "state");
        assertThat(plan.get("contactNames").toString()).isEqualTo("[\"Casey\",null]");
        assertThat(plan.get("peakSeverity").textValue()).isEqualTo("CRITICAL");
        assertThat(plan.get("leadTechnicalCollaborator").isNull()).isTrue();
    }

    @Test
    void aPlanWithoutCaseOwnerSaysNull() throws Exception {
        Assessment everything = HandMade.everything();
        Plan plan = everything.plan().orElseThrow();
        Plan withoutOwner = new Plan(plan.severity(), plan.peakSeverity(), plan.cadence(), plan.involvement(),
                plan.dri(), plan.leadTechnicalCollaborator(), Optional.empty(), plan.contacts(),
                plan.productDriRequired(), plan.productLeader(), plan.channel(), plan.checklist(), plan.explanation());

        JsonNode json = written(new Assessment(true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(withoutOwner), List.of(), Optional.empty(), Optional.empty(), Map.of(), List.of(), "v"));

        assertThat(json.at("/plan/caseOwner").isNull()).isTrue();
        assertThat(json.at("/plan/dri/name").textValue()).isEqualTo("Casey");
    }

    @Test
    void theNewFindingsWriteTheirDetails() throws Exception {
        JsonNode findings = written(HandMade.everything()).get("findings");

        assertThat(findings.get(1).toString()).isEqualTo("{\"code\":\"SEVERITY_BELOW_SUGGESTED\",\"severity\":"
                + "\"MEDIUM\",\"suggested\":\"HIGH\",\"risks\":[\"CURRENT_ADOPTION\",\"RENEWAL\"]}");
        assertThat(findings.get(12).toString()).isEqualTo("{\"code\":\"STANDUP_OVERDUE\",\"cadence\":\"DAILY\","
                + "\"since\":\"2026-02-27T15:30:00Z\",\"lastStandup\":\"2026-02-27T15:30:00Z\",\"gap\":\"PT72H\","
                + "\"limit\":\"PT24H\"}");
    }

    /** The rule id comes first: it is stable across rewordings of a rule, and says which part a rule explains. */
    @Test
    void eachExplanationStartsWithTheRuleId() throws Exception {
        JsonNode explanation = written(HandMade.everything()).get("explanation").get(0);

        assertThat(explanation.toString()).isEqualTo("{\"id\":\"2.1/long-running\",\"rule\":\"Rule 2.1/long-running\","
                + "\"section\":\"S2: Section of 2.1/long-running\",\"reason\":\"running 4 h\"}");
    }

    @Test
    void theConversionNamesThePrimaryTriggersThatDoNotHoldInDeclarationOrder() throws Exception {
        JsonNode conversion = written(HandMade.everything()).get("conversion");

        assertThat(conversion.get("unmet").toString())
                .isEqualTo("[\"UPGRADE_WITH_MULTIPLE_PROBLEMS\",\"OUTSIDE_FACTORS_BLOCKED\"]");
    }

    @Test
    void thePlanSaysWhereTheEscalationStands() throws Exception {
        assertThat(written(HandMade.everything()).at("/plan/state").textValue()).isEqualTo("MONITORING");
    }

    @Test
    void onlyTheEntryOfASeverityChangeNamesStakeholders() throws Exception {
        JsonNode checklist = written(HandMade.everything()).at("/plan/checklist");

        assertThat(checklist.get(0).toString()).isEqualTo("{\"item\":\"DECLARE_ESCALATION\","
                + "\"due\":\"2026-03-02T14:30:00Z\",\"done\":true}");
        assertThat(checklist.get(1).toString())
                .isEqualTo("{\"item\":\"POST_CADENCE_UPDATES\",\"due\":null,\"done\":false}");
        assertThat(checklist.get(2).toString()).isEqualTo("{\"item\":\"INFORM_NEWLY_INVOLVED\","
                + "\"due\":\"2026-03-02T15:20:00Z\",\"done\":false,\"stakeholders\":[\"VP_SALES\",\"CRO\"]}");
    }

    @Test
    void anEntryOfASeverityChangeWithoutStakeholdersSaysSo() throws Exception {
        Plan plan = HandMade.everything().plan().orElseThrow();
        Plan nobodyNew = new Plan(plan.severity(), plan.peakSeverity(), plan.cadence(), plan.involvement(),
                plan.dri(), plan.leadTechnicalCollaborator(), plan.caseOwner(), plan.contacts(),
                plan.productDriRequired(), plan.productLeader(), plan.channel(),
                List.of(new ChecklistEntry(ChecklistItem.INFORM_NEWLY_INVOLVED, Optional.empty(), true)),
                plan.explanation(), EscalationState.OPEN);

        JsonNode json = written(new Assessment(true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(nobodyNew), List.of(), Optional.empty(), Optional.empty(), Map.of(), List.of(), "v"));

        assertThat(json.at("/plan/checklist/0/stakeholders").toString()).isEqualTo("[]");
        assertThat(json.at("/plan/state").textValue()).isEqualTo("OPEN");
    }

    @Test
    void notifyNamesEachRoleAndNullForANameNotKnown() throws Exception {
        assertThat(written(HandMade.everything()).get("notify").toString()).isEqualTo("[{\"role\":\"CSM\","
                + "\"name\":\"Casey\"},{\"role\":\"PRODUCT_DRI\",\"name\":null},{\"role\":\"SUPPORT_DRI\","
                + "\"name\":\"Sam\"}]");
    }

    @Test
    void notifyIsAbsentUnlessTheAssessmentHasItAndEmptyWhenItHasNobody() throws Exception {
        Assessment nobody = new Assessment(true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.of(true), Map.of(), List.of(), "v",
                Optional.of(List.of()), List.of());

        assertThat(written(nobody).get("notify").toString()).isEqualTo("[]");
        assertThat(written(new Assessment(true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.of(true), Map.of(), List.of(), "v")).has(
                "notify")).isFalse();
    }

    @Test
    void upcomingIsSortedAndNamesTheItemOrStepAndTheFirstInstantIsTheNextReview() throws Exception {
        JsonNode json = written(HandMade.everything());

        assertThat(json.get("upcoming").toString()).isEqualTo("[{\"code\":\"CHECKLIST_ITEM_OVERDUE\","
                + "\"at\":\"2026-03-02T16:00:00Z\",\"item\":\"ADD_PRODUCT_DRI_TO_CHANNEL\"},"
                + "{\"code\":\"CLOSING_STEP_OVERDUE\",\"at\":\"2026-03-02T17:30:00Z\",\"step\":\"UPDATE_CSM_SENTIMENT\"},"
                + "{\"code\":\"LONG_RUNNING_NO_RESOLUTION\",\"at\":\"2026-03-02T17:30:00Z\"}]");
        assertThat(json.get("nextReviewAt").textValue()).isEqualTo("2026-03-02T16:00:00Z");
    }

    @Test
    void nothingUpcomingIsAnEmptyListAndNoNextReview() throws Exception {
        JsonNode json = written(new Assessment(false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Map.of(), List.of(), "v"));

        assertThat(json.get("upcoming").toString()).isEqualTo("[]");
        assertThat(json.has("nextReviewAt")).isFalse();
    }

    @Test
    void theFindingsOfVersion3WriteTheirDetails() throws Exception {
        JsonNode findings = written(HandMade.everything()).get("findings");

        assertThat(findings.get(14).toString()).isEqualTo("{\"code\":\"MANAGER_STEP_IN\",\"manager\":\"Morgan\","
                + "\"codes\":[\"INTERNAL_UPDATE_OVERDUE\",\"STANDUP_OVERDUE\"],\"overdueBy\":\"PT48H\"}");
        assertThat(findings.get(15).toString()).isEqualTo("{\"code\":\"GAINSIGHT_CTA_MISSING\","
                + "\"caseOpenedAt\":\"2026-03-02T10:30:00Z\",\"due\":\"2026-03-02T13:30:00Z\"}");
        assertThat(findings.get(16).toString()).isEqualTo("{\"code\":\"CHANNEL_ARCHIVED_WHILE_OPEN\"}");
        assertThat(findings.get(17).toString()).isEqualTo("{\"code\":\"CLOSED_WITH_BLOCKERS\","
                + "\"blockers\":[\"CUSTOMER_NOT_AGREED\",\"DRI_NOT_AGREED\"]}");
        assertThat(findings.get(18).toString()).isEqualTo("{\"code\":\"CLOSING_STEP_OVERDUE\","
                + "\"step\":\"ARCHIVE_ESCALATION_CHANNEL\",\"due\":\"2026-03-02T14:30:00Z\"}");
    }
}
