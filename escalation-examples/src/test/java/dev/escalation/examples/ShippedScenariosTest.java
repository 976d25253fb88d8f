package dev.escalation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.EscalationPolicy;
import dev.escalation.json.CaseInput;
import dev.escalation.json.EscalationJson;
import dev.escalation.test.PolicyScenarios;
import dev.escalation.test.RuleCoverage;
import dev.escalation.test.Scenario;
import dev.escalation.test.ScenarioSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped scenarios as a policy author's build runs them: {@code scenarios/standard} with the standard policy,
 * {@code scenarios/renewals} with {@code samples/renewals.drl} added, every rule of which they fire.
 */
class ShippedScenariosTest {

    @TestFactory
    Stream<DynamicTest> standard() {
        return PolicyScenarios.in(Path.of("scenarios", "standard")).run(EscalationPolicy.standard());
    }

    @TestFactory
    Stream<DynamicTest> renewals() {
        return PolicyScenarios.in(Path.of("scenarios", "renewals")).run(Renewals.POLICY);
    }

    @Test
    void theRenewalsScenariosFireEveryRuleOfRenewalsDrl() {
        RuleCoverage coverage = PolicyScenarios.in(Path.of("scenarios", "renewals")).check(Renewals.POLICY).coverage();

        RuleCoverage renewals = coverage.restrictedTo(rule -> rule.section().startsWith("Team policy"));
        assertThat(renewals.ids()).containsExactly("renewals/strategic-renewal-at-least-high");
        assertThat(renewals.percent()).isEqualTo(100.0);
    }

    /** Each sample case is the case of a scenario (which names its file), so no sample goes unchecked. */
    @Test
    void everySampleCaseIsAScenario() throws IOException {
        List<CaseInput> scenarios = ScenarioSuite.read(Path.of("scenarios", "standard")).scenarios().stream()
                .map(Scenario::input).toList();
        List<CaseInput> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".jsonl"))
                    .filter(f -> !List.of("bad-input.json", "settings.json", "weekdays.json", "two-hours.json")
                            .contains(f.getFileName().toString()))
                    .flatMap(ShippedScenariosTest::lines).map(text -> {
                        try {
                            return EscalationJson.readCase(text);
                        } catch (IllegalArgumentException e) {
                            return null; // the batch's bad line, there to show how decide reports one
                        }
                    }).filter(java.util.Objects::nonNull).toList();
        }

        assertThat(samples).hasSize(11);
        assertThat(scenarios).containsExactlyInAnyOrderElementsOf(samples);
    }

    private static Stream<String> lines(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return file.toString().endsWith(".jsonl") ? text.lines().filter(l -> !l.isBlank()) : Stream.of(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
