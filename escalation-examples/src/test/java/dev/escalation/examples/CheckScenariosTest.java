package dev.escalation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decide --check}: the lines, the summary and the exit status of a run over scenario files. */
class CheckScenariosTest {

    static final String STANDARD = Path.of("scenarios", "standard").toString();
    static final String RENEWALS = Path.of("scenarios", "renewals").toString();
    static final String RENEWALS_DRL = Path.of("samples", "renewals.drl").toString();
    /** As the build copied them, beside the samples whose cases they name. */
    static final String WRONG = Path.of("target", "test-classes", "scenarios-wrong").toString();
    static final String MALFORMED = Path.of("src", "test", "resources", "scenarios-malformed").toString();

    @Test
    void theShippedScenariosPass() {
        CommandRun run = CommandRun.of("", "decide", "--check", STANDARD);

        List<String> lines = run.out().lines().toList();
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(lines).hasSize(12);
        assertThat(lines.subList(0, 11)).allSatisfy(line -> assertThat(line).startsWith("ok "))
                .contains("ok a critical escalation whose updates fell behind is flagged in the daily review",
                        "ok an emergency of exactly 3 h is not long-running");
        assertThat(lines.get(11)).matches("11/11 scenarios passed; rules fired \\d+/\\d+; never fired: \\[.*]");
    }

    @Test
    void theRenewalsScenariosFireEveryRuleOfRenewalsDrlAndCountItAmongTheRules() {
        CommandRun standard = CommandRun.of("", "decide", "--check", STANDARD);
        CommandRun renewals = CommandRun.of("", "decide", "--check", "--rules", RENEWALS_DRL, RENEWALS);

        String summary = renewals.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(renewals.status()).isZero();
        assertThat(summary).startsWith("5/5 scenarios passed; rules fired ").doesNotContain("renewals/");
        assertThat(total(summary)).isEqualTo(total(standard.out().lines().reduce((a, b) -> b).orElseThrow()) + 1);
    }

    private static int total(String summary) {
        return Integer.parseInt(summary.replaceAll(".*rules fired \\d+/(\\d+);.*", "$1"));
    }

