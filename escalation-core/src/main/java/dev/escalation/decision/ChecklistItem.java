package dev.escalation.decision;

/**
 * A step of opening and running an escalation (S2: Opening the Escalation; S0: Expectations during an Account
 * Escalation). Which activity completes which item is policy: the rules of {@code opening.drl} say it, one rule per
 * item.
 */
public enum ChecklistItem {
    /** Create the temporary {@code #esc_} Slack channel; immediately. */
    CREATE_ESCALATION_CHANNEL,
    /** Identify the escalation DRI and the immediate asks; immediately. */
    IDENTIFY_DRI_AND_ASKS,
    /** Declare the escalation in {@code #escalated_customers}; immediately. */
    DECLARE_ESCALATION,
    /** Open the CS Help request; immediately (not for an escalation of an active PS project). */
    OPEN_CS_HELP_REQUEST,
    /** v3: tell the people of the severity's involvement; immediately. */
    INFORM_INVOLVED,
    /** Assign the Product DRI, when one is required; immediately. */
    ASSIGN_PRODUCT_DRI,
    /** v3: add the Product DRI to the {@code #esc_} channel, when one is required; immediately. */
    ADD_PRODUCT_DRI_TO_CHANNEL,
    /**
     * v3: tell the stakeholders a severity change newly involves; immediately after the change. One entry per such
     * change, with {@link ChecklistEntry#stakeholders()}.
     */
    INFORM_NEWLY_INVOLVED,
    /** Set up and document the internal standup cadence; within 24 hours. */
    SCHEDULE_INTERNAL_STANDUP,
    /** Post updates according to the cadence; ongoing. */
    POST_CADENCE_UPDATES,
    /** Keep exit criteria and DRIs up to date in the CS Help request; ongoing. */
    KEEP_EXIT_CRITERIA_AND_DRIS_CURRENT,
    /** The on-call support engineer assigns the emergency ticket to themself; ongoing. */
    ASSIGN_EMERGENCY_TICKET_TO_SELF,
    /** Link the Slack channel in an internal comment of the ticket; ongoing. */
    LINK_CHANNEL_IN_INTERNAL_COMMENT,
    /** Update the next on-call engineer and manager at the end of the shift; due at the shift's end when known. */
    HAND_OVER_AT_SHIFT_END
}
