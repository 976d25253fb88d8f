package dev.escalation.test;

import static dev.escalation.test.PolicyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.EscalationPolicy;
import dev.escalation.json.EscalationJson;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Severity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The defaults are valid, in scope, and quiet: a test changes only what it is about. */
class TestCasesTest {

    private static final EscalationPolicy POLICY = EscalationPolicy.standard();

    @Test
    void theDefaultsDecideNothingButTheirOwnParts() {
        assertThat(TestCases.aCase().assess(POLICY)).isInScope().hasNoFindings();
        assertThat(TestCases.aCase().emergency().assess(POLICY)).conversion().isNotRecommended();
        assertThat(TestCases.aCase().escalation().assess(POLICY)).hasNoFindings().plan().hasSeverity(Severity.HIGH);
        assertThat(TestCases.aCase().escalation(e -> e.closure(TestCases.closure().build())).assess(POLICY))
                .closure().isReady();
    }

    @Test
    void changesAddUpAndTheCaseReadsBackAsADecideInput() {
        CaseBuilder builder = TestCases.aCase().emergency(e -> e.ticketId("ZD-9")).emergency(e -> e.afterUpgrade(true))
                .at(Instant.parse("2026-03-02T16:00:00Z"));

        EscalationCase built = builder.build();

        assertThat(built.emergency().ticketId()).isEqualTo("ZD-9");
        assertThat(built.emergency().afterUpgrade()).isTrue();
        assertThat(builder.now()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
        assertThat(EscalationJson.readCase(builder.toJson())).isEqualTo(builder.input());
        assertThat(TestCases.hoursAgo(2)).isEqualTo(Instant.parse("2026-03-02T13:30:00Z"));
    }
}
