package dev.escalation.json;

import dev.escalation.Batched;
import dev.escalation.CaseAt;
import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.model.EscalationCase;
import dev.escalation.validation.InvalidEscalationInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The dry run of a policy change: which decisions a candidate policy would change, for which cases, and why,
 * against a baseline. Any two policies compare: other settings, added rules, or both. Each case is assessed by both
 * as of its own {@code now}, and the assessments are compared as {@code decide} prints them
 * ({@link AssessmentDifference}).
 *
 * <pre>{@code
 * PolicyComparison dryRun = PolicyComparison.of(EscalationPolicy.standard(), EscalationPolicy.builder()
 *         .settings(PolicySettings.builder().conversionThreshold(Duration.ofHours(2)).build()).build());
 * ComparisonSummary summary = dryRun.compare(jsonLines, line -> {
 *     CaseInput input = EscalationJson.readCase(line);
 *     return new CaseAt(input.escalationCase(), input.now());
 * }, 2, comparison -> {
 *     if (comparison.changed()) {
 *         System.out.println(comparison.difference().keys());
 *     }
 * });
 * }</pre>
 *
 * <p>A batch streams through in bounded memory: both policies assess it with
 * {@link EscalationPolicy#assessAll(Stream, Function, Function, int)}, a small window of cases in flight, and the
 * summary keeps counts, not cases. An invalid case is refused and the batch goes on. Thread-safe, as its policies are.
 * Needs {@code escalation-rules} on the classpath, which this module does not bring by itself.
 *
 * <p><b>Stability:</b> stable API.
 */
public final class PolicyComparison {

    private final EscalationPolicy baseline;
    private final EscalationPolicy candidate;

    private PolicyComparison(EscalationPolicy baseline, EscalationPolicy candidate) {
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.candidate = Objects.requireNonNull(candidate, "candidate");
    }

    /**
     * @param baseline  the policy in force
     * @param candidate the policy considered
     * @return their comparison
     */
    public static PolicyComparison of(EscalationPolicy baseline, EscalationPolicy candidate) {
        return new PolicyComparison(baseline, candidate);
    }

    /** @return the policy in force */
    public EscalationPolicy baseline() {
        return baseline;
    }

    /** @return the policy considered */
    public EscalationPolicy candidate() {
        return candidate;
    }

    /**
     * @param escalationCase a case
     * @param now            the instant to decide it as of
     * @return how the candidate's assessment differs from the baseline's
     * @throws InvalidEscalationInputException listing every violation, when the case or {@code now} is invalid
     */
    public AssessmentDifference compare(EscalationCase escalationCase, Instant now) {
        return AssessmentDifference.of(baseline.assess(escalationCase, now), candidate.assess(escalationCase, now));
    }

    /**
     * Compares a stream of any length in its order and in bounded memory. Turning an element into a case, assessing
     * it and comparing run on the worker threads.
     *
     * @param items   the elements, e.g. numbered lines of JSON
     * @param toCase  how to turn one into a case and the instant to decide it as of; an
     *                {@link InvalidEscalationInputException} it throws refuses that element
     * @param threads how many threads each policy assesses on, at least 1
     * @param <T>     the elements' type
     * @return one comparison per element, in order; close it (try-with-resources) to stop early
     */
    public <T> Stream<CaseComparison<T>> compare(Stream<T> items, Function<? super T, CaseAt> toCase, int threads) {
        Objects.requireNonNull(toCase, "toCase");
        Stream<Slot<T>> baselined = baseline.assessAll(items.map(Slot<T>::new), slot -> slot.read(toCase),
                result -> result.item().baseline(result), threads);
        return candidate.assessAll(baselined, Slot::caseAt, result -> result.item().compare(result), threads);
    }

    /**
     * Compares a stream of any length, hands each comparison to {@code each} in order on the calling thread, and
     * counts them.
     *
     * @param items   the elements
     * @param toCase  how to turn one into a case and its instant
     * @param threads how many threads each policy assesses on, at least 1
     * @param each    what to do with each comparison, e.g. print the changed ones
     * @param <T>     the elements' type
     * @return the counts of the whole batch
     */
    public <T> ComparisonSummary compare(Stream<T> items, Function<? super T, CaseAt> toCase, int threads,
                                         Consumer<? super CaseComparison<T>> each) {
        Objects.requireNonNull(each, "each");
        ComparisonSummary.Tally tally = new ComparisonSummary.Tally();
        try (Stream<CaseComparison<T>> comparisons = compare(items, toCase, threads)) {
            comparisons.forEachOrdered(comparison -> {
                tally.add(comparison);
                each.accept(comparison);
            });
        }
        return tally.summary();
    }

    /**
     * One element on its way through both policies. Each stage writes it on a worker thread before handing it on
     * through the ordered window, whose hand-over publishes the writes to the next stage.
     */
    private static final class Slot<T> {
        private final T item;
        private CaseAt caseAt;
        private Assessment before;
        private InvalidEscalationInputException error;

        Slot(T item) {
            this.item = item;
        }

        CaseAt read(Function<? super T, CaseAt> toCase) {
            caseAt = toCase.apply(item);
            return caseAt;
        }

        Slot<T> baseline(Batched<Slot<T>> result) {
            before = result.assessment().orElse(null);
            error = result.error().orElse(null);
            return this;
        }

        /** The case the baseline assessed; a refused one is refused again, for the same reason. */
        CaseAt caseAt() {
            if (error != null) {
                throw error;
            }
            return caseAt;
        }

        CaseComparison<T> compare(Batched<Slot<T>> result) {
            if (result.error().isPresent()) {
                return new CaseComparison<>(item, result.error(), AssessmentDifference.NONE);
            }
            return new CaseComparison<>(item, Optional.empty(),
                    AssessmentDifference.of(before, result.assessment().orElseThrow()));
        }
    }
}
