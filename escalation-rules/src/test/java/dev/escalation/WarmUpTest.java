package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.Explanation;
import dev.escalation.model.Event;
import dev.escalation.decision.MessageKind;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link EscalationPolicy#warmUp()}: its cases are valid and reach every part of the policy, and it leaves no trace a
 * host can see: no call of the interceptor, the same answers afterwards.
 */
class WarmUpTest {

    @Test
    void warmingUpAssessesEveryCaseSeveralTimesWithoutTheInterceptor() {
        AtomicInteger intercepted = new AtomicInteger();
        EscalationPolicy policy = EscalationPolicy.builder().interceptor((c, now, work) -> {
            intercepted.incrementAndGet();
            return work.get();
        }).build();

        int assessments = policy.warmUp();

        assertThat(assessments).isGreaterThanOrEqualTo(WarmUp.CASES).isEqualTo(assessments / WarmUp.CASES
                * WarmUp.CASES);
        assertThat(intercepted).hasValue(0);
    }

    @Test
    void theCasesAreValidAndReachEveryPartOfTheCase() {
        List<EscalationCase> cases = WarmUp.cases();

        assertThat(cases).hasSize(WarmUp.CASES);
        assertThat(cases).allSatisfy(c -> assertThat(EscalationPolicy.standard().assess(c, WarmUp.NOW)).isNotNull());
        assertThat(cases).anyMatch(c -> c.emergency() != null).anyMatch(c -> c.situation() != null)
                .anyMatch(c -> c.escalation() != null && c.escalation().closure() != null)
                .anyMatch(c -> c.escalation() != null && c.escalation().closedAt() != null)
                .anyMatch(c -> c.escalation() != null && c.escalation().closure() == null);
        assertThat(cases.stream().map(c -> c.account().segment()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Segment.values());
        assertThat(cases.stream().map(EscalationCase::event).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Event.values());
        assertThat(cases.stream().filter(c -> c.escalation() != null).map(c -> c.escalation().severity())
                .collect(Collectors.toSet())).containsExactlyInAnyOrder(Severity.values());
        // The warm-up reads the drafts (rendered when read), so every template must be due in some case.
        assertThat(cases.stream().flatMap(c -> EscalationPolicy.standard().assess(c, WarmUp.NOW).messages().keySet()
                .stream()).collect(Collectors.toSet())).containsExactlyInAnyOrder(MessageKind.values());
    }

    /** Warming up compiles what real cases run: most rules fire on its cases, in every section of the policy. */
    @Test
    void theCasesFireMostRulesOfEverySection() {
        EscalationPolicy policy = EscalationPolicy.standard();
        Set<String> fired = WarmUp.cases().stream().map(c -> policy.assess(c, WarmUp.NOW))
                .flatMap(a -> a.explanation().stream()).map(Explanation::ruleId).collect(Collectors.toSet());
        Set<String> all = policy.rules().stream().map(PolicyRule::id).collect(Collectors.toSet());
        Set<String> sections = all.stream().map(WarmUpTest::clause).collect(Collectors.toSet());

        assertThat(fired).as("rules fired by the warm-up cases").hasSizeGreaterThanOrEqualTo(all.size() * 2 / 3);
        assertThat(fired.stream().map(WarmUpTest::clause).collect(Collectors.toSet())).isEqualTo(sections);
    }

    @Test
    void answersAfterWarmingUpAreThoseOfAColdPolicy() {
        EscalationPolicy warm = EscalationPolicy.builder().build();
        List<Assessment> cold = WarmUp.cases().stream().map(c -> EscalationPolicy.builder().build().assess(c,
                WarmUp.NOW)).toList();

        warm.warmUp();

        assertThat(WarmUp.cases().stream().map(c -> warm.assess(c, WarmUp.NOW)).toList()).isEqualTo(cold);
    }

    private static String clause(String ruleId) {
        return ruleId.substring(0, ruleId.indexOf('/'));
    }
}
