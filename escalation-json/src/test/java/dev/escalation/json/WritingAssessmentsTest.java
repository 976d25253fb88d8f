package dev.escalation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Plan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys of an assessment, version 2 of POLICY.md section 3: where each goes, when it is there. */
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
                "findings", "closure", "broadcast", "messages", "explanation", "policyVersion");
        assertThat(json.get("suggestedSeverity").textValue()).isEqualTo("HIGH");
    }

    @Test
    void aRecommendedConversionNamesTheContactsByRole() throws Exception {
        JsonNode conversion = written(HandMade.everything()).get("conversion");

        assertThat(keys(conversion)).containsExactly("recommended", "triggers", "actions", "contacts", "contactNames");
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

        assertThat(keys(json.get("conversion"))).containsExactly("recommended", "triggers", "actions");
        assertThat(keys(json)).containsExactly("inScope", "conversion", "routes", "findings", "explanation",
                "policyVersion");
    }

    @Test
    void thePlanGivesThePeakSeverityAfterTheSeverityAndNullForWhomNobodyIs() throws Exception {
        JsonNode plan = written(HandMade.everything()).get("plan");

        assertThat(keys(plan)).containsExactly("severity", "peakSeverity", "cadence", "involvement", "dri",
                "leadTechnicalCollaborator", "caseOwner", "contacts", "contactNames", "productDriRequired",
                "productLeader", "channel", "checklist");
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
}
