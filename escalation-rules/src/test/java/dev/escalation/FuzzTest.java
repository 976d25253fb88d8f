package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.escalation.decision.Assessment;
import dev.escalation.model.EscalationCase;
import dev.escalation.validation.CaseValidator;
import dev.escalation.validation.InvalidEscalationInputException;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/**
 * Generated input, valid and invalid mixed: every call returns an assessment or throws the validation exception,
 * never any other throwable; and it throws exactly when the validator finds a violation. 15,000 cases per build;
 * {@code -Dfuzz.cases=1000000} for the long run, {@code -Dproperty.seed=N} to replay.
 */
class FuzzTest {

    private static final EscalationPolicy POLICY = EscalationPolicy.standard();

    @Test
    void everyCaseIsAssessedOrRefusedWithTheValidationException() {
        int cases = Integer.getInteger("fuzz.cases", 15_000);
        long seed = ArbitraryCases.seed("FuzzTest (" + cases + " cases)");
        Iterator<EscalationCase> wild = ArbitraryCases.wild(seed).iterator();
        Iterator<EscalationCase> valid = ArbitraryCases.valid(seed).iterator();
        int refused = 0;
        for (int i = 0; i < cases; i++) {
            EscalationCase c = i % 2 == 0 ? wild.next() : valid.next();
            boolean expectValid = CaseValidator.violations(c, ArbitraryCases.NOW).isEmpty();
            try {
                Assessment assessment = POLICY.assess(c, ArbitraryCases.NOW);
                assertThat(assessment).isNotNull();
                // The drafts are rendered when read: reading them is part of what a call gives.
                assertThat(assessment.messages().values()).hasSameSizeAs(assessment.messages().keySet());
                if (!expectValid) {
                    fail("case %d (seed %d) was assessed although invalid: %s", i, seed, c);
                }
            } catch (InvalidEscalationInputException e) {
                refused++;
                assertThat(e.violations()).isNotEmpty();
                if (expectValid) {
                    fail("case %d (seed %d) was refused although valid: %s: %s", i, seed, e.getMessage(), c);
                }
            } catch (RuntimeException | Error e) {
                throw new AssertionError("case " + i + " (seed " + seed + ") threw " + e + ": " + c, e);
            }
        }
        assertThat(refused).as("refused cases").isBetween(cases / 10, cases - cases / 4);
    }
}
