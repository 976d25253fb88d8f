package dev.escalation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escalation.ArbitraryCases;
import dev.escalation.CaseAt;
import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Explanation;
import dev.escalation.model.EscalationCase;
import dev.escalation.settings.PolicySettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dry run of a policy change: known batches whose changes are computed by hand from POLICY.md 2.1 and 2.2, equal
 * policies that change nothing on generated cases, and streamed comparisons that pair each case with its own
 * assessments.
 */
class PolicyComparisonTest {

    private static final EscalationPolicy STANDARD = EscalationPolicy.standard();
    private static final EscalationPolicy TWO_HOURS = EscalationPolicy.builder()
            .settings(EscalationJson.readSettings("{\"conversionThreshold\": \"PT2H\"}")).build();

    /** One line of a batch, numbered from 1. */
    private record Line(int number, String text) {
    }

    private static Stream<Line> lines(String... texts) {
        return IntStream.range(0, texts.length).mapToObj(i -> new Line(i + 1, texts[i]));
    }

    private static CaseAt parse(Line line) {
        CaseInput input = EscalationJson.readCase(line.text());
        return new CaseAt(input.escalationCase(), input.now());
    }

    /** An emergency at Acme Corp that started {@code startedAt}, decided as of 15:30, with {@code more} fields. */
    private static String emergency(String startedAt, String more) {
        return "{\"now\":\"2026-03-02T15:30:00Z\",\"account\":{\"name\":\"Acme Corp\",\"segment\":\"CSM_MANAGED\"},"
                + "\"emergency\":{\"ticketId\":\"ZD-1\",\"startedAt\":\"2026-03-02T" + startedAt + ":00Z\"" + more
                + "}}";
    }

    private static String longRunningAt(String time) {
        return "[{\"code\":\"LONG_RUNNING_NO_RESOLUTION\",\"at\":\"2026-03-02T" + time + ":00Z\"}]";
    }

    private static List<String> ids(List<Explanation> explanations) {
        return explanations.stream().map(Explanation::ruleId).distinct().toList();
    }

    @Test
    void aConversionThresholdOfTwoHoursConvertsTheEmergenciesRunningBetweenTwoAndThreeHours() {
        List<CaseComparison<Line>> changed = new ArrayList<>();
        ComparisonSummary summary = PolicyComparison.of(STANDARD, TWO_HOURS).compare(lines(
                        emergency("13:31", ""),                      // 1: 1 h 59 min, under both
                        emergency("13:30", ""),                      // 2: 2 h, not strictly more than 2 h
                        emergency("13:29", ""),                      // 3: 2 h 1 min: over 2 h only
                        emergency("12:30", ""),                      // 4: 3 h: over 2 h, not over 3 h
                        emergency("12:29", ""),                      // 5: 3 h 1 min, over both
                        emergency("13:00", ",\"clearResolutionInSight\":true"), // 6: resolution in sight
                        emergency("13:00", ",\"afterUpgrade\":true,\"upgradeRelatedProblems\":2"), // 7
                        "{\"now\":\"2026-03-02T15:30:00Z\",\"account\":{\"name\":\"Acme\",\"segment\":\"GOLD\"}}", // 8
                        "{\"now\":\"2026-03-02T15:30:00Z\",\"account\":{\"name\":\"Acme\","
                                + "\"segment\":\"CSM_MANAGED\"}}"),
                PolicyComparisonTest::parse, 1, c -> {
                    if (c.changed()) {
                        changed.add(c);
                    }
                });

        assertThat(changed).extracting(c -> c.item().number()).containsExactly(1, 2, 3, 4, 7);
        // 1 and 2 (2.12): the long-running trigger is still to come, an hour earlier, at startedAt + 2 h.
        String[][] atBeforeAndAfter = {{"16:31", "15:31"}, {"16:30", "15:30"}};
        for (int i = 0; i < 2; i++) {
            AssessmentDifference d = changed.get(i).difference();
            assertThat(d.keys()).containsExactly("upcoming", "nextReviewAt");
            assertThat(d.before().get("upcoming").toString()).isEqualTo(longRunningAt(atBeforeAndAfter[i][0]));
            assertThat(d.after().get("upcoming").toString()).isEqualTo(longRunningAt(atBeforeAndAfter[i][1]));
            assertThat(d.after().get("nextReviewAt").textValue()).isEqualTo("2026-03-02T" + atBeforeAndAfter[i][1]
                    + ":00Z");
            assertThat(d.rulesOnlyBefore()).isEmpty();
            assertThat(d.rulesOnlyAfter()).isEmpty();
        }
        for (CaseComparison<Line> converted : changed.subList(2, 4)) {
            AssessmentDifference d = converted.difference();
            // 2.1: recommended, with the long-running trigger; 2.2: a recommended conversion routes to an escalation;
            // 2.12: the trigger is no longer to come.
            assertThat(d.keys()).containsExactly("conversion", "routes", "upcoming", "nextReviewAt");
            assertThat(d.after().get("upcoming")).isEmpty();
            assertThat(d.after().get("nextReviewAt")).isEqualTo(NullNode.getInstance());
            assertThat(d.before().get("conversion").get("recommended").booleanValue()).isFalse();
            assertThat(d.after().get("conversion").get("recommended").booleanValue()).isTrue();
            assertThat(d.before().get("conversion").get("triggers")).isEmpty();
            assertThat(d.after().get("conversion").get("triggers").toString())
                    .isEqualTo("[\"LONG_RUNNING_NO_RESOLUTION\"]");
            assertThat(d.before().get("routes")).isEmpty();
            assertThat(d.after().get("routes").toString()).isEqualTo("[\"ACCOUNT_ESCALATION\"]");
            assertThat(ids(d.rulesOnlyAfter())).contains("2.1/long-running-no-resolution", "2.1/recommended",
                    "2.2/converted-emergency");
            assertThat(d.findingsAppeared()).isEmpty();
            assertThat(d.findingsDisappeared()).isEmpty();
        }
        assertThat(changed.get(2).difference().rulesOnlyAfter())
                .filteredOn(e -> e.ruleId().equals("2.1/long-running-no-resolution"))
                .extracting(Explanation::reason).containsExactly(
                        "emergency running 2 h 1 min, over 2 h (override), with no clear resolution in sight");
        // 7: already recommended after the upgrade; the long-running trigger joins it and is no longer to come.
        AssessmentDifference upgrade = changed.get(4).difference();
        assertThat(upgrade.keys()).containsExactly("conversion", "upcoming", "nextReviewAt");
        assertThat(upgrade.before().get("conversion").get("triggers").toString())
                .isEqualTo("[\"UPGRADE_WITH_MULTIPLE_PROBLEMS\"]");
        assertThat(upgrade.after().get("conversion").get("triggers").toString())
                .isEqualTo("[\"UPGRADE_WITH_MULTIPLE_PROBLEMS\",\"LONG_RUNNING_NO_RESOLUTION\"]");
        assertThat(ids(upgrade.rulesOnlyAfter())).containsExactly("2.1/long-running-no-resolution");
        assertThat(summary).isEqualTo(new ComparisonSummary(9, 5, 3, 1, Map.of("conversion", 3L, "routes", 2L,
                "upcoming", 5L, "nextReviewAt", 5L), Map.of(), Map.of()));
    }

