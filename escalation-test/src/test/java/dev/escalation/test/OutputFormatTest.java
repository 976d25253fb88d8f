package dev.escalation.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.ClosureStep;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.Upcoming;
import dev.escalation.json.EscalationJson;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Closure;
import dev.escalation.model.Event;
import dev.escalation.model.Risk;
import dev.escalation.model.Situation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which expect keys are paths of decide's output, and how a path finds its value. */
class OutputFormatTest {

    /** Every path to a value in a decision: its keys, and its lists' indexes. */
    private static void paths(JsonNode node, String prefix, List<String> out) {
        if (!prefix.isEmpty()) {
            out.add(prefix);
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                paths(field.getValue(), prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths(node.get(i), prefix + "." + i, out);
            }
        }
    }

    @Test
    void everyPathOfRealDecisionsIsAPathOfTheFormat() {
        List<JsonNode> decisions = new ArrayList<>();
        for (var aCase : List.of(
                TestCases.aCase()
                        .emergency(e -> e.startedAt(TestCases.hoursAgo(5)).callStartedAt(TestCases.hoursAgo(4)))
                        .situation(Situation.NONE.withAccountAtRisk(true).withRisks(Risk.values()[0])),
                TestCases.aCase().escalation(e -> e.productRelated(true)
                        .activity(Activity.of(ActivityKind.DECLARED, TestCases.hoursAgo(1)))).event(Event.OPENED),
                TestCases.aCase().escalation(e -> e.closure(TestCases.closure().build())).event(Event.CLOSED))) {
            decisions.add(JsonValues.tree(EscalationJson.writeCompact(aCase.assess(EscalationPolicy.standard()))));
        }
        List<String> paths = new ArrayList<>();
        decisions.forEach(decision -> paths(decision, "", paths));

        assertThat(paths).hasSizeGreaterThan(100).allSatisfy(path -> assertThat(OutputFormat.problem(path))
                .as(path).isEmpty());
        assertThat(paths).contains("plan.dri.role", "closure.ready", "messages.declaration.text",
                "findings.0.callStartedAt", "suggestedSeverity", "explanation.0.id");
    }

    /** Version 3: every key of section 3, those that only some elements of a list have included. */
    @Test
    void theKeysOfVersion3ArePathsOfTheFormat() {
        assertThat(List.of("conversion.unmet", "conversion.unmet.0", "plan.state", "plan.checklist.4.stakeholders",
                "plan.checklist.0.stakeholders.1", "plan.checklist.0.done", "notify", "notify.2.role", "notify.0.name",
                "upcoming", "upcoming.0.code", "upcoming.3.at", "upcoming.0.item", "upcoming.0.step", "nextReviewAt"))
                .allSatisfy(path -> assertThat(OutputFormat.problem(path)).as(path).isEmpty());
        assertThat(OutputFormat.problem("upcoming.0.finding")).contains("not a path of decide's output: upcoming.0 "
                + "has no key \"finding\" (upcoming.0 has code, at, item, step)");
        assertThat(OutputFormat.problem("notify.0.email")).contains("not a path of decide's output: notify.0 has no "
                + "key \"email\" (notify.0 has role, name)");
        assertThat(OutputFormat.problem("nextReviewAt.date")).contains("not a path of decide's output: nextReviewAt "
                + "is a single value, without \"date\" or any other key");
        assertThat(OutputFormat.problem("plan.checklist.0")).isEmpty();
    }

    @Test
    void aFindingMayHaveAnyDetailSinceCustomRulesGiveTheirOwn() {
        assertThat(OutputFormat.problem("findings.3.whatever")).isEmpty();
        assertThat(OutputFormat.problem("findings.3.whatever.deeper")).isEmpty();
        assertThat(OutputFormat.problem("findings.first")).hasValueSatisfying(p -> assertThat(p)
                .contains("findings is a list"));
    }

    @Test
    void pathsThatCannotExistSayWhy() {
        assertThat(OutputFormat.problem("plan..dri")).contains("not a path of decide's output: an empty key between "
                + "dots");
        assertThat(OutputFormat.problem("closure.blockers.0.name")).contains("not a path of decide's output: "
                + "closure.blockers.0 is a single value, without \"name\" or any other key");
        assertThat(OutputFormat.problem("messages.weeklyUpdate")).hasValueSatisfying(p -> assertThat(p)
                .contains("messages has no key \"weeklyUpdate\" (messages has declaration, channelOpening, "
                        + "dailyUpdate, closureUpdate)"));
    }

    @Test
    void aPathFindsItsValueOrNothing() {
        JsonNode decision = JsonValues.tree("{\"plan\": {\"contacts\": [\"CSM\"], \"caseOwner\": null}}");

        assertThat(OutputFormat.valueAt(decision, "plan.contacts.0").textValue()).isEqualTo("CSM");
        assertThat(OutputFormat.valueAt(decision, "plan.contacts.1")).isNull();
        assertThat(OutputFormat.valueAt(decision, "plan.caseOwner").isNull()).isTrue();
        assertThat(OutputFormat.valueAt(decision, "plan.caseOwner.role")).isNull();
        assertThat(OutputFormat.valueAt(decision, "closure.ready")).isNull();
    }

    @Test
    void javaValuesBecomeTheJsonDecideWrites() {
        assertThat(JsonValues.of(List.of(java.time.Duration.ofHours(30), dev.escalation.model.Severity.HIGH, 2,
                java.util.Optional.empty(), true))).hasToString("[\"PT30H\",\"HIGH\",2,null,true]");
        assertThat(JsonValues.equal(JsonValues.of(Closure.builder().build().rcaRequested()), JsonValues.of(false)))
                .isTrue();
        assertThat(JsonValues.of(List.of(Assignment.of(EscalationRole.PRODUCT_DRI, null),
                Assignment.of(EscalationRole.SUPPORT_DRI, "Sam")))).hasToString("[{\"role\":\"PRODUCT_DRI\","
                + "\"name\":null},{\"role\":\"SUPPORT_DRI\",\"name\":\"Sam\"}]");
        assertThat(JsonValues.of(List.of(Upcoming.of("EXIT_CRITERIA_MISSING", Instant.EPOCH),
                new Upcoming("CLOSING_STEP_OVERDUE", Instant.EPOCH, Optional.empty(),
                        Optional.of(ClosureStep.ANNOUNCE_CLOSURE))))).hasToString("[{\"code\":\"EXIT_CRITERIA_MISSING\","
                + "\"at\":\"1970-01-01T00:00:00Z\"},{\"code\":\"CLOSING_STEP_OVERDUE\",\"at\":\"1970-01-01T00:00:00Z\","
                + "\"step\":\"ANNOUNCE_CLOSURE\"}]");
    }
}
