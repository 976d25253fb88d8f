package dev.escalation.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.EscalationPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files: how they are read, what their expectations mean, and how they report. */
class ScenarioSuiteTest {

    static final EscalationPolicy POLICY = EscalationPolicy.standard();

    /** An emergency running 3 h 1 min at a CSM-managed account: a conversion is recommended. */
    static final String EMERGENCY = """
            "now": "2026-03-02T15:30:00Z",
            "account": {"name": "Acme Corp", "segment": "CSM_MANAGED", "team": {"csm": "Casey Jones"}},
            "emergency": {"ticketId": "ZD-1", "startedAt": "2026-03-02T12:29:00Z"}""";

    /** The daily-review sample: a critical escalation whose updates fell behind over a week. */
    static final String DAILY_REVIEW = """
            "now": "2026-03-10T17:00:00Z",
            "account": {"name": "Umbrella", "segment": "OTHER", "strategicPartnership": true,
                        "team": {"accountExecutive": "Alex Morgan"}},
            "escalation": {"severity": "CRITICAL", "openedAt": "2026-03-02T09:00:00Z",
              "channel": {"name": "#esc_umbrella", "public": true}, "exitCriteria": ["p95 under 2 s"],
              "nextCustomerTouchpointAt": "2026-03-10T09:00:00Z",
              "activity": [
                {"kind": "CHANNEL_CREATED", "at": "2026-03-02T09:10:00Z"},
                {"kind": "DRI_AND_ASKS_IDENTIFIED", "at": "2026-03-02T09:30:00Z"},
                {"kind": "DECLARED", "at": "2026-03-02T09:40:00Z"},
                {"kind": "CS_HELP_REQUEST_OPENED", "at": "2026-03-02T09:50:00Z"},
                {"kind": "STANDUP_SCHEDULED", "at": "2026-03-03T08:00:00Z"},
                {"kind": "INTERNAL_UPDATE", "at": "2026-03-09T11:00:00Z"},
                {"kind": "CUSTOMER_UPDATE", "at": "2026-03-04T16:00:00Z"},
                {"kind": "CUSTOMER_UPDATE", "at": "2026-03-08T16:00:00Z"}]}""";

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static String scenario(String name, String caseKeys, String expect) {
        return "{\"name\": \"" + name + "\",\n" + caseKeys + ",\n\"expect\": " + expect + "}\n";
    }

    ScenarioResult checkOne(String caseKeys, String expect) throws IOException {
        Path file = write("one.json", scenario("one", caseKeys, expect));
        return ScenarioSuite.read(file).check(POLICY).results().get(0);
    }

    @Nested
    class Expectations_ {

        @Test
        void aScenarioWhoseExpectationsHoldPasses() throws IOException {
            ScenarioResult result = checkOne(EMERGENCY, """
                    {"conversion.recommended": true, "conversion.triggers": ["LONG_RUNNING_NO_RESOLUTION"],
                     "conversion.contacts": ["CSM", "SUPPORT_MANAGER_ON_CALL"],
                     "conversion.contactNames.0": "Casey Jones",
                     "routes": ["ACCOUNT_ESCALATION"], "findings": [], "findings-": ["OUT_OF_SCOPE"],
                     "rules+": ["2.1/long-running-no-resolution"], "rules-": ["2.1/outside-factors-blocked"]}""");

            assertThat(result.passed()).isTrue();
            assertThat(result.line()).isEqualTo("ok one");
            assertThat(result.firedRules()).contains("2.1/long-running-no-resolution", "2.3/customer-success-segment");
        }

