package dev.escalation.decision;

import java.util.List;

/**
 * Whether an escalation may close (POLICY.md 2.10).
 *
 * @param ready       whether nothing blocks the closing
 * @param blockers    what blocks it, in declaration order
 * @param steps       the closing steps, in order; empty unless ready
 * @param explanation the rules of 2.10 that fired
 */
public record ClosureDecision(boolean ready, List<Blocker> blockers, List<ClosureStep> steps,
                              List<Explanation> explanation) {

    /** The POLICY.md clauses (2.10) whose rules this part's explanation holds, as a rule id begins. */
    public static final List<String> CLAUSES = List.of("2.10");

    /**
     * Copies the lists.
     *
     * @param ready see {@link #ready()}
     * @param blockers see {@link #blockers()}
     * @param steps see {@link #steps()}
     * @param explanation see {@link #explanation()}
     */
    public ClosureDecision {
        blockers = List.copyOf(blockers);
        steps = List.copyOf(steps);
        explanation = List.copyOf(explanation);
    }
}