    @Test
    void aWrongScenarioPrintsEveryMismatchAndExitsOne() {
        CommandRun run = CommandRun.of("", "decide", "--check", WRONG);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).first().isEqualTo("FAIL the daily review, with expectations that are wrong on "
                + "purpose: "
                + "plan.cadence: got \"DAILY\", want \"WEEKLY_TO_BIWEEKLY\"; "
                + "plan.dri: got {\"role\":\"ACCOUNT_EXECUTIVE\",\"name\":\"Alex Morgan\"}, want {\"role\":\"CSM\","
                + "\"name\":\"Dana\"}; "
                + "plan.contacts: got [\"ACCOUNT_EXECUTIVE\",\"SUPPORT_MANAGER_ON_CALL\"], want "
                + "[\"SUPPORT_MANAGER_ON_CALL\",\"ACCOUNT_EXECUTIVE\"]; "
                + "findings: got [\"INTERNAL_UPDATE_OVERDUE\",\"CUSTOMER_UPDATE_OVERDUE\",\"CUSTOMER_UPDATES_TOO_FEW\","
                + "\"NEXT_TOUCHPOINT_MISSING\",\"STANDUP_OVERDUE\"], want [\"INTERNAL_UPDATE_OVERDUE\","
                + "\"STANDUP_OVERDUE\"]; "
                + "findings+ \"CHECKLIST_ITEM_OVERDUE\": got absent, want present; "
                + "findings- \"NEXT_TOUCHPOINT_MISSING\": got present, want absent; "
                + "findings.0.gap: got \"PT30H\", want \"PT25H\"; "
                + "closure.ready: got absent, want true; "
                + "rules+ \"2.10/ready\": got not fired, want fired; "
                + "rules- \"2.8/standup-overdue\": got fired, want not fired; "
                + "at[2026-03-03T21:00:00Z].appeared: got [\"INTERNAL_UPDATE_OVERDUE\",\"CUSTOMER_UPDATE_OVERDUE\"], "
                + "want [\"INTERNAL_UPDATE_OVERDUE\"]; "
                + "at[2026-03-03T22:00:00Z]: got absent, want a point of the replay (one every step from its start, "
                + "and one at every activity)");
        assertThat(run.out().lines().skip(1)).first().asString()
                .isEqualTo("ok an account of another segment without a strategic partnership is out of scope");
        assertThat(run.out().lines().skip(2)).singleElement().asString().startsWith("1/2 scenarios passed; ");
    }

    /**
     * The keys of version 3 are expected like any other; this emergency's three primary triggers hold and its call
     * is over its limit, so nothing is unmet or upcoming, and nothing is broadcast, so nobody is notified.
     */
    @Test
    void theKeysOfVersion3AreCheckedInDecidesWords(@TempDir Path dir) throws Exception {
        Path scenario = Files.writeString(dir.resolve("v3.json"), """
                {"name": "v3 keys, wrong on purpose", "now": "2026-03-02T15:30:00Z",
                 "account": {"name": "Acme Corp", "segment": "CSM_MANAGED", "team": {"csm": "Casey Jones"}},
                 "emergency": {"ticketId": "ZD-1", "startedAt": "2026-03-02T11:00:00Z", "afterUpgrade": true,
                               "upgradeRelatedProblems": 2, "blockedInitiatives": ["RENEWAL"],
                               "callStartedAt": "2026-03-02T12:00:00Z", "shiftEndsAt": "2026-03-02T18:00:00Z"},
                 "expect": {"conversion.unmet": ["OUTSIDE_FACTORS_BLOCKED"],
                            "upcoming": [{"code": "CALL_OVER_THREE_HOURS", "at": "2026-03-02T15:00:00Z"}],
                            "nextReviewAt": "2026-03-02T15:00:00Z", "notify.0.role": "CSM", "plan.state": "OPEN",
                            "plan.checklist.0.stakeholders": []}}""");

        CommandRun run = CommandRun.of("", "decide", "--check", scenario.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).first().isEqualTo("FAIL v3 keys, wrong on purpose: "
                + "conversion.unmet: got [], want [\"OUTSIDE_FACTORS_BLOCKED\"]; "
                + "upcoming: got [], want [{\"code\":\"CALL_OVER_THREE_HOURS\",\"at\":\"2026-03-02T15:00:00Z\"}]; "
                + "nextReviewAt: got absent, want \"2026-03-02T15:00:00Z\"; "
                + "notify.0.role: got absent, want \"CSM\"; "
                + "plan.state: got absent, want \"OPEN\"; "
                + "plan.checklist.0.stakeholders: got absent, want []");
    }

    @Test
    void aScenarioThatCannotBeReadExitsTwoNamingFileLineAndFieldAndRunsNothing() {
        CommandRun run = CommandRun.of("", "decide", "--check", STANDARD, MALFORMED);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        String lines = Path.of(MALFORMED, "lines.jsonl").toString();
        assertThat(run.err().lines()).containsExactly(
                "decide: invalid scenario " + lines + ":2: account.segment: unknown value \"CSM_MAGANED\" (expected one "
                        + "of CSM_MANAGED, TAM_SCALE, OTHER)",
                "decide: invalid scenario " + lines + ":3: (input): malformed JSON at column 27: Unexpected "
                        + "end-of-input within/between Object entries",
                "decide: invalid scenario " + Path.of(MALFORMED, "unknown-key.json") + ": expect.\"plan.driver.role\": "
                        + "not a path of decide's output: plan has no key \"driver\" (plan has severity, peakSeverity, "
                        + "cadence, involvement, dri, leadTechnicalCollaborator, caseOwner, contacts, contactNames, "
                        + "productDriRequired, productLeader, channel, checklist, state)");
    }

    @Test
    void coverageMinFailsTheRunBelowItsShare() {
        CommandRun met = CommandRun.of("", "decide", "--check", "--coverage-min", "50", STANDARD);
        CommandRun missed = CommandRun.of("", "decide", "--check", "--coverage-min", "99.5", STANDARD);

        assertThat(met.status()).isZero();
        assertThat(missed.status()).isEqualTo(1);
        assertThat(missed.out().lines()).last().asString().matches("FAIL rule coverage: got \\d+/\\d+ rules fired "
                + "\\(\\d+(\\.\\d)? %\\), want at least 99.5 %");
        assertThat(met.out().lines().toList()).isEqualTo(missed.out().lines().toList().subList(0, 12));
    }

    @Test
    void missingPathsAndUsageErrorsExitTwo() {
        assertThat(CommandRun.of("", "decide", "--check", "no-such-folder").err().strip())
                .isEqualTo("decide: cannot read no-such-folder: no such file or folder");
        assertThat(CommandRun.of("", "decide", "--check").err())
                .startsWith("decide: --check needs at least one scenario file or folder");
        assertThat(CommandRun.of("", "decide", "--coverage-min", "80", "x.json").err())
                .startsWith("decide: --coverage-min needs --check");
        assertThat(CommandRun.of("", "decide", "--check", "--coverage-min", "abc", STANDARD).err())
                .startsWith("decide: --coverage-min needs a percentage from 0 to 100, was abc");
        assertThat(CommandRun.of("", "decide", "--check", "--replay", "PT1H", STANDARD).status()).isEqualTo(2);
        assertThat(CommandRun.of("", "decide", "a.json", "b.json").err())
                .startsWith("decide: one input file at most, got a.json and b.json");
    }

    @Test
    void aRuleIdTheScenariosNameMustBeInThePolicy() {
        CommandRun run = CommandRun.of("", "decide", "--check", RENEWALS);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("expect.rules+: \"renewals/strategic-renewal-at-least-high\" is not a rule of "
                + "this policy");
    }
}
