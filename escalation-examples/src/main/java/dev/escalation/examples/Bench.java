package dev.escalation.examples;

import dev.escalation.EscalationPolicy;
import dev.escalation.model.EscalationCase;
import dev.escalation.reference.RealisticCases;
import dev.escalation.reference.ReferencePolicy;
import dev.escalation.settings.PolicySettings;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench}: a one-minute check of the figures on any machine. Warms up, times every call on realistic cases
 * (the same generator as the JMH benchmarks), and prints last one line:
 * {@code median_us=<x> reference_ratio=<y> throughput_per_s=<z>}. JMH (escalation-benchmarks) is the careful
 * measurement; this is the quick one.
 */
final class Bench {

    private static final long SEED = 20_261_123L;

    private Bench() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int cases = 2_000;
        int threads = Runtime.getRuntime().availableProcessors();
        int warmUp = 5;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--cases" -> cases = positive(args, ++i, "--cases");
                    case "--threads" -> threads = positive(args, ++i, "--threads");
                    case "--warmup" -> warmUp = positive(args, ++i, "--warmup");
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage() + " (usage: bench [--cases N] [--threads T] [--warmup SECONDS])");
            return 2;
        }
        List<EscalationCase> sample = RealisticCases.generate(cases, SEED);
        EscalationPolicy policy = EscalationPolicy.standard();
        PolicySettings settings = PolicySettings.defaults();
        out.printf("%d realistic cases (emergency, open escalation with 30 activities, closure facts), %d cores%n",
                cases, Runtime.getRuntime().availableProcessors());

        long warmUntil = System.nanoTime() + warmUp * 1_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (EscalationCase c : sample) {
                policy.assess(c, RealisticCases.NOW);
                ReferencePolicy.assess(c, RealisticCases.NOW, settings);
            }
        }
        double drools = median(sample, c -> policy.assess(c, RealisticCases.NOW));
        double reference = median(sample, c -> ReferencePolicy.assess(c, RealisticCases.NOW, settings));
        out.printf(Locale.ROOT, "median full assessment: drools %.1f us, plain-Java reference %.2f us%n", drools,
                reference);

        double throughput = 0;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            policy.assessAll(sample, RealisticCases.NOW, threads);
            throughput = Math.max(throughput, cases / ((System.nanoTime() - start) / 1e9));
        }
        out.printf(Locale.ROOT, "batch throughput on %d threads: %.0f cases/s%n", threads, throughput);
        out.printf(Locale.ROOT, "median_us=%.1f reference_ratio=%.1f throughput_per_s=%.0f%n", drools,
                drools / reference, throughput);
        return 0;
    }

    private static double median(List<EscalationCase> sample, java.util.function.Consumer<EscalationCase> call) {
        long[] nanos = new long[sample.size() * 3];
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (EscalationCase c : sample) {
                long start = System.nanoTime();
                call.accept(c);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e3;
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
