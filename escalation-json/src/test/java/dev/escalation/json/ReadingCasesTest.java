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

/** The case as {@code decide} reads it, version 3 of POLICY.md section 1; every field at fault named at once. */
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

    @Test
    void theShiftMayEndAfterNow() {
        CaseInput input = EscalationJson.readCase(HEAD + ",\"emergency\":{\"ticketId\":\"T\","
                + "\"startedAt\":\"2026-03-02T15:00:00Z\",\"shiftEndsAt\":\"2026-03-02T18:00:00+01:00\"}}");

        assertThat(input.escalationCase().emergency().shiftEndsAt()).isEqualTo(Instant.parse("2026-03-02T17:00:00Z"));
        assertThat(EscalationJson.readCase(HEAD + ",\"emergency\":{\"ticketId\":\"T\","
                + "\"startedAt\":\"2026-03-02T15:00:00Z\"}}").escalationCase().emergency().shiftEndsAt()).isNull();
    }

    @Test
    void aShiftEndThatIsNoInstantIsNamed() {
        assertThatThrownBy(() -> EscalationJson.readCase(HEAD + ",\"emergency\":{\"ticketId\":\"T\","
                + "\"startedAt\":\"2026-03-02T15:00:00Z\",\"shiftEndsAt\":\"18:00\"}}"))
                .isInstanceOf(InvalidEscalationInputException.class)
                .hasMessage("emergency.shiftEndsAt: must be an ISO-8601 instant such as 2026-03-02T15:30:00Z (was "
                        + "\"18:00\")");
    }

    /** Version 3's kinds, the closing steps among them logged after the escalation closed. */
    @Test
    void theActivityKindsOfVersion3AreRead() {
        CaseInput input = EscalationJson.readCase(HEAD + ",\"escalation\":{\"severity\":\"HIGH\","
                + "\"openedAt\":\"2026-02-20T10:00:00Z\",\"closedAt\":\"2026-03-01T10:00:00Z\",\"activity\":["
                + "{\"kind\":\"RISK_REDUCED\",\"at\":\"2026-02-27T10:00:00Z\"},"
                + "{\"kind\":\"INVOLVED_INFORMED\",\"at\":\"2026-02-20T10:30:00Z\"},"
                + "{\"kind\":\"PRODUCT_DRI_ADDED\",\"at\":\"2026-02-20T11:00:00Z\"},"
                + "{\"kind\":\"GAINSIGHT_CTA_CREATED\",\"at\":\"2026-02-20T12:00:00Z\"},"
                + "{\"kind\":\"CLOSURE_POSTED\",\"at\":\"2026-03-01T11:00:00Z\"},"
                + "{\"kind\":\"CLOSURE_ANNOUNCED\",\"at\":\"2026-03-01T12:00:00Z\"},"
                + "{\"kind\":\"CHANNEL_ARCHIVED\",\"at\":\"2026-03-02T09:00:00Z\"},"
                + "{\"kind\":\"SENTIMENT_UPDATED\",\"at\":\"2026-03-02T15:30:00Z\"}]}}");

        assertThat(input.escalationCase().escalation().activity()).extracting(Activity::kind).containsExactly(
                ActivityKind.RISK_REDUCED, ActivityKind.INVOLVED_INFORMED, ActivityKind.PRODUCT_DRI_ADDED,
                ActivityKind.GAINSIGHT_CTA_CREATED, ActivityKind.CLOSURE_POSTED, ActivityKind.CLOSURE_ANNOUNCED,
                ActivityKind.CHANNEL_ARCHIVED, ActivityKind.SENTIMENT_UPDATED);
    }

    @Test
    void anUnknownActivityKindListsVersion3s() {
        assertThatThrownBy(() -> EscalationJson.readCase(HEAD + ",\"escalation\":{\"severity\":\"LOW\","
                + "\"openedAt\":\"2026-03-01T10:00:00Z\",\"activity\":[{\"kind\":\"ARCHIVED\","
                + "\"at\":\"2026-03-01T12:00:00Z\"}]}}"))
                .isInstanceOf(InvalidEscalationInputException.class)
                .hasMessageContaining("escalation.activity[0].kind: unknown value \"ARCHIVED\" (expected one of ")
                .hasMessageContaining("HANDOVER, RISK_REDUCED, INVOLVED_INFORMED, PRODUCT_DRI_ADDED, "
                        + "GAINSIGHT_CTA_CREATED, CLOSURE_POSTED, CLOSURE_ANNOUNCED, CHANNEL_ARCHIVED, "
                        + "SENTIMENT_UPDATED)");
    }
}
