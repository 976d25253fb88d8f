package dev.escalation.decision;

import dev.escalation.model.ActivityKind;
import java.util.Optional;

/**
 * A step of opening and running an escalation (S2: Opening the Escalation; S0: Expectations during an Account
 * Escalation), with the activity that marks it done, if any.
 */
public enum ChecklistItem {
    /** Create the temporary {@code #esc_} Slack channel; immediately. */
    CREATE_ESCALATION_CHANNEL(ActivityKind.CHANNEL_CREATED),
    /** Identify the escalation DRI and the immediate asks; immediately. */
    IDENTIFY_DRI_AND_ASKS(ActivityKind.DRI_AND_ASKS_IDENTIFIED),
    /** Declare the escalation in {@code #escalated_customers}; immediately. */
    DECLARE_ESCALATION(ActivityKind.DECLARED),
    /** Open the CS Help request; immediately. */
    OPEN_CS_HELP_REQUEST(ActivityKind.CS_HELP_REQUEST_OPENED),
    /** Assign the Product DRI, when one is required; immediately. Done when the escalation names one. */
    ASSIGN_PRODUCT_DRI(null),
    /** Set up and document the internal standup cadence; within 24 hours. */
    SCHEDULE_INTERNAL_STANDUP(ActivityKind.STANDUP_SCHEDULED),
    /** Post updates according to the cadence; ongoing. */
    POST_CADENCE_UPDATES(null),
    /** Keep exit criteria and DRIs up to date in the CS Help request; ongoing. */
    KEEP_EXIT_CRITERIA_AND_DRIS_CURRENT(null),
    /** The on-call support engineer assigns the emergency ticket to themself; ongoing. */
    ASSIGN_EMERGENCY_TICKET_TO_SELF(null),
    /** Link the Slack channel in an internal comment of the ticket; ongoing. */
    LINK_CHANNEL_IN_INTERNAL_COMMENT(null),
    /** Update the next on-call engineer and manager at the end of the shift; ongoing. */
    HAND_OVER_AT_SHIFT_END(null);

    private final ActivityKind doneBy;

    ChecklistItem(ActivityKind doneBy) {
        this.doneBy = doneBy;
    }

    /** @return the activity whose presence in the log marks this item done, if the log decides it */
    public Optional<ActivityKind> doneBy() {
        return Optional.ofNullable(doneBy);
    }

    /**
     * @param log an activity log
     * @return whether the log holds the activity that marks this item done; {@code false} when no activity does
     */
    public boolean isDoneIn(java.util.List<dev.escalation.model.Activity> log) {
        if (doneBy != null) {
            for (dev.escalation.model.Activity activity : log) {
                if (activity != null && activity.kind() == doneBy) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the activity marking this item done, or {@code null}; for the rules */
    public ActivityKind getDoneByActivity() {
        return doneBy;
    }
}
