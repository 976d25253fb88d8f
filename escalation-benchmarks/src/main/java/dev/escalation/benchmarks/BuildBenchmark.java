package dev.escalation.benchmarks;

import dev.escalation.EscalationPolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Compiling the standard rules into a knowledge base: what {@code EscalationPolicy.builder().build()} costs. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(1)
public class BuildBenchmark {

    /** @return a freshly built policy */
    @Benchmark
    public EscalationPolicy build() {
        return EscalationPolicy.builder().build();
    }
}
