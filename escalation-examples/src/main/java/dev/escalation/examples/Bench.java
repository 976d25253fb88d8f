package dev.escalation.examples;

import dev.escalation.EscalationPolicy;
import dev.escalation.model.EscalationCase;
import dev.escalation.reference.RealisticCases;
import dev.escalation.reference.ReferencePolicy;
import dev.escalation.rules.internal.Engine;
import dev.escalation.rules.internal.PolicyFacts;
import dev.escalation.rules.internal.RuleBase;
import dev.escalation.settings.PolicySettings;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code bench}: a one-minute check of the figures on any machine, start-up included. In the fresh JVM it runs in,
 * it times the standard policy's first build and the first 1,000 assessments (the warm-up a new process pays); then
 * it warms up, times every call on realistic cases (the same generator as the JMH benchmarks), the knowledge-base
 * build in the warm JVM, and batch throughput, and prints last one line:
 * {@code median_us=<x> reference_ratio=<y> throughput_per_s=<z> kbase_ms=<k> first_1000_s=<f> floor_ratio=<r>}.
 * The floor is the rules alone on the same cases ({@link Engine#settle}: no explanation, nothing assembled), so
 * {@code floor_ratio} is what no work outside the engine can go below. The full assessment, the reference and the floor
 * are timed in alternating rounds, so each ratio is of times taken under the same load. JMH (escalation-benchmarks) is
 * the careful measurement; this is the quick one. With {@code --first-rules-alone}, the fresh JVM's first 1,000 are
 * runs of the rules alone instead of assessments, the floor of {@code first_1000_s}, printed as
 * {@code first_1000_rules_alone_s}.
 */
final class Bench {

    private static final long SEED = 20_261_123L;
    /** How many assessments count as the warm-up of a fresh JVM. */
    private static final int FIRST = 1_000;
    private static final int KBASE_BUILDS = 21;
    private static final int COMPILES = 5;

    private Bench() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int cases = 2_000;
        int threads = Runtime.getRuntime().availableProcessors();
        int warmUp = 5;
        boolean rulesAlone = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--cases" -> cases = positive(args, ++i, "--cases");
                    case "--threads" -> threads = positive(args, ++i, "--threads");
                    case "--warmup" -> warmUp = positive(args, ++i, "--warmup");
                    case "--first-rules-alone" -> rulesAlone = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage() + " (usage: bench [--cases N] [--threads T] [--warmup SECONDS]"
                    + " [--first-rules-alone])");
            return 2;
        }
        List<EscalationCase> sample = RealisticCases.generate(cases, SEED);
        // First in this JVM: what a new process pays before its first decisions.
        long coldStart = System.nanoTime();
        EscalationPolicy policy = EscalationPolicy.standard();
        double coldMillis = (System.nanoTime() - coldStart) / 1e6;
        PolicySettings settings = PolicySettings.defaults();
        Engine engine = Engine.standard();
        List<Object> policyFacts = PolicyFacts.of(settings);
        long firstStart = System.nanoTime();
        for (int i = 0; i < FIRST; i++) {
            EscalationCase c = sample.get(i % sample.size());
            if (rulesAlone) {
                // The floor of a fresh JVM's first assessments: the rules alone, as the floor_ratio below.
                engine.settle(PolicyFacts.with(policyFacts, c, RealisticCases.NOW));
            } else {
                policy.assess(c, RealisticCases.NOW);
            }
        }
        double firstSeconds = (System.nanoTime() - firstStart) / 1e9;
        out.printf("%d realistic cases (emergency, open escalation with 30 activities, closure facts), %d cores%n",
                cases, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "fresh JVM: standard policy built in %.0f ms, first %,d %s took %.2f s%n",
                coldMillis, FIRST, rulesAlone ? "runs of the rules alone (no explanation, nothing assembled)"
                        : "assessments", firstSeconds);

        long warmUntil = System.nanoTime() + warmUp * 1_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (EscalationCase c : sample) {
                policy.assess(c, RealisticCases.NOW);
                ReferencePolicy.assess(c, RealisticCases.NOW, settings);
                engine.settle(PolicyFacts.with(policyFacts, c, RealisticCases.NOW));
            }
        }
        double[] medians = medians(sample, c -> policy.assess(c, RealisticCases.NOW),
                c -> ReferencePolicy.assess(c, RealisticCases.NOW, settings),
                c -> engine.settle(PolicyFacts.with(policyFacts, c, RealisticCases.NOW)));
        double drools = medians[0];
        double reference = medians[1];
        double floor = medians[2];
        out.printf(Locale.ROOT, "median full assessment: drools %.1f us, plain-Java reference %.2f us%n", drools,
                reference);
        out.printf(Locale.ROOT, "the rules alone (no explanation, nothing assembled): %.1f us, %.1fx the reference%n",
                floor, floor / reference);

        double kbase = medianMillis(KBASE_BUILDS, RuleBase::generated);
        double compiled = medianMillis(COMPILES, () -> RuleBase.build(RuleBase.standardRules()));
        out.printf(Locale.ROOT, "knowledge base of the standard rules, warm JVM (median): %.1f ms from the generated "
                + "model; %.0f ms compiled from DRL at run time, as with added rules%n", kbase, compiled);

        double throughput = 0;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            policy.assessAll(sample, RealisticCases.NOW, threads);
            throughput = Math.max(throughput, cases / ((System.nanoTime() - start) / 1e9));
        }
        out.printf(Locale.ROOT, "batch throughput on %d threads: %.0f cases/s%n", threads, throughput);
        out.printf(Locale.ROOT, "median_us=%.1f reference_ratio=%.1f throughput_per_s=%.0f kbase_ms=%.1f"
                + " %s=%.2f floor_ratio=%.1f%n", drools, drools / reference, throughput, kbase,
                rulesAlone ? "first_1000_rules_alone_s" : "first_1000_s", firstSeconds, floor / reference);
        return 0;
    }

    /** The median time of building something several times, in milliseconds. */
    private static double medianMillis(int times, Supplier<?> build) {
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            build.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[times / 2] / 1e6;
    }

    /**
     * The median time of each call on every case, over three rounds; in each round the calls take turns, a whole pass
     * over the cases each, so they share the machine's load alike.
     */
    @SafeVarargs
    private static double[] medians(List<EscalationCase> sample, Consumer<EscalationCase>... calls) {
        long[][] nanos = new long[calls.length][sample.size() * 3];
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (int call = 0; call < calls.length; call++) {
                int i = n;
                for (EscalationCase c : sample) {
                    long start = System.nanoTime();
                    calls[call].accept(c);
                    nanos[call][i++] = System.nanoTime() - start;
                }
            }
            n += sample.size();
        }
        double[] medians = new double[calls.length];
        for (int call = 0; call < calls.length; call++) {
            Arrays.sort(nanos[call]);
            medians[call] = nanos[call][nanos[call].length / 2] / 1e3;
        }
        return medians;
    }

    private static int positive(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a number");
        }
        try {
            int value = Integer.parseInt(args[i]);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a whole number of at least 1, was " + args[i]);
    }
}
