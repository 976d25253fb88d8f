package dev.escalation.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a suite of scenarios went: each scenario's result, in order, and the rules it fired.
 *
 * <p><b>Stability:</b> stable API.
 *
 * @param results  each scenario's result, in the suite's order
 * @param coverage which rules of the policy fired
 */
public record ScenarioReport(List<ScenarioResult> results, RuleCoverage coverage) {

    /**
     * Copies the results.
     *
     * @param results see {@link #results()}
     * @param coverage see {@link #coverage()}
     */
    public ScenarioReport {
        results = List.copyOf(results);
    }

    /** @return how many scenarios met every expectation */
    public int passed() {
        return (int) results.stream().filter(ScenarioResult::passed).count();
    }

    /** @return whether every scenario met every expectation */
    public boolean allPassed() {
        return passed() == results.size();
    }

    /** @return {@code N/M scenarios passed; rules fired K/R; never fired: [ID, ID]} */
    public String summary() {
        return passed() + "/" + results.size() + " scenarios passed; " + coverage.summary();
    }

    /**
     * @param minPercent the least share of rules that must fire, or {@code null} for none
     * @return the line saying coverage fell short, when it did
     */
    public Optional<String> coverageFailure(Double minPercent) {
        return minPercent != null && coverage.isBelow(minPercent) ? Optional.of(coverage.failure(minPercent))
                : Optional.empty();
    }

    /**
     * @param minPercent the least share of rules that must fire, or {@code null} for none
     * @return what {@code decide --check} prints: one line per scenario, the summary, and the coverage failure if any
     */
    public List<String> lines(Double minPercent) {
        List<String> lines = new ArrayList<>();
        results.forEach(result -> lines.add(result.line()));
        lines.add(summary());
        coverageFailure(minPercent).ifPresent(lines::add);
        return lines;
    }
}
