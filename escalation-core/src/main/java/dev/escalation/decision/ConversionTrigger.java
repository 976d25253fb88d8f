package dev.escalation.decision;

/** A reason to convert an emergency into an account escalation (S0: When to start an Account Escalation). */
public enum ConversionTrigger {
    /** After an upgrade, with several simultaneous problems or tickets resulting from it. */
    UPGRADE_WITH_MULTIPLE_PROBLEMS(true),
    /** Running for more than the threshold (3 h by default) with no clear resolution in sight. */
    LONG_RUNNING_NO_RESOLUTION(true),
    /** Outside initiatives (renewal, migration, others) are blocked by the emergency. */
    OUTSIDE_FACTORS_BLOCKED(true),
    /** Professional Services worked with the customer recently: supporting, never enough alone. */
    RECENT_PS_ENGAGEMENT(false);

    private final boolean primary;

    ConversionTrigger(boolean primary) {
        this.primary = primary;
    }

    /** @return whether this trigger alone makes the conversion recommended */
    public boolean isPrimary() {
        return primary;
    }
}