        @Test
        void everyMismatchIsReportedInTheOrderWritten() throws IOException {
            ScenarioResult result = checkOne(EMERGENCY, """
                    {"conversion.recommended": false,
                     "conversion.contacts": ["SUPPORT_MANAGER_ON_CALL", "CSM"],
                     "plan.dri.role": "CSM",
                     "findings": ["CALL_OVER_THREE_HOURS"],
                     "findings+": ["OUT_OF_SCOPE", "CALL_OVER_THREE_HOURS"],
                     "rules+": ["2.1/outside-factors-blocked"],
                     "rules-": ["2.1/long-running-no-resolution"],
                     "inScope": true}""");

            assertThat(result.passed()).isFalse();
            assertThat(result.mismatches()).containsExactly(
                    "conversion.recommended: got true, want false",
                    "conversion.contacts: got [\"CSM\",\"SUPPORT_MANAGER_ON_CALL\"], "
                            + "want [\"SUPPORT_MANAGER_ON_CALL\",\"CSM\"]",
                    "plan.dri.role: got absent, want \"CSM\"",
                    "findings: got [], want [\"CALL_OVER_THREE_HOURS\"]",
                    "findings+ \"OUT_OF_SCOPE\": got absent, want present",
                    "findings+ \"CALL_OVER_THREE_HOURS\": got absent, want present",
                    "rules+ \"2.1/outside-factors-blocked\": got not fired, want fired",
                    "rules- \"2.1/long-running-no-resolution\": got fired, want not fired");
            assertThat(result.line()).isEqualTo("FAIL one: " + String.join("; ", result.mismatches()));
        }

        @Test
        void valuesCompareAsJsonWithTimesByValue() throws IOException {
            String daily = DAILY_REVIEW;

            ScenarioResult same = checkOne(daily, """
                    {"findings.0.gap": "P1DT6H", "findings.0.since": "2026-03-09T12:00:00+01:00",
                     "findings.2.count": 2.0, "plan.dri": {"name": "Alex Morgan", "role": "ACCOUNT_EXECUTIVE"},
                     "plan.leadTechnicalCollaborator": null, "plan.checklist.9": null, "closure": null}""");
            ScenarioResult different = checkOne(daily, """
                    {"findings.0.gap": "PT31H", "findings.2.count": "2", "plan.involvement": ["PRODUCT", "VP_SALES",
                     "CRO", "CEO", "VP_CUSTOMER_SUCCESS", "GLOBAL_PUBSEC_CSM_LEADER"], "plan.checklist.9.item": "X",
                     "plan.channel": null}""");

            assertThat(same.mismatches()).isEmpty();
            assertThat(different.mismatches()).containsExactly(
                    "findings.0.gap: got \"PT30H\", want \"PT31H\"",
                    "findings.2.count: got 2, want \"2\"",
                    "plan.involvement: got [\"VP_SALES\",\"PRODUCT\",\"CRO\",\"CEO\",\"VP_CUSTOMER_SUCCESS\","
                            + "\"GLOBAL_PUBSEC_CSM_LEADER\"], want [\"PRODUCT\",\"VP_SALES\",\"CRO\",\"CEO\","
                            + "\"VP_CUSTOMER_SUCCESS\",\"GLOBAL_PUBSEC_CSM_LEADER\"]",
                    "plan.checklist.9.item: got absent, want \"X\"",
                    "plan.channel: got \"#esc_umbrella\", want null");
        }

