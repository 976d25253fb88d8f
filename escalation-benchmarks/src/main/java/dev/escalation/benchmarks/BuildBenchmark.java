package dev.escalation.benchmarks;

import dev.escalation.EscalationPolicy;
import dev.escalation.rules.internal.CompiledRules;
import dev.escalation.rules.internal.RuleBase;
import dev.escalation.settings.PolicySettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building policies in a warm JVM: the knowledge base of the standard rules from the model generated at build time;
 * what {@code EscalationPolicy.builder().settings(...).build()} costs a caller (that knowledge base is shared); and a
 * policy with one added rule, whose DRL is compiled with the standard DRL at run time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(1)
public class BuildBenchmark {

    private static final PolicySettings TUNED = PolicySettings.builder().callLimit(Duration.ofHours(2)).build();
    private static final String ADDED = """
            package com.example.policy;
            import dev.escalation.model.Emergency;
            rule "An emergency is noticed"
            when
                Emergency()
            then
            end
            """;

    /** @return a new knowledge base of the standard rules, built from the generated model */
    @Benchmark
    public CompiledRules standardKnowledgeBase() {
        return RuleBase.generated();
    }

    /** @return a policy with other settings, as a caller builds it */
    @Benchmark
    public EscalationPolicy policyWithOtherSettings() {
        return EscalationPolicy.builder().settings(TUNED).build();
    }

    /** @return a policy with one rule added, compiled with the standard rules at run time */
    @Benchmark
    public EscalationPolicy policyWithAddedRules() {
        return EscalationPolicy.builder().addRules("added.drl", ADDED).build();
    }
}
