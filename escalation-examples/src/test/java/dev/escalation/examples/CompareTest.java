package dev.escalation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.json.CaseInput;
import dev.escalation.json.EscalationJson;
import dev.escalation.reference.RealisticCases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decide --compare}: the dry run of a policy change on the command line, its lines, counts and report. */
class CompareTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BATCH = Path.of("samples", "batch.jsonl");

    @TempDir
    static Path files;

    private static String file(String name, String content) {
        try {
            return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String twoHours() {
        return file("two-hours.json", "{\"conversionThreshold\": \"PT2H\"}");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** An emergency at Acme Corp that started {@code startedAt} on 2 March 2026, decided as of 15:30. */
    private static String emergency(String startedAt) {
        return "{\"now\":\"2026-03-02T15:30:00Z\",\"account\":{\"name\":\"Acme Corp\",\"segment\":\"CSM_MANAGED\"},"
                + "\"emergency\":{\"ticketId\":\"ZD-1\",\"startedAt\":\"2026-03-02T" + startedAt + ":00Z\"}}\n";
    }

    /** Generated cases of every kind, one JSON object per line, as a batch exported from a ticketing system. */
    private static String generatedBatch(int count) {
        return RealisticCases.generate(count, 20_261_123L).stream()
                .map(c -> json(EscalationJson.writeCase(new CaseInput(RealisticCases.NOW, c))).toString() + "\n")
                .collect(Collectors.joining());
    }

    @Test
    void theSampleBatchWithATwoHourThresholdConvertsTheEmergencyRunningThreeHours() {
        CommandRun run = CommandRun.of("", "decide", "--compare", "--settings", twoHours(), BATCH.toString());

        // Line 1 has run exactly 3 h: not over the default 3 h, over 2 h; line 2 (3 h 1 min) is over both.
        assertThat(run.status()).as("line 3 is refused").isEqualTo(2);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = json(lines.get(0));
        assertThat(first.get("line").intValue()).isEqualTo(1);
        assertThat(first.get("changed").toString())
                .isEqualTo("[\"conversion\",\"routes\",\"upcoming\",\"nextReviewAt\"]");
        assertThat(first.at("/before/conversion/recommended").booleanValue()).isFalse();
        assertThat(first.at("/after/conversion/recommended").booleanValue()).isTrue();
        assertThat(first.at("/before/routes").toString()).isEqualTo("[]");
        assertThat(first.at("/after/routes").toString()).isEqualTo("[\"ACCOUNT_ESCALATION\"]");
        // POLICY.md 2.12: the trigger was to come at now, 15:30; given, it is no longer to come.
        assertThat(first.at("/before/nextReviewAt").textValue()).isEqualTo("2026-03-02T15:30:00Z");
        assertThat(first.at("/after/nextReviewAt").isNull()).isTrue();
        assertThat(first.get("findings").toString()).isEqualTo("{\"appeared\":[],\"disappeared\":[]}");
        // Before, the rules that said the trigger does not hold yet and when it would (POLICY.md 2.1 unmet, 2.12).
        assertThat(first.at("/rules/onlyBefore").toString())
                .isEqualTo("[\"2.1/long-running-unmet\",\"2.12/long-running-no-resolution\"]");
        assertThat(first.at("/rules/onlyAfter").toString()).contains("\"2.1/long-running-no-resolution\"",
                "\"2.2/converted-emergency\"");
        assertThat(lines.get(1)).startsWith("{\"line\":3,\"error\":\"account.segment: unknown value");
        assertThat(lines.get(2)).isEqualTo("{\"summary\":{\"cases\":4,\"changed\":1,\"unchanged\":2,\"refused\":1,"
                + "\"keys\":{\"conversion\":1,\"nextReviewAt\":1,\"routes\":1,\"upcoming\":1},"
                + "\"findings\":{\"appeared\":{},\"disappeared\":{}}}}");
    }

    @Test
    void aBatchOnStandardInputWithNoBadLineExitsZero() {
        String batch = emergency("13:31") + emergency("13:29") + emergency("12:30") + emergency("12:29");

        CommandRun run = CommandRun.of(batch, "decide", "--compare", "--settings", twoHours(), "-");

        assertThat(run.status()).isZero();
        // 1 h 59 min: the trigger comes an hour sooner (POLICY.md 2.12); 2 h 1 min, 3 h: converted; 3 h 1 min: as is.
        assertThat(run.out().lines()).extracting(line -> json(line).path("line").asInt())
                .containsExactly(1, 2, 3, 0);
        assertThat(json(run.out().lines().reduce((a, b) -> b).orElseThrow()).at("/summary/unchanged").intValue())
                .isEqualTo(1);
    }

    @Test
    void theSummaryCountsWhatTheLinesSayOnAGeneratedBatch() {
        String settings = file("tighter.json", "{\"conversionThreshold\": \"PT2H\", \"internalUpdateGap\": \"PT12H\","
                + " \"customerUpdateGaps\": {\"STANDARD\": \"P3D\"}}");
        String batch = generatedBatch(500) + "{\"now\":1}\n";

        CommandRun run = CommandRun.of(batch, "decide", "--compare", "--settings", settings);
        CommandRun threaded = CommandRun.of(batch, "decide", "--compare", "--settings", settings, "--threads", "3");

        assertThat(threaded.out()).isEqualTo(run.out());
        assertThat(run.status()).isEqualTo(2);
        List<JsonNode> lines = run.out().lines().map(CompareTest::json).toList();
        JsonNode summary = lines.get(lines.size() - 1).get("summary");
        List<JsonNode> changed = lines.stream().filter(l -> l.has("changed")).toList();
        assertThat(changed).hasSizeGreaterThan(50);
        assertThat(summary.get("cases").intValue()).isEqualTo(501);
        assertThat(summary.get("changed").intValue()).isEqualTo(changed.size());
        assertThat(summary.get("refused").intValue()).isEqualTo(lines.stream().filter(l -> l.has("error")).count())
                .isEqualTo(1);
        assertThat(summary.get("unchanged").intValue()).isEqualTo(501 - changed.size() - 1);
        assertThat(counts(summary.get("keys"))).isEqualTo(tally(changed, "/changed"));
        assertThat(counts(summary.at("/findings/appeared"))).isEqualTo(tally(changed, "/findings/appeared"))
                .containsKeys("INTERNAL_UPDATE_OVERDUE", "CUSTOMER_UPDATE_OVERDUE");
        assertThat(counts(summary.at("/findings/disappeared"))).isEqualTo(tally(changed, "/findings/disappeared"));
        assertThat(changed).allSatisfy(line -> {
            assertThat(fieldNames(line.get("before"))).isEqualTo(texts(line.get("changed")));
            assertThat(fieldNames(line.get("after"))).isEqualTo(texts(line.get("changed")));
        });
    }

    @Test
    void theSamePolicyOnBothSidesChangesNothing() {
        String settings = file("same.json", "{\"conversionThreshold\": \"PT2H\", \"internalUpdateGap\": \"PT12H\"}");

        CommandRun run = CommandRun.of(generatedBatch(300), "decide", "--compare", "--settings", settings,
                "--baseline-settings", settings);

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("{\"summary\":{\"cases\":300,\"changed\":0,\"unchanged\":300,\"refused\":0,"
                + "\"keys\":{},\"findings\":{\"appeared\":{},\"disappeared\":{}}}}\n");
    }

    @Test
    void addedRulesAreACandidateToo() throws IOException {
        String renewal = json(Files.readString(Path.of("samples", "renewal-blocked.json"))).toString();

        CommandRun run = CommandRun.of(renewal + "\n", "decide", "--compare", "--rules",
                Path.of("samples", "renewals.drl").toString());

        assertThat(run.status()).isZero();
        JsonNode line = json(run.out().lines().findFirst().orElseThrow());
        assertThat(line.get("changed").toString()).isEqualTo("[\"findings\"]");
        assertThat(line.at("/findings/appeared").toString()).isEqualTo("[\"SEVERITY_BELOW_TEAM_POLICY\"]");
        assertThat(line.at("/rules/onlyAfter").toString())
                .isEqualTo("[\"renewals/strategic-renewal-at-least-high\"]");
        assertThat(json(run.out().lines().skip(1).findFirst().orElseThrow()).at("/summary/findings/appeared")
                .toString()).isEqualTo("{\"SEVERITY_BELOW_TEAM_POLICY\":1}");
    }

    @Test
    void theMarkdownReportShowsTheCountsAndTheFirstChangedCasesWithTheirReasons() {
        String batch = (emergency("13:29") + "{\"now\":1}\n").repeat(12);

        CommandRun run = CommandRun.of(batch, "decide", "--compare", "--settings", twoHours(), "--format",
                "markdown");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("| cases | changed | unchanged | refused |\n|---:|---:|---:|---:|\n"
                        + "| 24 | 12 | 0 | 12 |\n",
                "| `conversion` | 12 |\n", "| `routes` | 12 |\n",
                "## The first 10 of 12 changed cases\n", "### Line 19\n", "## The first 10 of 12 refused lines\n",
                "| `conversion.recommended` | `false` | `true` |\n",
                "| `routes` | `[]` | `[\"ACCOUNT_ESCALATION\"]` |\n",
                "- emergency running 2 h 1 min, over 2 h (override), with no clear resolution in sight "
                        + "(`2.1/long-running-no-resolution`: ",
                "- line 2: ")
                .doesNotContain("### Line 21\n");
    }

    @Test
    void badOptionsExitTwo() {
        assertThat(CommandRun.of("", "decide", "--format", "markdown").err())
                .contains("--format markdown needs --compare");
        assertThat(CommandRun.of("", "decide", "--baseline-settings", "x.json").err())
                .contains("--baseline-settings and --baseline-rules need --compare");
        assertThat(CommandRun.of("", "decide", "--compare", "--check", "x").err()).contains("--compare compares");
        assertThat(CommandRun.of("", "decide", "--compare", "--explain").status()).isEqualTo(2);
        CommandRun missing = CommandRun.of("", "decide", "--compare", "--baseline-settings", "no-such.json");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("decide: cannot read no-such.json: no such file\n");
        CommandRun invalid = CommandRun.of("", "decide", "--compare", "--baseline-settings",
                file("bad.json", "{\"conversionThreshold\": \"soon\"}"));
        assertThat(invalid.status()).isEqualTo(2);
        assertThat(invalid.err()).startsWith("decide: invalid baseline settings: settings.conversionThreshold");
    }

    private static Map<String, Integer> counts(JsonNode object) {
        Map<String, Integer> counts = new HashMap<>();
        object.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().intValue()));
        return counts;
    }

    /** Per text, the number of lines whose array at {@code pointer} holds it. */
    private static Map<String, Integer> tally(List<JsonNode> lines, String pointer) {
        Map<String, Integer> counts = new HashMap<>();
        lines.forEach(line -> line.at(pointer).forEach(text -> counts.merge(text.textValue(), 1, Integer::sum)));
        return counts;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.textValue()));
        return texts;
    }
}