        /**
         * Version 3's keys are paths like any other. An emergency whose three primary triggers hold and whose call is
         * over its limit has nothing unmet and nothing upcoming, and no broadcast to notify anyone of.
         */
        @Test
        void theKeysOfVersion3AreExpectedLikeAnyOther() throws IOException {
            String allTriggers = """
                    "now": "2026-03-02T15:30:00Z",
                    "account": {"name": "Acme Corp", "segment": "CSM_MANAGED", "team": {"csm": "Casey Jones"}},
                    "emergency": {"ticketId": "ZD-1", "startedAt": "2026-03-02T11:00:00Z", "afterUpgrade": true,
                                  "upgradeRelatedProblems": 2, "blockedInitiatives": ["RENEWAL"],
                                  "callStartedAt": "2026-03-02T12:00:00Z", "shiftEndsAt": "2026-03-02T18:00:00Z"}""";

            ScenarioResult holds = checkOne(allTriggers, """
                    {"conversion.unmet": [], "upcoming": [], "nextReviewAt": null, "notify": null,
                     "upcoming.0": null, "plan.state": null}""");
            ScenarioResult wrong = checkOne(allTriggers, """
                    {"conversion.unmet": ["OUTSIDE_FACTORS_BLOCKED"],
                     "upcoming": [{"code": "CALL_OVER_THREE_HOURS", "at": "2026-03-02T15:00:00Z"}],
                     "upcoming.0.item": "DECLARE_ESCALATION", "nextReviewAt": "2026-03-02T15:00:00Z",
                     "notify": [{"role": "CSM", "name": "Casey Jones"}], "notify.0.name": "Casey Jones"}""");

            assertThat(holds.mismatches()).isEmpty();
            assertThat(wrong.mismatches()).containsExactly(
                    "conversion.unmet: got [], want [\"OUTSIDE_FACTORS_BLOCKED\"]",
                    "upcoming: got [], want [{\"code\":\"CALL_OVER_THREE_HOURS\",\"at\":\"2026-03-02T15:00:00Z\"}]",
                    "upcoming.0.item: got absent, want \"DECLARE_ESCALATION\"",
                    "nextReviewAt: got absent, want \"2026-03-02T15:00:00Z\"",
                    "notify: got absent, want [{\"role\":\"CSM\",\"name\":\"Casey Jones\"}]",
                    "notify.0.name: got absent, want \"Casey Jones\"");
        }

        /** The plan's state, and the stakeholders of a checklist entry, which only INFORM_NEWLY_INVOLVED has. */
        @Test
        void thePlansStateAndAnEntrysStakeholdersAreExpectedLikeAnyOther() throws IOException {
            ScenarioResult result = checkOne(DAILY_REVIEW, """
                    {"plan.state": "OPEN", "plan.checklist.0.item": "CREATE_ESCALATION_CHANNEL",
                     "plan.checklist.0.stakeholders": null}""");
            ScenarioResult wrong = checkOne(DAILY_REVIEW, """
                    {"plan.state": "MONITORING", "plan.checklist.0.stakeholders": ["CRO"]}""");

            assertThat(result.mismatches()).isEmpty();
            assertThat(wrong.mismatches()).containsExactly("plan.state: got \"OPEN\", want \"MONITORING\"",
                    "plan.checklist.0.stakeholders: got absent, want [\"CRO\"]");
        }

        @Test
        void findingsAreCodesInAnyOrder() throws IOException {
            ScenarioResult result = checkOne(DAILY_REVIEW, """
                    {"findings": ["STANDUP_OVERDUE", "NEXT_TOUCHPOINT_MISSING", "CUSTOMER_UPDATES_TOO_FEW",
                                  "CUSTOMER_UPDATE_OVERDUE", "INTERNAL_UPDATE_OVERDUE"],
                     "findings+": ["STANDUP_OVERDUE"], "findings-": ["OUT_OF_SCOPE", "STANDUP_OVERDUE"]}""");

            assertThat(result.mismatches()).containsExactly("findings- \"STANDUP_OVERDUE\": got present, want absent");
        }
    }

    @Nested
    class Replay {

        @Test
        void atChecksWhatAppearedAndClearedAtAPointOfTheReplay() throws IOException {
            ScenarioResult result = checkOne(DAILY_REVIEW + ", \"replay\": \"PT12H\"", """
                    {"at": [
                      {"at": "2026-03-03T21:00:00Z",
                       "appeared": ["CUSTOMER_UPDATE_OVERDUE{cadence=DAILY}", "INTERNAL_UPDATE_OVERDUE"], "cleared": []},
                      {"at": "2026-03-04T16:00:00Z", "cleared": ["CUSTOMER_UPDATE_OVERDUE"],
                       "findings+": ["STANDUP_OVERDUE", "INTERNAL_UPDATE_OVERDUE"], "plan.severity": "CRITICAL"},
                      {"at": "2026-03-09T11:00:00Z", "cleared": ["INTERNAL_UPDATE_OVERDUE"]}
                    ]}""");

            assertThat(result.mismatches()).isEmpty();
        }

