package dev.escalation.decision;

/**
 * A reason to convert an emergency into an account escalation (S0: When to start an Account Escalation). Which
 * triggers are enough alone is policy: {@code conversion.drl} lists them in the rule that recommends the conversion.
 */
public enum ConversionTrigger {
    /** After an upgrade, with several simultaneous problems or tickets resulting from it. */
    UPGRADE_WITH_MULTIPLE_PROBLEMS,
    /** Running for more than the threshold (3 h by default) with no clear resolution in sight. */
    LONG_RUNNING_NO_RESOLUTION,
    /** Outside initiatives (renewal, migration, others) are blocked by the emergency. */
    OUTSIDE_FACTORS_BLOCKED,
    /** Professional Services worked with the customer recently: supporting, never enough alone. */
    RECENT_PS_ENGAGEMENT
}
