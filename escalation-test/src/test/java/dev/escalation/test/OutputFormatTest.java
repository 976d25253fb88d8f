package dev.escalation.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escalation.EscalationPolicy;
import dev.escalation.json.EscalationJson;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Closure;
import dev.escalation.model.Event;
import dev.escalation.model.Risk;
import dev.escalation.model.Situation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
    }
}