        @Test
        void aWrongReplayExpectationNamesItsInstant() throws IOException {
            ScenarioResult result = checkOne(DAILY_REVIEW + ", \"replay\": {\"step\": \"PT12H\", "
                    + "\"from\": \"2026-03-03T09:00:00Z\"}", """
                    {"at": [
                      {"at": "2026-03-03T21:00:00Z", "appeared": ["INTERNAL_UPDATE_OVERDUE"]},
                      {"at": "2026-03-04T16:00:00Z", "appeared": ["CUSTOMER_UPDATE_OVERDUE{cadence=WEEKLY}"],
                       "plan.severity": "LOW"},
                      {"at": "2026-03-04T16:30:00Z", "cleared": []},
                      {"at": "2026-03-02T21:00:00Z", "cleared": []}
                    ]}""");

            assertThat(result.mismatches()).containsExactly(
                    "at[2026-03-03T21:00:00Z].appeared: got [\"INTERNAL_UPDATE_OVERDUE\",\"CUSTOMER_UPDATE_OVERDUE\"], "
                            + "want [\"INTERNAL_UPDATE_OVERDUE\"]",
                    "at[2026-03-04T16:00:00Z].appeared: got [], want [\"CUSTOMER_UPDATE_OVERDUE{cadence=WEEKLY}\"]",
                    "at[2026-03-04T16:00:00Z].plan.severity: got \"CRITICAL\", want \"LOW\"",
                    "at[2026-03-04T16:30:00Z]: got absent, want a point of the replay (one every step from its start, "
                            + "and one at every activity)",
                    "at[2026-03-02T21:00:00Z]: got absent, want a point of the replay (one every step from its start, "
                            + "and one at every activity)");
        }

        @Test
        void theRulesOfEveryPointCountAsFired() throws IOException {
            String updatedJustNow = """
                    "now": "2026-03-02T15:30:00Z",
                    "account": {"name": "Acme Corp", "segment": "CSM_MANAGED", "team": {"csm": "Casey Jones"}},
                    "escalation": {"severity": "HIGH", "openedAt": "2026-03-01T08:00:00Z",
                      "activity": [{"kind": "INTERNAL_UPDATE", "at": "2026-03-02T15:00:00Z"}]}""";
            ScenarioResult plain = checkOne(updatedJustNow, "{}");
            ScenarioResult replayed = checkOne(updatedJustNow + ", \"replay\": \"PT6H\"", """
                    {"at": [{"at": "2026-03-02T14:00:00Z", "findings+": ["INTERNAL_UPDATE_OVERDUE"]},
                            {"at": "2026-03-02T15:00:00Z", "cleared": ["INTERNAL_UPDATE_OVERDUE"]}]}""");
            Scenario scenario = ScenarioSuite.read(dir.resolve("one.json")).scenarios().get(0);
            Set<String> everyPoint = new HashSet<>();
            POLICY.replay(scenario.input().escalationCase(), Instant.parse("2026-03-01T08:00:00Z"),
                    scenario.input().now(), Duration.ofHours(6)).forEach(moment -> moment.assessment().explanation()
                    .forEach(e -> everyPoint.add(e.ruleId())));

            assertThat(replayed.mismatches()).isEmpty();
            assertThat(plain.firedRules()).doesNotContain("2.8/internal-update-overdue");
            assertThat(replayed.firedRules()).containsExactlyInAnyOrderElementsOf(everyPoint)
                    .containsAll(plain.firedRules()).contains("2.8/internal-update-overdue");
        }
    }

    @Nested
    class Reading {

