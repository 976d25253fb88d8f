package dev.escalation.benchmarks;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.reference.RealisticCases;
import dev.escalation.reference.ReferencePolicy;
import dev.escalation.rules.internal.Engine;
import dev.escalation.rules.internal.PolicyFacts;
import dev.escalation.settings.PolicySettings;
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

/**
 * One full assessment of a realistic case (emergency, open escalation with 30 activities, closure facts) through the
 * facade, against the plain-Java reference on the same case; sampled, so JMH reports the median (p0.50) beside the
 * mean. The single questions go through the same facade and cost about the same: each is one assessment.
 * {@code rulesAlone} is the floor: the rules on the same case with no explanation recorded and nothing assembled
 * ({@link Engine#settle}), what no work outside the engine can go below.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentBenchmark {

    private EscalationPolicy policy;
    private Engine engine;
    private List<Object> policyFacts;

    /** Builds the policy once, as a service would. */
    @Setup
    public void build() {
        policy = EscalationPolicy.standard();
        engine = Engine.standard();
        policyFacts = PolicyFacts.of(PolicySettings.defaults());
    }

    /** @param cases the cases @return the facts once the rules settled */
    @Benchmark
    public List<Object> rulesAlone(Cases cases) {
        return engine.settle(PolicyFacts.with(policyFacts, cases.next(), RealisticCases.NOW));
    }

    /** @param cases the cases @return the assessment */
    @Benchmark
    public Assessment drools(Cases cases) {
        return policy.assess(cases.next(), RealisticCases.NOW);
    }

    /** @param cases the cases @return the assessment */
    @Benchmark
    public Assessment reference(Cases cases) {
        return ReferencePolicy.assess(cases.next(), RealisticCases.NOW, PolicySettings.defaults());
    }

    /** @param cases the cases @return the advice */
    @Benchmark
    public Object adviseConversion(Cases cases) {
        var c = cases.next();
        return policy.adviseConversion(c.account(), c.emergency(), RealisticCases.NOW);
    }

    /** @param cases the cases @return the plan */
    @Benchmark
    public Object plan(Cases cases) {
        var c = cases.next();
        return policy.plan(c.account(), c.escalation(), RealisticCases.NOW);
    }

    /** @param cases the cases @return the closure decision */
    @Benchmark
    public Object closure(Cases cases) {
        var c = cases.next();
        return policy.closure(c.account(), c.escalation(), RealisticCases.NOW);
    }
}
