package dev.escalation.benchmarks;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.reference.RealisticCases;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A nightly sweep: {@code assessAll} over 1,000 realistic cases on 1 and 2 threads; the score is cases per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchBenchmark {

    @Param({"1", "2"})
    private int threads;

    private EscalationPolicy policy;
    private List<dev.escalation.model.EscalationCase> cases;

    /** Builds the policy and the cases once. */
    @Setup
    public void build() {
        policy = EscalationPolicy.standard();
        cases = RealisticCases.generate(Cases.COUNT, 20_261_123L);
    }

    /** @return the assessments */
    @Benchmark
    @OperationsPerInvocation(Cases.COUNT)
    public List<Assessment> assessAll() {
        return policy.assessAll(cases, RealisticCases.NOW, threads);
    }
}