        @Test
        void foldersAreReadInPathOrderAndLinesOfJsonlAreScenarios() throws IOException {
            write("b.json", scenario("second", EMERGENCY, "{}"));
            write("a/z.jsonl", "{" + EMERGENCY.replace("\n", " ") + ", \"expect\": {}}\n\n"
                    + "{\"name\": \"named line\", " + EMERGENCY.replace("\n", " ") + ", \"expect\": {}}\n");
            write("a/.hidden.json", "not even JSON");
            write("a/notes.md", "not a scenario");
            write("c.json", "{" + EMERGENCY + ", \"expect\": {}}");

            ScenarioSuite suite = ScenarioSuite.read(dir);

            assertThat(suite.scenarios()).extracting(Scenario::name)
                    .containsExactly("a/z:1", "named line", "second", "c");
            assertThat(suite.scenarios()).extracting(Scenario::source).containsExactly(dir + "/a/z.jsonl:1",
                    dir + "/a/z.jsonl:3", dir + "/b.json", dir + "/c.json");
            assertThat(suite.scenarios().get(0).input().now()).hasToString("2026-03-02T15:30:00Z");
        }

        @Test
        void aFileNamedAloneIsNamedByItsFileName() throws IOException {
            Path file = write("deep/er/alone.json", "{" + EMERGENCY + ", \"expect\": {}}");

            assertThat(ScenarioSuite.read(file).scenarios()).extracting(Scenario::name).containsExactly("alone");
        }

        @Test
        void malformedJsonIsNamedWithFileAndLine() throws IOException {
            write("broken.json", "{\n  \"name\": \"x\",\n  \"now\": \n}");
            write("lines.jsonl", "{" + EMERGENCY.replace("\n", " ") + ", \"expect\": {}}\n{\"name\": \"y\",}\n");

            assertThatThrownBy(() -> ScenarioSuite.read(dir)).isInstanceOfSatisfying(InvalidScenarioException.class,
                    e -> assertThat(e.problems()).satisfiesExactly(
                            p -> assertThat(p).startsWith(dir + "/broken.json: (input): malformed JSON at line 4, "
                                    + "column 1: "),
                            p -> assertThat(p).startsWith(
                                    dir + "/lines.jsonl:2: (input): malformed JSON at column 14: ")));
        }

        @Test
        void everyFieldAtFaultIsNamedInOneLinePerScenario() throws IOException {
            write("bad.json", """
                    {"name": "bad", "now": "2026-03-02T15:30:00Z", "tags": ["x"],
                     "account": {"name": "Acme Corp", "segment": "GOLD"},
                     "expect": {"plan.driver": "CSM", "conversion.recommended": true, "finding": [], "findings+": "X",
                                "plan.contacts.first": "CSM", "plan.severity.level": 1, "at": []}}""");

            assertThatThrownBy(() -> ScenarioSuite.read(dir)).isInstanceOfSatisfying(InvalidScenarioException.class,
                    e -> assertThat(e.problems()).singleElement().isEqualTo(dir + "/bad.json: "
                            + "tags: unknown field (expected one of name, expect, replay, case, now, account, emergency, "
                            + "situation, escalation, event); "
                            + "account.segment: unknown value \"GOLD\" (expected one of CSM_MANAGED, TAM_SCALE, OTHER); "
                            + "expect.\"plan.driver\": not a path of decide's output: plan has no key \"driver\" (plan "
                            + "has severity, peakSeverity, cadence, involvement, dri, leadTechnicalCollaborator, "
                            + "caseOwner, contacts, contactNames, productDriRequired, productLeader, channel, "
                            + "checklist, state); "
                            + "expect.\"finding\": unknown key: neither one of findings, findings+, findings-, rules+, "
                            + "rules-, at, nor a path of decide's output (which has inScope, conversion, routes, "
                            + "suggestedSeverity, plan, findings, closure, broadcast, notify, upcoming, "
                            + "nextReviewAt, messages, explanation, policyVersion); "
                            + "expect.findings+: must be a list of finding codes (was \"X\"); "
                            + "expect.\"plan.contacts.first\": not a path of decide's output: plan.contacts is a list, "
                            + "so the key after it is an index from 0 (plan.contacts.0), not \"first\"; "
                            + "expect.\"plan.severity.level\": not a path of decide's output: plan.severity is a single "
                            + "value, without \"level\" or any other key; "
                            + "expect.at: must be a list of {\"at\": instant, \"appeared\": [...], \"cleared\": [...]}; "
                            + "expect.at: needs \"replay\": the step between the points of the replay, e.g. "
                            + "\"replay\": \"PT6H\""));
        }

