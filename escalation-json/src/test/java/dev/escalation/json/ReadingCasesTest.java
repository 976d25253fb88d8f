package dev.escalation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Impact;
import dev.escalation.model.Risk;
import dev.escalation.model.Severity;
import dev.escalation.validation.InvalidEscalationInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The case as {@code decide} reads it, version 2 of POLICY.md section 1; every field at fault named at once. */
class ReadingCasesTest {

    private static final String HEAD = "{\"now\":\"2026-03-02T15:30:00Z\",\"account\":{\"name\":\"Acme\","
            + "\"segment\":\"CSM_MANAGED\"}";

    @Test
    void theSituationNamesItsImpactAndRisks() {
        CaseInput input = EscalationJson.readCase(HEAD + ",\"situation\":{\"accountAtRisk\":true,"
                + "\"impact\":\"SIGNIFICANT\",\"risks\":[\"RENEWAL\",\"SOLUTION_LOSS\"]}}");

        assertThat(input.now()).isEqualTo(Instant.parse("2026-03-02T15:30:00Z"));
        assertThat(input.escalationCase().situation().impact()).isEqualTo(Impact.SIGNIFICANT);
        assertThat(input.escalationCase().situation().risks()).containsExactly(Risk.SOLUTION_LOSS, Risk.RENEWAL);
    }

    @Test
    void aSituationWithoutImpactOrRisksHasNone() {
        CaseInput input = EscalationJson.readCase(HEAD + ",\"situation\":{\"singleIncident\":true}}");

        assertThat(input.escalationCase().situation().impact()).isNull();
        assertThat(input.escalationCase().situation().risks()).isEmpty();
    }

    @Test
    void unknownAndRepeatedRisksAreNamed() {
        assertThatThrownBy(() -> EscalationJson.readCase(HEAD + ",\"situation\":{\"impact\":\"HUGE\","
                + "\"risks\":[\"RENEWAL\",\"DOOM\",\"RENEWAL\"]}}"))
                .isInstanceOf(InvalidEscalationInputException.class)
                .hasMessageContaining("situation.impact: unknown value \"HUGE\" (expected one of SIGNIFICANT, SOME)")
                .hasMessageContaining("situation.risks[1]: unknown value \"DOOM\" (expected one of SOLUTION_LOSS, ")
                .hasMessageContaining("situation.risks: must not name a value twice (was [\"RENEWAL\",\"DOOM\","
                        + "\"RENEWAL\"])");
    }

    @Test
    void theEscalationKnowsTheSeverityItOpenedAtAndTheSeveritiesItChangedTo() {
        CaseInput input = EscalationJson.readCase(HEAD + ",\"escalation\":{\"severity\":\"MEDIUM\","
                + "\"openedSeverity\":\"HIGH\",\"openedAt\":\"2026-03-01T10:00:00Z\",\"activity\":["
                + "{\"kind\":\"SEVERITY_CHANGED\",\"at\":\"2026-03-01T12:00:00Z\",\"severity\":\"CRITICAL\"},"
                + "{\"kind\":\"SEVERITY_CHANGED\",\"at\":\"2026-03-02T12:00:00Z\"}]}}");

        assertThat(input.escalationCase().escalation().openedSeverity()).isEqualTo(Severity.HIGH);
        assertThat(input.escalationCase().escalation().activity()).containsExactly(
                Activity.severityChanged(Instant.parse("2026-03-01T12:00:00Z"), Severity.CRITICAL),
                Activity.of(ActivityKind.SEVERITY_CHANGED, Instant.parse("2026-03-02T12:00:00Z")));
        assertThat(input.escalationCase().escalation().peakSeverity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void onlyASeverityChangeRecordsASeverity() {
        assertThatThrownBy(() -> EscalationJson.readCase(HEAD + ",\"escalation\":{\"severity\":\"LOW\","
                + "\"openedSeverity\":\"URGENT\",\"openedAt\":\"2026-03-01T10:00:00Z\",\"activity\":["
                + "{\"kind\":\"DECLARED\",\"at\":\"2026-03-01T12:00:00Z\",\"severity\":\"HIGH\"}]}}"))
                .isInstanceOf(InvalidEscalationInputException.class)
                .hasMessage("escalation.openedSeverity: unknown value \"URGENT\" (expected one of CRITICAL, HIGH, "
                        + "MEDIUM, LOW); escalation.activity[0].severity: only a SEVERITY_CHANGED activity records a "
                        + "severity (kind was DECLARED)");
    }

    /** An element that is not a known name is named once, as itself; the list is not said to hold a null. */
    @Test
    void aListsUnknownNamesAreNamedOnceAndAreNoRepetition() {
        assertThatThrownBy(() -> EscalationJson.readCase(HEAD + ",\"emergency\":{\"ticketId\":\"T\","
                + "\"startedAt\":\"2026-03-02T15:00:00Z\",\"blockedInitiatives\":[\"NOPE\",\"NEITHER\"]}}"))
                .isInstanceOf(InvalidEscalationInputException.class)
                .hasMessage("emergency.blockedInitiatives[0]: unknown value \"NOPE\" (expected one of RENEWAL, MIGRATION, "
                        + "OTHER_INITIATIVE); emergency.blockedInitiatives[1]: unknown value \"NEITHER\" (expected one "
                        + "of RENEWAL, MIGRATION, OTHER_INITIATIVE)");
    }

    @Test
    void aNullInAListIsNamed() {
        assertThatThrownBy(() -> EscalationJson.readCase(HEAD + ",\"situation\":{\"risks\":[\"RENEWAL\",null]}}"))
                .isInstanceOf(InvalidEscalationInputException.class)
                .hasMessage("situation.risks: must not contain null");
    }
}
