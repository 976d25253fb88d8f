package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.decision.Assessment;
import dev.escalation.model.Account;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Segment;
import dev.escalation.validation.InvalidEscalationInputException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Batches on several threads: the sequential results, in input order, bounded memory, errors in place. */
class BatchTest {

    private static final EscalationPolicy POLICY = EscalationPolicy.standard();

    private static List<EscalationCase> cases(int count) {
        return ArbitraryCases.valid(ArbitraryCases.seed("BatchTest")).limit(count).toList();
    }

    @Test
    void aListGivesTheSequentialResultsInOrder() {
        List<EscalationCase> cases = cases(600);
        List<Assessment> sequential = cases.stream().map(c -> POLICY.assess(c, ArbitraryCases.NOW)).toList();

        assertThat(POLICY.assessAll(cases, ArbitraryCases.NOW, 2)).isEqualTo(sequential);
        assertThat(POLICY.assessAll(cases, ArbitraryCases.NOW, 1)).isEqualTo(sequential);
    }

    @Test
    void anInvalidCaseInAListIsNamedByItsIndexAndNothingIsAssessed() {
        List<EscalationCase> cases = new java.util.ArrayList<>(cases(3));
        cases.add(EscalationCase.of(Account.builder(" ", Segment.OTHER).build()).build());

        assertThatThrownBy(() -> POLICY.assessAll(cases, ArbitraryCases.NOW, 2))
                .isInstanceOfSatisfying(InvalidEscalationInputException.class,
                        e -> assertThat(e.fields()).containsExactly("cases[3].account.name"));
        assertThatThrownBy(() -> POLICY.assessAll(cases(2), ArbitraryCases.NOW, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStreamKeepsItsOrderAndReportsBadElementsInPlace() {
        List<EscalationCase> cases = cases(400);
        try (Stream<Batched<Integer>> results = POLICY.assessAll(IntStream.range(0, 400).boxed(), i -> {
            if (i % 50 == 7) {
                return new CaseAt(EscalationCase.of(null).build(), ArbitraryCases.NOW);
            }
            return new CaseAt(cases.get(i), ArbitraryCases.NOW);
        }, 2)) {
            List<Batched<Integer>> all = results.toList();
            assertThat(all).extracting(Batched::item).containsExactlyElementsOf(IntStream.range(0, 400).boxed().toList());
            for (Batched<Integer> result : all) {
                int i = result.item();
                if (i % 50 == 7) {
                    assertThat(result.assessed()).isFalse();
                    assertThat(result.error().orElseThrow().fields()).containsExactly("account");
                } else {
                    assertThat(result.assessment()).contains(POLICY.assess(cases.get(i), ArbitraryCases.NOW));
                }
            }
        }
    }

    @Test
    void aStreamIsReadOnlyASmallWindowAhead() {
        EscalationCase c = cases(1).get(0);
        AtomicInteger pulled = new AtomicInteger();
        Stream<Integer> endless = Stream.iterate(0, i -> i + 1).peek(i -> pulled.incrementAndGet());

        try (Stream<Batched<Integer>> results = POLICY.assessAll(endless, i -> new CaseAt(c, ArbitraryCases.NOW), 2)) {
            var iterator = results.iterator();
            for (int consumed = 1; consumed <= 1_000; consumed++) {
                iterator.next();
                assertThat(pulled.get()).isLessThanOrEqualTo(consumed + 2 * 4 * 16 + 16);
            }
        }
    }

    @Test
    void anUnexpectedFailureReachesTheConsumer() {
        Stream<Integer> items = Stream.of(1, 2, 3);

        assertThatThrownBy(() -> {
            try (Stream<Batched<Integer>> results = POLICY.assessAll(items, i -> {
                throw new IllegalStateException("broken source " + i);
            }, 2)) {
                results.toList();
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("broken source 1");
    }
}
