package dev.escalation.benchmarks;

import dev.escalation.EscalationPolicy;
import dev.escalation.model.EscalationCase;
import dev.escalation.reference.RealisticCases;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What a fresh JVM pays, one measurement per fork (each fork is a new process): the first build of the standard policy,
 * and the first 1,000 assessments of realistic cases once it is built, before the JIT compiler has caught up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class StartupBenchmark {

    /** How many assessments count as the warm-up of a fresh JVM. */
    public static final int FIRST = 1_000;

    private List<EscalationCase> cases;

    /** Generates the cases only: the policy is built by the measured method or right before it. */
    @Setup
    public void generate() {
        cases = RealisticCases.generate(Cases.COUNT, 20_261_123L);
    }

    /** @return the standard policy, built for the first time in this JVM */
    @Benchmark
    public EscalationPolicy firstPolicy() {
        return EscalationPolicy.standard();
    }

    /**
     * @param first the standard policy, built before the measurement
     * @param sink  takes every assessment
     */
    @Benchmark
    public void first1000Assessments(FirstPolicy first, Blackhole sink) {
        for (int i = 0; i < FIRST; i++) {
            sink.consume(first.policy.assess(cases.get(i % cases.size()), RealisticCases.NOW));
        }
    }

    /** The standard policy, built in the trial's setup so that only the assessments are timed. */
    @State(Scope.Benchmark)
    public static class FirstPolicy {
        EscalationPolicy policy;

        /** Builds it. */
        @Setup
        public void build() {
            policy = EscalationPolicy.standard();
        }
    }
}
