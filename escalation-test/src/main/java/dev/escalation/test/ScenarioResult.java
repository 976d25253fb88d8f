package dev.escalation.test;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How one scenario went: every expectation it did not meet, and the rules that fired for it.
 *
 * <p><b>Stability:</b> stable API.
 *
 * @param name       the scenario's name
 * @param source     where it was read, {@code scenarios/opening.json} or {@code scenarios/batch.jsonl:3}
 * @param mismatches each unmet expectation, {@code KEY: got X, want Y}, in the order the scenario writes them
 * @param firedRules the ids of the rules in the explanation of its decision (and of its replay's points), in order
 */
public record ScenarioResult(String name, String source, List<String> mismatches, Set<String> firedRules) {

    /**
     * Copies the collections.
     *
     * @param name see {@link #name()}
     * @param source see {@link #source()}
     * @param mismatches see {@link #mismatches()}
     * @param firedRules see {@link #firedRules()}
     */
    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
        firedRules = Collections.unmodifiableSet(new LinkedHashSet<>(firedRules));
    }

    /** @return whether every expectation was met */
    public boolean passed() {
        return mismatches.isEmpty();
    }

    /**
     * @return the line {@code decide --check} prints and a failed {@link PolicyScenarios} test reports:
     *         {@code ok NAME}, or {@code FAIL NAME: KEY: got X, want Y; KEY: got X, want Y}
     */
    public String line() {
        return passed() ? "ok " + name : "FAIL " + name + ": " + String.join("; ", mismatches);
    }
}
