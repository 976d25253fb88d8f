package dev.escalation.benchmarks;

import dev.escalation.model.EscalationCase;
import dev.escalation.reference.RealisticCases;
import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The measured cases, the same in every benchmark and run; each thread walks them round-robin. */
@State(Scope.Thread)
public class Cases {

    /** How many distinct cases a benchmark cycles through, so no single case's branches dominate. */
    public static final int COUNT = 1_000;

    List<EscalationCase> cases;
    private int next;

    /** Generates the cases. */
    @Setup
    public void generate() {
        cases = RealisticCases.generate(COUNT, 20_261_123L);
    }

    EscalationCase next() {
        EscalationCase c = cases.get(next);
        next = (next + 1) % COUNT;
        return c;
    }
}
