package dev.escalation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.EscalationPolicy;
import dev.escalation.test.InvalidScenarioException;
import dev.escalation.test.PolicyScenarios;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/**
 * {@code decide --check} and JUnit's {@link PolicyScenarios} say the same, line for line, on every shipped scenario
 * and on a deliberately wrong one, and refuse the same unreadable ones in the same words.
 */
class ScenarioAgreementTest {

    /**
     * Runs dynamic tests one after the other, as JUnit does.
     *
     * @return per test {@code ok NAME} or the message it failed with, as decide prints them; the summary the
     *         coverage test printed in its place
     */
    private static List<String> junit(Stream<DynamicTest> tests) {
        List<String> lines = new ArrayList<>();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            tests.forEachOrdered(test -> {
                boolean coverage = test.getDisplayName().equals(PolicyScenarios.COVERAGE_TEST);
                String failure = null;
                try {
                    test.getExecutable().execute();
                } catch (Throwable e) {
                    failure = e.getMessage();
                }
                if (coverage) {
                    lines.add(printed.toString(StandardCharsets.UTF_8).strip());
                }
                if (failure != null) {
                    lines.add(failure);
                } else if (!coverage) {
                    lines.add("ok " + test.getDisplayName());
                }
            });
        } finally {
            System.setOut(out);
        }
        return lines;
    }

    private static List<String> decide(String... args) {
        return CommandRun.of("", args).out().lines().toList();
    }

    @Test
    void theShippedStandardScenarios() {
        List<String> decide = decide("decide", "--check", "--coverage-min", "99", CheckScenariosTest.STANDARD);

        assertThat(junit(PolicyScenarios.in(Path.of(CheckScenariosTest.STANDARD)).coverageMin(99)
                .run(EscalationPolicy.standard()))).isEqualTo(decide).hasSize(13);
    }

    @Test
    void theShippedRenewalsScenarios() {
        List<String> decide = decide("decide", "--check", "--rules", CheckScenariosTest.RENEWALS_DRL,
                CheckScenariosTest.RENEWALS);

        assertThat(junit(PolicyScenarios.in(Path.of(CheckScenariosTest.RENEWALS)).run(Renewals.POLICY)))
                .isEqualTo(decide).hasSize(6);
    }

    @Test
    void aDeliberatelyWrongScenarioFromTheClasspath() {
        List<String> decide = decide("decide", "--check", CheckScenariosTest.WRONG);

        assertThat(junit(PolicyScenarios.in("scenarios-wrong").run(EscalationPolicy.standard()))).isEqualTo(decide)
                .hasSize(3);
        assertThat(decide.get(0)).startsWith("FAIL the daily review, with expectations that are wrong on purpose: "
                + "plan.cadence: got \"DAILY\", want \"WEEKLY_TO_BIWEEKLY\"; plan.dri: got ");
    }

    @Test
    void scenariosThatCannotBeRead() {
        CommandRun run = CommandRun.of("", "decide", "--check", CheckScenariosTest.MALFORMED);

        assertThatThrownBy(() -> PolicyScenarios.in(Path.of(CheckScenariosTest.MALFORMED))
                .run(EscalationPolicy.standard())).isInstanceOfSatisfying(InvalidScenarioException.class,
                        e -> assertThat(e.getMessage().lines().map(line -> "decide: " + line))
                                .containsExactlyElementsOf(run.err().lines().toList()).hasSize(3));
    }
}
