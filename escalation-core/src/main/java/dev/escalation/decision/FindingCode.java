package dev.escalation.decision;

/**
 * The codes of the findings the standard policy reports. A {@link Finding} carries its code as a string so that
 * custom rules can report codes of their own; {@link Finding#is(FindingCode)} compares with these.
 */
public enum FindingCode {
    /** The account is outside the scope of the escalation process (S2: Scope). */
    OUT_OF_SCOPE,
    /**
     * An open escalation's severity is below the level its situation's risks suggest
     * (S2: Definitions of Severity Levels; POLICY.md 2.4a).
     */
    SEVERITY_BELOW_SUGGESTED,
    /** The DRI's role is known but not the person (S2: Escalation DRI). */
    DRI_UNASSIGNED,
    /** A Product DRI is required but none is named (S2: Escalation (For Non Professional Services Projects)). */
    PRODUCT_DRI_MISSING,
    /** A checklist item is not done after its due instant (S2: Opening the Escalation). */
    CHECKLIST_ITEM_OVERDUE,
    /** The given channel does not start with {@code #esc_} (S2: Temporary Slack Channel). */
    CHANNEL_NAME_INVALID,
    /** The given channel is not public (S2: Temporary Slack Channel). */
    CHANNEL_NOT_PUBLIC,
    /** No internal update for more than the internal update gap (S2: Managing the Escalation). */
    INTERNAL_UPDATE_OVERDUE,
    /** No customer update for more than the cadence's gap (S2: Definitions of Severity Levels). */
    CUSTOMER_UPDATE_OVERDUE,
    /** Fewer customer updates than expected in the last 7 days at high or critical (S2: Managing the Escalation). */
    CUSTOMER_UPDATES_TOO_FEW,
    /** No next customer touchpoint after now (S0: Expectations during an Account Escalation). */
    NEXT_TOUCHPOINT_MISSING,
    /** No exit criteria after the grace period (S2: Identify Escalation DRI and immediate asks). */
    EXIT_CRITERIA_MISSING,
    /** No internal standup for more than the cadence's standup gap, once the series is scheduled (S2: Managing). */
    STANDUP_OVERDUE,
    /**
     * v3: the CSM DRI let an update or standup gap run past its limit plus the manager's step-in time: the CSM
     * manager steps in (S2: Managing the Escalation).
     */
    MANAGER_STEP_IN,
    /** v3: the CS Help request has no Gainsight CTA after the sync and the grace (S2: CS Help Request). */
    GAINSIGHT_CTA_MISSING,
    /** v3: the {@code #esc_} channel was archived while the escalation is open (S2: Temporary Slack Channel). */
    CHANNEL_ARCHIVED_WHILE_OPEN,
    /** The emergency call has run past the call limit (S0: Expectations during an Account Escalation). */
    CALL_OVER_THREE_HOURS,
    /** v3: a closed escalation lacks the customer's or DRI's agreement, or its documentation (S2: Closing). */
    CLOSED_WITH_BLOCKERS,
    /** v3: a closing step is not done after the closing steps' grace (S2: Closing the Escalation). */
    CLOSING_STEP_OVERDUE;

    /**
     * @param code a finding's code
     * @return the standard code of that name; empty for a code of custom rules
     */
    public static java.util.Optional<FindingCode> standard(String code) {
        return java.util.Optional.ofNullable(code == null ? null : ByName.CODES.get(code));
    }

    /** Every standard code by name, built once: the result is sorted by code on every assessment. */
    private static final class ByName {
        static final java.util.Map<String, FindingCode> CODES = new java.util.HashMap<>();

        static {
            for (FindingCode code : values()) {
                CODES.put(code.name(), code);
            }
        }
    }
}
