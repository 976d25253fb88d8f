package dev.escalation.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.EscalationPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Scenario folders as JUnit tests, reporting as {@code decide --check} does. */
class PolicyScenariosTest {

    private static final EscalationPolicy POLICY = EscalationPolicy.standard();

    @TempDir
    Path dir;

    /** The way a user runs them: from {@code src/test/resources/scenarios}. */
    @TestFactory
    Stream<DynamicTest> scenariosOnTheClasspath() {
        return PolicyScenarios.in("scenarios").run(POLICY);
    }

    /**
     * Runs the tests as JUnit would, one after the other.
     *
     * @return per test: {@code ok NAME}, or the message it failed with; the printed summary last
     */
    private static List<String> execute(Stream<DynamicTest> tests) {
        List<String> lines = new ArrayList<>();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            tests.forEachOrdered(test -> {
                try {
                    test.getExecutable().execute();
                    lines.add("ok " + test.getDisplayName());
                } catch (Throwable failure) {
                    lines.add(failure.getMessage());
                }
            });
        } finally {
            System.setOut(out);
        }
        lines.add(printed.toString(StandardCharsets.UTF_8).strip());
        return lines;
    }

    @Test
    void classpathFoldersAreFoundAndEveryScenarioIsATest() {
        List<DynamicTest> tests = PolicyScenarios.in("scenarios").run(POLICY).toList();

        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly(
                "an emergency running 3 h 1 min calls for an account escalation", "exactly 3 h is not over 3 h",
                "a call of 3 h 10 min is over its limit", PolicyScenarios.COVERAGE_TEST);
        assertThat(tests.get(0).getTestSourceUri()).hasValueSatisfying(uri -> assertThat(uri.toString())
                .endsWith("scenarios/conversion.json"));
    }

    /** Writes a scenario that passes, {@code good}, and one that fails, {@code wrong}, with the expectations given. */
    private void goodAndWrong(String wrongExpectations) throws IOException {
        Files.writeString(dir.resolve("good.json"), ScenarioSuiteTest.scenario("good", ScenarioSuiteTest.EMERGENCY,
                "{\"conversion.recommended\": true}"));
        Files.writeString(dir.resolve("wrong.json"), ScenarioSuiteTest.scenario("wrong", ScenarioSuiteTest.EMERGENCY,
                wrongExpectations));
    }

    @Test
    void theTestsSayWhatDecideCheckSaysLineForLine() throws IOException {
        goodAndWrong("{\"conversion.recommended\": false, \"findings\": [\"OUT_OF_SCOPE\"]}");

        List<String> junit = execute(PolicyScenarios.in(dir).coverageMin(95).run(POLICY));
        List<String> check = ScenarioSuite.read(dir).check(POLICY).lines(95.0);

        assertThat(junit).containsExactly(
                "ok good",
                "FAIL wrong: conversion.recommended: got true, want false; findings: got [], want [\"OUT_OF_SCOPE\"]",
                check.get(3),
                check.get(2));
        assertThat(check.get(2)).startsWith("1/2 scenarios passed; rules fired ");
        assertThat(check.get(3)).startsWith("FAIL rule coverage: got ").endsWith(", want at least 95 %");
    }

    /** Run alone (an IDE running one test, a filter), the coverage test decides the scenarios that did not run. */
    @Test
    void theCoverageTestCountsTheWholeSuiteWhenTheScenariosDidNotRun() throws IOException {
        goodAndWrong("{\"conversion.recommended\": false}");

        List<String> junit = execute(PolicyScenarios.in(dir).run(POLICY)
                .filter(test -> test.getDisplayName().equals(PolicyScenarios.COVERAGE_TEST)));
        List<String> check = ScenarioSuite.read(dir).check(POLICY).lines(null);

        assertThat(junit).containsExactly("ok " + PolicyScenarios.COVERAGE_TEST, check.get(check.size() - 1));
        assertThat(junit.get(1)).startsWith("1/2 scenarios passed; rules fired ");
    }

    @Test
    void withoutAMinimumTheCoverageTestOnlyReports() throws IOException {
        Files.writeString(dir.resolve("good.json"), ScenarioSuiteTest.scenario("good", ScenarioSuiteTest.EMERGENCY,
                "{}"));

        List<String> junit = execute(PolicyScenarios.in(dir.toString()).run(POLICY));

        assertThat(junit).hasSize(3);
        assertThat(junit.get(1)).isEqualTo("ok " + PolicyScenarios.COVERAGE_TEST);
        assertThat(junit.get(2)).startsWith("1/1 scenarios passed; rules fired ");
    }

    @Test
    void aScenarioThatCannotBeReadFailsTheFactoryNamingIt() throws IOException {
        Files.writeString(dir.resolve("bad.json"), "{\"name\": \"bad\"}");

        assertThatThrownBy(() -> PolicyScenarios.in(dir).run(POLICY)).isInstanceOf(InvalidScenarioException.class)
                .hasMessageStartingWith("invalid scenario " + dir.resolve("bad.json") + ": ");
        assertThatThrownBy(() -> PolicyScenarios.in("no-such-scenarios").run(POLICY))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no-such-scenarios: no such folder or file of scenarios, neither on the "
                        + "classpath nor from ");
        assertThatThrownBy(() -> PolicyScenarios.in(dir).coverageMin(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkGivesTheReportWithoutJUnit() {
        ScenarioReport report = PolicyScenarios.in("scenarios").check(POLICY);

        assertThat(report.results()).extracting(ScenarioResult::line).containsExactly(
                "ok an emergency running 3 h 1 min calls for an account escalation", "ok exactly 3 h is not over 3 h",
                "ok a call of 3 h 10 min is over its limit");
        assertThat(report.results()).extracting(ScenarioResult::source).containsExactly("scenarios/conversion.json",
                "scenarios/emergencies/thresholds.jsonl:1", "scenarios/emergencies/thresholds.jsonl:3");
    }
}
