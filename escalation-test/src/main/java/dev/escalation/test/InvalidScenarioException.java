package dev.escalation.test;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Scenarios that cannot be read (malformed JSON, a bad {@code decide} input, an unknown {@code expect} key, a rule id
 * the policy does not have): nothing is run until every one is fixed. Each problem is one line naming the file (and
 * the line of a {@code .jsonl} file) and every field at fault, e.g.
 * {@code scenarios/opening.json: expect."plan.driver": not a path of decide's output: plan has no key "driver" (...)}.
 *
 * <p><b>Stability:</b> stable API.
 */
public final class InvalidScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * @param problems one line per scenario at fault, {@code FILE[:LINE]: FIELD: MESSAGE; FIELD: MESSAGE}; at least
     *                 one
     */
    public InvalidScenarioException(List<String> problems) {
        super(problems.stream().map(p -> "invalid scenario " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return one line per scenario at fault, {@code FILE[:LINE]: FIELD: MESSAGE; FIELD: MESSAGE} */
    public List<String> problems() {
        return problems;
    }
}