        @Test
        void theScenarioKeysThemselvesAreChecked() throws IOException {
            write("a-no-expect.json", "{" + EMERGENCY + "}");
            write("b-at-without-replay.json", scenario("b", EMERGENCY,
                    "{\"at\": [{\"at\": \"2026-03-02T15:30:00Z\"}]}"));
            write("c-replay-without-at.json", scenario("c", EMERGENCY + ", \"replay\": \"PT1H\"", "{}"));
            write("d-bad-replay.json", scenario("d", EMERGENCY + ", \"replay\": {\"step\": \"PT0S\", \"from\": "
                    + "\"2026-03-03T00:00:00Z\", \"to\": 1}", "{\"at\": [{\"at\": \"yesterday\", \"cleared\": [1]}]}"));
            write("e-blank-name.json", "{\"name\": \" \", " + EMERGENCY + ", \"expect\": []}");
            write("f-two-line-name.json", "{\"name\": \"one\\ntwo\", " + EMERGENCY + ", \"expect\": {}}");

            assertThatThrownBy(() -> ScenarioSuite.read(dir)).isInstanceOfSatisfying(InvalidScenarioException.class,
                    e -> assertThat(e.problems()).containsExactly(
                            dir + "/a-no-expect.json: expect: is required: what the decision must hold, e.g. "
                                    + "{\"conversion.recommended\": true}",
                            dir + "/b-at-without-replay.json: expect.at: needs \"replay\": the step between the points "
                                    + "of the replay, e.g. \"replay\": \"PT6H\"",
                            dir + "/c-replay-without-at.json: replay: is only used by expect.at, which this scenario "
                                    + "does not have",
                            dir + "/d-bad-replay.json: replay.to: unknown field (expected one of step, from); "
                                    + "replay.from: must not be after now (2026-03-02T15:30:00Z); "
                                    + "replay.step: must be a "
                                    + "positive ISO-8601 duration such as PT6H (was \"PT0S\"); expect.at[0].at: must be "
                                    + "an ISO-8601 instant such as 2026-03-02T15:30:00Z (was \"yesterday\"); "
                                    + "expect.at[0].cleared: must be a list of finding codes or subjects (was [1])",
                            dir + "/e-blank-name.json: name: must be a non-blank string on one line (was \" \"); "
                                    + "expect: must be a "
                                    + "JSON object of expectations, e.g. {\"plan.dri.role\": \"CSM\", \"findings\": []}",
                            dir + "/f-two-line-name.json: name: must be a non-blank string on one line (was "
                                    + "\"one\\ntwo\")"));
        }

        @Test
        void twoScenariosOfOneNameAreRefused() throws IOException {
            write("a.json", scenario("same", EMERGENCY, "{}"));
            write("b.json", scenario("same", EMERGENCY, "{}"));

            assertThatThrownBy(() -> ScenarioSuite.read(dir)).isInstanceOf(InvalidScenarioException.class)
                    .hasMessage("invalid scenario " + dir + "/b.json: name: \"same\" is already the name of " + dir
                            + "/a.json");
        }

        @Test
        void aFolderWithoutScenariosAndAMissingPathAreRefused() throws IOException {
            write("notes.txt", "nothing here");

            assertThatThrownBy(() -> ScenarioSuite.read(dir)).isInstanceOf(InvalidScenarioException.class)
                    .hasMessage("invalid scenario " + dir + ": no scenario files (*.json, *.jsonl) in this folder");
            assertThatThrownBy(() -> ScenarioSuite.read(dir.resolve("none"))).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(dir.resolve("none") + ": no such file or folder");
        }

