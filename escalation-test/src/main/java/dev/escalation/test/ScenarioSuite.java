package dev.escalation.test;

import dev.escalation.EscalationPolicy;
import dev.escalation.PolicyRule;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scenario files read and ready to check against a policy: the one engine behind {@code decide --check} and
 * {@link PolicyScenarios}, so the two cannot disagree.
 *
 * <pre>{@code
 * ScenarioReport report = ScenarioSuite.read(Path.of("scenarios")).check(policy);
 * report.results().forEach(r -> System.out.println(r.line()));   // ok NAME, or FAIL NAME: path: got X, want Y
 * System.out.println(report.summary());                          // N/M scenarios passed; rules fired K/R; ...
 * }</pre>
 *
 * <p>Immutable and thread-safe. <b>Stability:</b> stable API.
 */
public final class ScenarioSuite {

    private final List<Scenario> scenarios;

    private ScenarioSuite(List<Scenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /**
     * @param paths scenario files ({@code .json}: one scenario; {@code .jsonl}: one per line) and folders (every such
     *              file below, in path order)
     * @return the scenarios, in the order of the paths, then of files, then of lines
     * @throws InvalidScenarioException naming every scenario that cannot be read, with file, line and fields
     * @throws UncheckedIOException     when a path does not exist or cannot be read
     */
    public static ScenarioSuite read(List<Path> paths) {
        return of(paths.stream().map(p -> new ScenarioReader.Root(p, p.toString())).toList());
    }

    /**
     * @param paths scenario files and folders
     * @return the scenarios
     * @see #read(List)
     */
    public static ScenarioSuite read(Path... paths) {
        return read(Arrays.asList(paths));
    }

    /** Reads files and folders named in messages as the caller says, e.g. by their classpath location. */
    static ScenarioSuite of(List<ScenarioReader.Root> roots) {
        return new ScenarioSuite(ScenarioReader.read(roots));
    }

    /** @return the scenarios, in order */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /**
     * Every rule id that a {@code rules+} or {@code rules-} names must be a rule of the policy: a misspelt id in
     * {@code rules-} would otherwise pass for ever.
     *
     * @param policy the policy the scenarios are checked against
     * @throws InvalidScenarioException naming each scenario, field and id the policy does not have
     */
    public void requireRulesOf(EscalationPolicy policy) {
        Set<String> ids = new LinkedHashSet<>(policy.rules().stream().map(PolicyRule::id).toList());
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            for (Expectations.RuleReference reference : scenario.ruleReferences()) {
                if (!ids.contains(reference.id())) {
                    unknown.computeIfAbsent(scenario.source(), s -> new ArrayList<>()).add(reference.field()
                            + ": \"" + reference.id() + "\" is not a rule of this policy");
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidScenarioException(unknown.entrySet().stream()
                    .map(e -> e.getKey() + ": " + String.join("; ", e.getValue())).toList());
        }
    }

    /**
     * @param policy the policy to decide with
     * @return every scenario's result, and the rules that fired
     * @throws InvalidScenarioException when a scenario names a rule the policy does not have
     */
    public ScenarioReport check(EscalationPolicy policy) {
        return check(policy, result -> { });
    }

    /**
     * @param policy the policy to decide with
     * @param each   told each result as soon as it is known, e.g. to print its line
     * @return every scenario's result, and the rules that fired
     * @throws InvalidScenarioException when a scenario names a rule the policy does not have
     */
    public ScenarioReport check(EscalationPolicy policy, Consumer<ScenarioResult> each) {
        Objects.requireNonNull(policy, "policy");
        requireRulesOf(policy);
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            ScenarioResult result = scenario.check(policy);
            results.add(result);
            each.accept(result);
        }
        return report(policy, results);
    }

    /**
     * @param policy  the policy the results were checked against
     * @param results results of scenarios
     * @return their report, coverage counted over all of them
     */
    static ScenarioReport report(EscalationPolicy policy, List<ScenarioResult> results) {
        Set<String> fired = new LinkedHashSet<>();
        results.forEach(result -> fired.addAll(result.firedRules()));
        return new ScenarioReport(results, new RuleCoverage(policy.rules(), fired));
    }
}