    /** The snippet of docs/dry-run.md, on lines in memory instead of a file. */
    @Test
    void theSnippetOfTheDryRunPageCountsTheChangedCases() {
        EscalationPolicy candidate = EscalationPolicy.builder()
                .settings(PolicySettings.builder().conversionThreshold(Duration.ofHours(2)).build()).build();
        PolicyComparison dryRun = PolicyComparison.of(EscalationPolicy.standard(), candidate);
        List<String> printed = new ArrayList<>();

        ComparisonSummary summary;
        try (Stream<String> lines = Stream.of(emergency("13:29", ""), emergency("13:31", ""))) {
            summary = dryRun.compare(lines, line -> {
                CaseInput input = EscalationJson.readCase(line);
                return new CaseAt(input.escalationCase(), input.now());
            }, 2, comparison -> {
                if (comparison.changed()) {
                    printed.add(comparison.difference().keys() + " " + ids(comparison.difference().rulesOnlyAfter()));
                }
            });
        }

        // Both change (POLICY.md 2.12): the first converts, the second's trigger comes an hour sooner.
        assertThat(summary.changed() + " of " + summary.cases()).isEqualTo("2 of 2");
        assertThat(printed).containsExactly("[conversion, routes, upcoming, nextReviewAt] " + List.of(
                "2.1/long-running-no-resolution", "2.1/recommended", "2.1/contacts", "2.2/converted-emergency",
                "2.5/contact-support-manager-on-call"), "[upcoming, nextReviewAt] []");
    }

    @Test
    void aBadLineIsRefusedWithItsReasonAndTheBatchGoesOn() {
        List<CaseComparison<Line>> all = PolicyComparison.of(STANDARD, TWO_HOURS).compare(lines(
                emergency("12:00", ""), "{\"now\":1}", "not json", emergency("12:00", "")),
                PolicyComparisonTest::parse, 2).toList();

        assertThat(all).extracting(CaseComparison::refused).containsExactly(false, true, true, false);
        assertThat(all.get(1).error().orElseThrow().getMessage()).contains("now");
        assertThat(all.get(1).difference()).isEqualTo(AssessmentDifference.NONE);
    }

    @Test
    void twoEqualPoliciesChangeNothingOnAGeneratedBatch() {
        EscalationPolicy same = EscalationPolicy.builder().settings(EscalationJson.readSettings("{}")).build();
        List<EscalationCase> cases = ArbitraryCases.valid(ArbitraryCases.seed("equal policies")).limit(600).toList();
        AtomicInteger seen = new AtomicInteger();

        ComparisonSummary summary = PolicyComparison.of(STANDARD, same).compare(cases.stream(),
                c -> new CaseAt(c, ArbitraryCases.NOW), 2, c -> {
                    assertThat(c.item()).isSameAs(cases.get(seen.getAndIncrement()));
                    assertThat(c.difference().keys()).isEmpty();
                });

        assertThat(seen).hasValue(600);
        assertThat(summary).isEqualTo(new ComparisonSummary(600, 0, 600, 0, Map.of(), Map.of(), Map.of()));
    }

