package dev.escalation.json;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The counts of a batch compared under two policies. Every case counts once: {@code cases = changed + unchanged +
 * refused}. Keys and finding codes are sorted by name, so that two runs over the same batch read alike.
 *
 * <p><b>Stability:</b> stable API.
 *
 * @param cases       the elements of the batch
 * @param changed     the cases where a key of the output differs
 * @param unchanged   the cases assessed alike by both policies
 * @param refused     the cases whose input was invalid
 * @param keys        per key of the output, the number of cases where it differs
 * @param appeared    per finding code, the number of cases where it appears under the candidate
 * @param disappeared per finding code, the number of cases where it disappears under the candidate
 */
public record ComparisonSummary(long cases, long changed, long unchanged, long refused, Map<String, Long> keys,
                                Map<String, Long> appeared, Map<String, Long> disappeared) {

    /**
     * Keeps sorted, unmodifiable copies of the maps.
     *
     * @param cases       see {@link #cases()}
     * @param changed     see {@link #changed()}
     * @param unchanged   see {@link #unchanged()}
     * @param refused     see {@link #refused()}
     * @param keys        see {@link #keys()}
     * @param appeared    see {@link #appeared()}
     * @param disappeared see {@link #disappeared()}
     */
    public ComparisonSummary {
        keys = Collections.unmodifiableMap(new TreeMap<>(keys));
        appeared = Collections.unmodifiableMap(new TreeMap<>(appeared));
        disappeared = Collections.unmodifiableMap(new TreeMap<>(disappeared));
    }

    /**
     * Counts compared cases as they stream by; its memory grows with the number of distinct keys and codes, never
     * with the number of cases. Not thread-safe: add from the thread that consumes the comparisons.
     */
    public static final class Tally {
        private long cases;
        private long changed;
        private long refused;
        private final Map<String, Long> keys = new TreeMap<>();
        private final Map<String, Long> appeared = new TreeMap<>();
        private final Map<String, Long> disappeared = new TreeMap<>();

        /** Starts from zero. */
        public Tally() {
        }

        /**
         * @param comparison one compared case
         * @return this tally
         */
        public Tally add(CaseComparison<?> comparison) {
            Objects.requireNonNull(comparison, "comparison");
            cases++;
            if (comparison.refused()) {
                refused++;
            } else if (comparison.changed()) {
                changed++;
                AssessmentDifference difference = comparison.difference();
                difference.keys().forEach(key -> keys.merge(key, 1L, Long::sum));
                difference.findingsAppeared().forEach(code -> appeared.merge(code, 1L, Long::sum));
                difference.findingsDisappeared().forEach(code -> disappeared.merge(code, 1L, Long::sum));
            }
            return this;
        }

        /** @return the counts so far */
        public ComparisonSummary summary() {
            return new ComparisonSummary(cases, changed, cases - changed - refused, refused, keys, appeared,
                    disappeared);
        }
    }
}