        @Test
        void aScenarioNamesItsCaseInAnotherFileOrALineOfOne() throws IOException {
            write("samples/emergency.json", "{" + EMERGENCY + "}");
            write("samples/batch.jsonl", "{\"now\": \"2026-03-02T15:30:00Z\", \"account\": {\"name\": \"x\"}}\n{"
                    + EMERGENCY.replace("\n", " ") + "}\n");
            write("scenarios/std/file.json", """
                    {"name": "from a file", "case": "../../samples/emergency.json",
                     "expect": {"conversion.triggers": ["LONG_RUNNING_NO_RESOLUTION"], "findings": []}}""");
            write("scenarios/std/line.jsonl", "{\"name\": \"from a line\", \"case\": \"../../samples/batch.jsonl:2\", "
                    + "\"expect\": {\"conversion.recommended\": false}}\n");

            ScenarioReport report = ScenarioSuite.read(dir.resolve("scenarios")).check(POLICY);

            assertThat(report.results()).extracting(ScenarioResult::line).containsExactly("ok from a file",
                    "FAIL from a line: conversion.recommended: got true, want false");
        }

        @Test
        void aCaseNamedElsewhereMustBeThereAndBeTheOnlyCase() throws IOException {
            write("samples/batch.jsonl", "{\"now\": \"2026-03-02T15:30:00Z\", \"account\": {\"name\": \"x\", "
                    + "\"segment\": \"GOLD\"}}\n");
            write("a-both.json", "{\"case\": \"samples/batch.jsonl:1\", " + EMERGENCY + ", \"expect\": {}}");
            write("b-missing.json", "{\"case\": \"samples/none.json\", \"expect\": {}}");
            write("c-no-line.json", "{\"case\": \"samples/batch.jsonl\", \"expect\": {}}");
            write("d-past-the-end.json", "{\"case\": \"samples/batch.jsonl:3\", \"expect\": {}}");
            write("e-bad-case.json", "{\"case\": \"samples/batch.jsonl:1\", \"expect\": {}}");
            write("f-not-a-path.json", "{\"case\": 1, \"expect\": {}}");

            List<Path> scenarios = List.of(dir.resolve("a-both.json"), dir.resolve("b-missing.json"),
                    dir.resolve("c-no-line.json"), dir.resolve("d-past-the-end.json"), dir.resolve("e-bad-case.json"),
                    dir.resolve("f-not-a-path.json"));

            assertThatThrownBy(() -> ScenarioSuite.read(scenarios))
                    .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.problems()).containsExactly(
                            dir + "/a-both.json: case: names the case in another file: the scenario cannot also "
                                    + "hold now, account, emergency",
                            dir + "/b-missing.json: case: no such file: samples/none.json",
                            dir + "/c-no-line.json: case: names a .jsonl file: add the line of the case, e.g. "
                                    + "\"samples/batch.jsonl:1\"",
                            dir + "/d-past-the-end.json: case: samples/batch.jsonl:3: no case on this line (the file "
                                    + "ends at line 1)",
                            dir + "/e-bad-case.json: case: samples/batch.jsonl:1: account.segment: unknown value "
                                    + "\"GOLD\" (expected one of CSM_MANAGED, TAM_SCALE, OTHER)",
                            dir + "/f-not-a-path.json: case: must be the path of a decide input, relative to this "
                                    + "file, e.g. \"../samples/opening.json\" or \"../samples/batch.jsonl:2\" (was 1)"));
        }

        @Test
        void ruleIdsMustBeRulesOfThePolicy() throws IOException {
            write("typo.json", scenario("typo", EMERGENCY, "{\"rules-\": [\"2.1/long-runing\"], \"at\": [{\"at\": "
                    + "\"2026-03-02T15:30:00Z\", \"rules+\": [\"2.1/recommended\", \"x\"]}]}").replace("\"expect\"",
                    "\"replay\": \"PT1H\", \"expect\""));
            ScenarioSuite suite = ScenarioSuite.read(dir);

            assertThatThrownBy(() -> suite.check(POLICY)).isInstanceOf(InvalidScenarioException.class)
                    .hasMessage("invalid scenario " + dir + "/typo.json: expect.rules-: \"2.1/long-runing\" is not a "
                            + "rule of this policy; expect.at[0].rules+: \"x\" is not a rule of this policy");
        }
    }

    @Nested
    class Coverage {

        static final String RENEWALS = """
                package com.example.policy;
                import dev.escalation.model.Account;
                import dev.escalation.model.Emergency;
                import dev.escalation.model.Initiative;
                import dev.escalation.decision.Finding;
                rule "A blocked renewal at a strategic partner is flagged"
                    @id("renewals/blocked") @section("Team policy")
                when
                    Account(strategicPartnership)
                    Emergency(blockedInitiatives contains Initiative.RENEWAL)
                then
                    insert(Finding.of("RENEWAL_BLOCKED"));
                end
                rule "A renewal nobody looks at"
                    @id("renewals/never")
                when
                    Account(name == "nobody")
                then
                end
                """;

        @Test
        void coverageCountsTheStandardAndTheAddedRules() throws IOException {
            EscalationPolicy withRenewals = EscalationPolicy.builder().addRules("renewals.drl", RENEWALS).build();
            write("renewal.json", scenario("renewal", """
                    "now": "2026-03-02T15:30:00Z",
                    "account": {"name": "Partner Inc", "segment": "OTHER", "strategicPartnership": true},
                    "emergency": {"ticketId": "ZD-7", "startedAt": "2026-03-02T15:00:00Z",
                                  "blockedInitiatives": ["RENEWAL"]}""",
                    "{\"findings+\": [\"RENEWAL_BLOCKED\"], \"rules+\": [\"renewals/blocked\"]}"));

            ScenarioReport report = ScenarioSuite.read(dir).check(withRenewals);
            RuleCoverage coverage = report.coverage();

            int standard = POLICY.rules().size();
            assertThat(coverage.ids()).hasSize(standard + 2);
            assertThat(coverage.fired()).contains("renewals/blocked", "2.1/outside-factors-blocked");
            assertThat(coverage.neverFired()).contains("renewals/never", "2.10/ready")
                    .doesNotContain("renewals/blocked");
            assertThat(report.summary()).isEqualTo("1/1 scenarios passed; rules fired " + coverage.firedCount() + "/"
                    + (standard + 2) + "; never fired: [" + String.join(", ", coverage.neverFired()) + "]");
            assertThat(coverage.restrictedTo(rule -> rule.id().startsWith("renewals/")).summary())
                    .isEqualTo("rules fired 1/2; never fired: [renewals/never]");
            assertThat(coverage.restrictedTo(rule -> rule.id().startsWith("renewals/")).percent()).isEqualTo(50.0);
        }

        @Test
        void aMinimumCoverageFailsBelowIt() throws IOException {
            write("one.json", scenario("one", EMERGENCY, "{}"));
            ScenarioReport report = ScenarioSuite.read(dir).check(POLICY);
            int fired = report.coverage().firedCount();
            int total = report.coverage().ids().size();

            assertThat(report.coverageFailure(null)).isEmpty();
            assertThat(report.coverageFailure(1.0)).isEmpty();
            assertThat(report.coverageFailure(90.0)).contains("FAIL rule coverage: got " + fired + "/" + total
                    + " rules fired (" + new java.math.BigDecimal(100.0 * fired / total).setScale(1,
                    java.math.RoundingMode.DOWN).toPlainString() + " %), want at least 90 %");
            assertThat(report.lines(90.0)).containsExactly("ok one", report.summary(),
                    report.coverageFailure(90.0).orElseThrow());
        }
    }

    @Test
    void theFilesOfTheSuiteAreReadOnce() throws IOException {
        Path file = write("one.json", scenario("one", EMERGENCY, "{\"inScope\": true}"));
        ScenarioSuite suite = ScenarioSuite.read(List.of(file));
        Files.writeString(file, "broken");

        assertThat(suite.check(POLICY).allPassed()).isTrue();
    }
}