    @Test
    void eachStreamedComparisonIsThatOfItsOwnCase() {
        PolicySettings tighter = PolicySettings.defaults().toBuilder().conversionThreshold(Duration.ofHours(2))
                .internalUpdateGap(Duration.ofHours(12)).build();
        PolicyComparison dryRun = PolicyComparison.of(STANDARD, EscalationPolicy.builder().settings(tighter).build());
        List<EscalationCase> cases = ArbitraryCases.valid(ArbitraryCases.seed("streamed comparison")).limit(600)
                .toList();

        List<CaseComparison<EscalationCase>> streamed;
        try (Stream<CaseComparison<EscalationCase>> comparisons = dryRun.compare(cases.stream(),
                c -> new CaseAt(c, ArbitraryCases.NOW), 3)) {
            streamed = comparisons.toList();
        }

        assertThat(streamed).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            assertThat(streamed.get(i).item()).isSameAs(cases.get(i));
            assertThat(streamed.get(i).difference()).isEqualTo(dryRun.compare(cases.get(i), ArbitraryCases.NOW));
        }
        // The generated cases reach both thresholds, so the pairing above is proved on changed cases too.
        assertThat(streamed).filteredOn(CaseComparison::changed).extracting(c -> c.difference().keys())
                .anyMatch(keys -> keys.contains("conversion")).anyMatch(keys -> keys.contains("findings"));
        ComparisonSummary.Tally tally = new ComparisonSummary.Tally();
        streamed.forEach(tally::add);
        assertThat(tally.summary().changed()).isEqualTo(streamed.stream().filter(CaseComparison::changed).count());
        assertThat(tally.summary().appeared()).containsKey("INTERNAL_UPDATE_OVERDUE");
    }

    @Test
    void theExplanationAndThePolicyVersionAreNotCompared() {
        Assessment same = HandMade.everything();
        Assessment reworded = new Assessment(same.inScope(), same.conversion(), same.routes(),
                same.suggestedSeverity(), same.plan(), same.findings(), same.closure(), same.broadcast(),
                same.messages(), List.of(HandMade.explanation("9.9/other", "another reason")), "9.9.9+other",
                same.toNotify(), same.upcoming());

        AssessmentDifference difference = AssessmentDifference.of(same, reworded);

        assertThat(difference.isEmpty()).isTrue();
        assertThat(ids(difference.rulesOnlyAfter())).containsExactly("9.9/other");
        assertThat(difference.rulesOnlyBefore()).hasSize(same.explanation().size());
    }

    @Test
    void aPartOnlyOneSideHasIsNullOnTheOtherAndKeepsItsPlaceInTheOutput() {
        Assessment everything = HandMade.everything();
        Assessment bare = new Assessment(true, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), everything.findings().subList(0, 2),
                Optional.empty(), Optional.empty(), Map.of(), List.of(), "v");

        AssessmentDifference difference = AssessmentDifference.of(bare, everything);

        assertThat(difference.keys()).containsExactly("conversion", "routes", "suggestedSeverity", "plan", "findings",
                "closure", "broadcast", "notify", "upcoming", "nextReviewAt", "messages");
        assertThat(difference.before().get("plan")).isEqualTo(NullNode.getInstance());
        assertThat(difference.before().get("upcoming")).isEmpty();
        assertThat(difference.before().get("nextReviewAt")).isEqualTo(NullNode.getInstance());
        assertThat(difference.after().get("broadcast").booleanValue()).isTrue();
        assertThat(difference.findingsAppeared()).hasSize(everything.findings().size() - 2)
                .doesNotContain(bare.findings().get(0).code());
        assertThat(AssessmentDifference.of(everything, bare).keys()).isEqualTo(difference.keys());
        assertThat(AssessmentDifference.of(everything, bare).before()).isEqualTo(difference.after());
    }

    @Test
    void anyKeyOfTheOutputIsComparedEvenOneThisVersionDoesNotWrite() {
        JsonNode before = tree("{\"inScope\":true,\"findings\":[],\"explanation\":[],\"policyVersion\":\"a\"}");
        JsonNode after = tree("{\"inScope\":true,\"newPart\":{\"x\":1},\"findings\":[],\"explanation\":[{}],"
                + "\"policyVersion\":\"b\"}");
        Map<String, JsonNode> was = new LinkedHashMap<>();
        Map<String, JsonNode> is = new LinkedHashMap<>();

        List<String> keys = AssessmentDifference.differingKeys((ObjectNode) before,
                (ObjectNode) after, was, is);

        assertThat(keys).containsExactly("newPart");
        assertThat(was).containsEntry("newPart", NullNode.getInstance());
        assertThat(is.get("newPart").toString()).isEqualTo("{\"x\":1}");
    }

    private static JsonNode tree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
