package dev.escalation.test;

import dev.escalation.EscalationPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * A folder of scenario files as JUnit 5 tests: one dynamic test per scenario, failing with the line
 * {@code decide --check} prints for it, then one test, {@code rule coverage}, that prints the suite's summary
 * ({@code N/M scenarios passed; rules fired K/R; never fired: [...]}) and fails when fewer rules fired than
 * {@link #coverageMin(double)} asks.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> policy() {
 *     return PolicyScenarios.in("scenarios").run(policy);      // src/test/resources/scenarios/*.json
 * }
 * }</pre>
 *
 * <p>Immutable: each setter returns a copy. <b>Stability:</b> stable API.
 */
public final class PolicyScenarios {

    /** The display name of the last test, which reports coverage. */
    public static final String COVERAGE_TEST = "rule coverage";

    private final List<String> locations;
    private final List<Path> paths;
    private final Double coverageMin;

    private PolicyScenarios(List<String> locations, List<Path> paths, Double coverageMin) {
        this.locations = List.copyOf(locations);
        this.paths = List.copyOf(paths);
        this.coverageMin = coverageMin;
    }

    /**
     * @param locations folders or files on the test classpath ({@code scenarios} for
     *                  {@code src/test/resources/scenarios}), or else paths relative to the working directory
     * @return the scenarios there
     */
    public static PolicyScenarios in(String... locations) {
        if (locations.length == 0) {
            throw new IllegalArgumentException("name at least one folder or file of scenarios");
        }
        return new PolicyScenarios(Arrays.asList(locations), List.of(), null);
    }

    /**
     * @param paths folders or files of scenarios on the file system
     * @return the scenarios there
     */
    public static PolicyScenarios in(Path... paths) {
        if (paths.length == 0) {
            throw new IllegalArgumentException("name at least one folder or file of scenarios");
        }
        return new PolicyScenarios(List.of(), Arrays.asList(paths), null);
    }

    /**
     * @param percent the least share of the policy's rules, standard and added, that the scenarios must fire, from
     *                0 to 100, as {@code decide --check --coverage-min}
     * @return a copy that fails its {@value #COVERAGE_TEST} test below it
     */
    public PolicyScenarios coverageMin(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("coverageMin must be from 0 to 100, was " + percent);
        }
        return new PolicyScenarios(locations, paths, percent);
    }

    /**
     * Reads the scenarios now, so a scenario that cannot be read fails the test factory at once with every problem,
     * as {@code decide --check} refuses to run; the tests decide lazily, one by one.
     *
     * @param policy the policy to decide with
     * @return one test per scenario, then the {@value #COVERAGE_TEST} test
     * @throws InvalidScenarioException naming every scenario that cannot be read, or names a rule the policy lacks
     */
    public Stream<DynamicTest> run(EscalationPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        ScenarioSuite suite = suite();
        suite.requireRulesOf(policy);
        // Results by scenario, in the suite's order: the coverage test decides the scenarios that did not run (an IDE
        // running one test, a filter), so coverage is always that of the whole suite, as decide --check reports it.
        Map<Scenario, ScenarioResult> results = Collections.synchronizedMap(new IdentityHashMap<>());
        Stream<DynamicTest> scenarios = suite.scenarios().stream().map(scenario -> DynamicTest.dynamicTest(
                scenario.name(), scenario.uri().orElse(null), () -> {
                    ScenarioResult result = scenario.check(policy);
                    results.put(scenario, result);
                    if (!result.passed()) {
                        throw new AssertionFailedError(result.line());
                    }
                }));
        DynamicTest coverage = DynamicTest.dynamicTest(COVERAGE_TEST, () -> {
            List<ScenarioResult> all = new ArrayList<>();
            for (Scenario scenario : suite.scenarios()) {
                ScenarioResult result = results.get(scenario);
                all.add(result != null ? result : scenario.check(policy));
            }
            ScenarioReport report = ScenarioSuite.report(policy, all);
            System.out.println(report.summary());
            if (report.coverageFailure(coverageMin).isPresent()) {
                throw new AssertionFailedError(report.coverageFailure(coverageMin).get());
            }
        });
        return Stream.concat(scenarios, Stream.of(coverage));
    }

    /**
     * Checks every scenario at once, without JUnit: what {@code decide --check} does.
     *
     * @param policy the policy to decide with
     * @return the report
     * @throws InvalidScenarioException naming every scenario that cannot be read, or names a rule the policy lacks
     */
    public ScenarioReport check(EscalationPolicy policy) {
        return suite().check(policy);
    }

    /** @return the scenarios, read now */
    public ScenarioSuite suite() {
        List<ScenarioReader.Root> roots = new ArrayList<>();
        paths.forEach(path -> roots.add(new ScenarioReader.Root(path, path.toString())));
        for (String location : locations) {
            roots.add(resolve(location));
        }
        return ScenarioSuite.of(roots);
    }

    /** A classpath location first, since tests keep scenarios in their resources; else a path from here. */
    private static ScenarioReader.Root resolve(String location) {
        String resource = location.startsWith("/") ? location.substring(1) : location;
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : PolicyScenarios.class.getClassLoader();
        URL url = resource.isEmpty() ? null : loader.getResource(resource);
        if (url != null) {
            return new ScenarioReader.Root(pathOf(url), resource);
        }
        Path path = Path.of(location);
        if (Files.exists(path)) {
            return new ScenarioReader.Root(path, location);
        }
        throw new UncheckedIOException(new IOException(location
                + ": no such folder or file of scenarios, neither on the classpath nor from "
                + Path.of("").toAbsolutePath()));
    }

    /** A classpath resource as a path, in a jar too (through the zip file system). */
    private static Path pathOf(URL url) {
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before: Path.of finds it
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read scenarios at " + url, e));
        }
    }
}
