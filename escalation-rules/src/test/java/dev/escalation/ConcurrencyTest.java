package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.Explanation;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Emergency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One shared policy, 8 threads, 2,000 assessments each (every case, each thread in its own order): exactly the
 * results of the same cases run one after another, and no explanation mentions another case's facts. The soak run
 * takes {@code -Dconcurrency.cases=20000} (or more).
 */
class ConcurrencyTest {

    private static final int CASES = Integer.getInteger("concurrency.cases", 2_000);
    private static final int THREADS = 8;
    private static final Pattern TICKET = Pattern.compile("CASE-\\d+");

    @Test
    void eightThreadsGetTheSequentialResultsAndOnlyTheirOwnExplanations() throws Exception {
        EscalationPolicy policy = EscalationPolicy.standard();
        long seed = ArbitraryCases.seed("ConcurrencyTest");
        List<EscalationCase> cases = new ArrayList<>(CASES);
        ArbitraryCases.valid(seed).limit(CASES).forEach(c -> cases.add(tagged(c, cases.size())));
        List<Assessment> sequential = cases.stream().map(c -> policy.assess(c, ArbitraryCases.NOW)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < CASES; i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(seed + t));
                workers.add(pool.submit(() -> {
                    for (int i : order) {
                        Assessment concurrent = policy.assess(cases.get(i), ArbitraryCases.NOW);
                        assertThat(concurrent).as("case %d", i).isEqualTo(sequential.get(i));
                        assertOnlyOwnTickets(concurrent, i);
                    }
                    return order.size();
                }));
            }
            int done = 0;
            for (Future<Integer> worker : workers) {
                done += worker.get();
            }
            assertThat(done).isEqualTo(CASES * THREADS);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each case's emergency carries its own ticket id, which the explanation quotes. */
    private static EscalationCase tagged(EscalationCase c, int index) {
        Emergency emergency = c.emergency() != null ? c.emergency()
                : Emergency.builder("x", ArbitraryCases.NOW.minus(Duration.ofMinutes(index % 400))).build();
        return c.toBuilder().emergency(emergency.toBuilder().ticketId("CASE-" + index).build()).build();
    }

    private static void assertOnlyOwnTickets(Assessment assessment, int index) {
        boolean quoted = false;
        for (Explanation e : assessment.explanation()) {
            Matcher ticket = TICKET.matcher(e.reason());
            while (ticket.find()) {
                assertThat(ticket.group()).as("explanation of case %d", index).isEqualTo("CASE-" + index);
                quoted = true;
            }
        }
        assertThat(quoted).as("case %d quotes its ticket", index).isTrue();
    }
}
