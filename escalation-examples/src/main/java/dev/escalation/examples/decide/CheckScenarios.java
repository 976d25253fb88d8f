package dev.escalation.examples.decide;

import dev.escalation.EscalationPolicy;
import dev.escalation.test.InvalidScenarioException;
import dev.escalation.test.ScenarioReport;
import dev.escalation.test.ScenarioSuite;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code decide --check PATH...}: the scenarios in those files and folders, checked by the engine of
 * {@code escalation-test}, the one JUnit's {@code PolicyScenarios} uses, so the two say the same. One line per
 * scenario ({@code ok NAME} or {@code FAIL NAME: path: got X, want Y; ...}), then
 * {@code N/M scenarios passed; rules fired K/R; never fired: [...]}. Exit status 0 when every scenario passed, 1 when
 * one failed or coverage fell short of {@code --coverage-min}, 2 when a scenario cannot be read (nothing is run then:
 * one line on standard error per scenario at fault, naming file, line and fields).
 */
final class CheckScenarios {

    private CheckScenarios() {
    }

    /**
     * @param paths       scenario files and folders
     * @param coverageMin the least percentage of rules that must fire, or {@code null}
     * @param policy      the policy, with the settings and rules of the command line
     * @param out         where the lines go
     * @param err         where problems go
     * @return the exit status
     */
    static int run(List<String> paths, Double coverageMin, EscalationPolicy policy, PrintStream out,
                   PrintStream err) {
        ScenarioSuite suite;
        try {
            suite = ScenarioSuite.read(paths.stream().map(Path::of).toList());
            suite.requireRulesOf(policy);
        } catch (InvalidScenarioException e) {
            e.problems().forEach(problem -> err.println("decide: invalid scenario " + problem));
            return 2;
        } catch (UncheckedIOException e) {
            err.println("decide: cannot read " + describe(e.getCause()));
            return 2;
        }
        ScenarioReport report = suite.check(policy, result -> out.println(result.line()));
        out.println(report.summary());
        Optional<String> coverage = report.coverageFailure(coverageMin);
        coverage.ifPresent(out::println);
        return report.allPassed() && coverage.isEmpty() ? 0 : 1;
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String reason = f.getReason() != null ? f.getReason()
                    : f instanceof NoSuchFileException ? "no such file" : f.getClass().getSimpleName();
            return f.getFile() + ": " + reason;
        }
        return "the scenarios: " + e.getMessage();
    }
}
