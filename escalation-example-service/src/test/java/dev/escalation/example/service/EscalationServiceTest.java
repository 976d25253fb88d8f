package dev.escalation.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.json.CaseInput;
import dev.escalation.json.EscalationJson;
import dev.escalation.settings.PolicySettings;
import dev.escalation.validation.InvalidEscalationInputException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The service as a client sees it, over HTTP on a random port, with its own {@code application.yml}: one context for
 * every test, started once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class EscalationServiceTest {

    /** An emergency running 2 h 30 min: converted at the service's 2 h threshold, not at the default 3 h. */
    private static final String RUNNING_150_MINUTES = """
            {
              "now": "2026-03-02T15:30:00Z",
              "account": { "name": "Acme Corp", "segment": "CSM_MANAGED", "team": { "csm": "Casey Jones" } },
              "emergency": { "ticketId": "ZD-1001", "startedAt": "2026-03-02T13:00:00Z" }
            }
            """;

    /** An emergency whose call has run 3 h 15 min: a CALL_OVER_THREE_HOURS finding. */
    private static final String LONG_CALL = """
            {
              "now": "2026-03-02T15:30:00Z",
              "account": { "name": "Acme Corp", "segment": "CSM_MANAGED", "team": { "csm": "Casey Jones" } },
              "emergency": { "ticketId": "ZD-1002", "startedAt": "2026-03-02T11:20:00Z",
                             "callStartedAt": "2026-03-02T12:15:00Z" }
            }
            """;

    /** escalation-examples/samples/bad-input.json: every kind of mistake at once. */
    private static final String BAD_INPUT = """
            {
              "now": "2026-03-02T15:30:00Z",
              "account": { "name": " ", "segment": "ENTERPRISE", "tier": 1 },
              "emergency": { "startedAt": "2026-03-02T16:00:00Z", "upgradeRelatedProblems": -2, "instanceDown": "yes" },
              "escalation": { "severity": "HIGH", "openedAt": "2026-03-02T15:00:00Z",
                              "activity": [{ "kind": "LUNCH" }] }
            }
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private EscalationPolicy policy;

    @Autowired
    private ConfigurableApplicationContext context;

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void assessAnswersWithTheJsonOfDecide() throws Exception {
        HttpResponse<String> response = post("/assess", RUNNING_150_MINUTES);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        CaseInput input = EscalationJson.readCase(RUNNING_150_MINUTES);
        Assessment expected = policy.assess(input.escalationCase(), input.now());
        assertThat(response.body()).isEqualTo(EscalationJson.writeCompact(expected));
        assertThat(EscalationJson.writePretty(EscalationJson.readAssessment(response.body())))
                .isEqualTo(EscalationJson.writePretty(expected));
    }

    @Test
    void theOnePropertyOfApplicationYmlIsApplied() throws Exception {
        Assessment assessment = EscalationJson.readAssessment(post("/assess", RUNNING_150_MINUTES).body());

        assertThat(assessment.conversion().orElseThrow().recommended()).isTrue();
        assertThat(assessment.conversion().orElseThrow().triggers()).containsExactly(
                ConversionTrigger.LONG_RUNNING_NO_RESOLUTION);
        assertThat(assessment.explanation()).anySatisfy(e -> assertThat(e.reason())
                .isEqualTo("emergency running 2 h 30 min, over 2 h (override), with no clear resolution in sight"));
        // Its only trigger needs more than the threshold: at the default 3 h it would not convert.
        CaseInput input = EscalationJson.readCase(RUNNING_150_MINUTES);
        assertThat(Duration.between(input.escalationCase().emergency().startedAt(), input.now()))
                .isLessThan(PolicySettings.defaults().conversionThreshold());
    }

    @Test
    void everyCallIsTimedAndItsFindingsCounted() throws Exception {
        double assessed = count("/actuator/metrics/escalation.assessments?tag=outcome:assessed");
        double findings = count("/actuator/metrics/escalation.findings?tag=code:CALL_OVER_THREE_HOURS");

        assertThat(post("/assess", LONG_CALL).statusCode()).isEqualTo(200);

        assertThat(count("/actuator/metrics/escalation.assessments?tag=outcome:assessed")).isEqualTo(assessed + 1);
        assertThat(count("/actuator/metrics/escalation.findings?tag=code:CALL_OVER_THREE_HOURS"))
                .isEqualTo(findings + 1);
    }

    /** The COUNT of a meter from the actuator, 0 before it is first registered. */
    private double count(String path) throws Exception {
        HttpResponse<String> response = get(path);
        if (response.statusCode() == 404) {
            return 0;
        }
        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode measurement : JSON.readTree(response.body()).get("measurements")) {
            if (measurement.get("statistic").asText().equals("COUNT")) {
                return measurement.get("value").asDouble();
            }
        }
        throw new AssertionError("no COUNT in " + response.body());
    }

    @Test
    void theInfoEndpointShowsThePolicyVersion() throws Exception {
        HttpResponse<String> info = get("/actuator/info");
        String assessed = EscalationJson.readAssessment(post("/assess", RUNNING_150_MINUTES).body()).policyVersion();

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(info.body()).at("/escalation/policyVersion").asText())
                .isEqualTo(policy.version()).isEqualTo(assessed);
    }

    @Test
    void badInputIs400WithTheLineDecidePrints() throws Exception {
        HttpResponse<String> response = post("/assess", BAD_INPUT);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo(decidesLine(BAD_INPUT))
                .startsWith("account.tier: unknown field");
    }

    @Test
    void malformedJsonIs400WithTheLineDecidePrints() throws Exception {
        HttpResponse<String> response = post("/assess", "{\"now\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo(decidesLine("{\"now\": "))
                .startsWith("(input): malformed JSON");
    }

    /** What {@code decide} prints after {@code decide: invalid input: } for this input. */
    private static String decidesLine(String input) {
        try {
            EscalationJson.readCase(input);
        } catch (InvalidEscalationInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("valid: " + input);
    }

    @Test
    void mustacheIsNotAutoConfigured(CapturedOutput output) {
        assertThat(ClassUtils.isPresent("com.samskivert.mustache.Mustache", null)).isFalse();
        assertThat(ConditionEvaluationReport.get(context.getBeanFactory()).getConditionAndOutcomesBySource())
                .hasEntrySatisfying("org.springframework.boot.autoconfigure.mustache.MustacheAutoConfiguration",
                        outcomes -> assertThat(outcomes.isFullMatch()).isFalse());
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(name -> name.toLowerCase(Locale.ROOT)))
                .noneMatch(name -> name.contains("mustache"));
        assertThat(output.getAll()).doesNotContain("Cannot find template location");
    }
}
