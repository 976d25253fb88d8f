package dev.escalation.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.model.EscalationCase;
import dev.escalation.reference.RealisticCases;
import dev.escalation.settings.PolicySettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Engine#settle}, the floor {@code bench} measures, runs the very rules of a full run: the same facts once they
 * settle, only without the explanation.
 */
class EngineTest {

    @Test
    void theRulesAloneConcludeWhatAnExplainedRunConcludes() {
        Engine engine = Engine.standard();
        List<Object> policyFacts = PolicyFacts.of(PolicySettings.defaults());
        for (EscalationCase escalationCase : RealisticCases.generate(50, 7L)) {
            List<Object> inputs = PolicyFacts.with(policyFacts, escalationCase, RealisticCases.NOW);
            Evaluation explained = engine.run(inputs);

            List<Object> settled = engine.settle(inputs);

            assertThat(explained.explanation()).isNotEmpty();
            assertThat(settled).hasSizeGreaterThan(inputs.size()).containsAll(inputs)
                    .containsExactlyInAnyOrderElementsOf(explained.facts());
        }
    }

    @Test
    void theInputsAreThePolicyFactsTheInstantAndThePartsTheCaseHolds() {
        EscalationCase escalationCase = RealisticCases.generate(1, 7L).get(0);
        List<Object> policyFacts = PolicyFacts.of(PolicySettings.defaults());

        List<Object> inputs = PolicyFacts.with(policyFacts, escalationCase, RealisticCases.NOW);

        assertThat(inputs.subList(0, policyFacts.size())).isEqualTo(policyFacts);
        assertThat(inputs.subList(policyFacts.size(), inputs.size())).containsExactly(
                new dev.escalation.rules.facts.Now(RealisticCases.NOW), escalationCase.account(),
                escalationCase.emergency(), escalationCase.escalation(), escalationCase.event());
    }
}
