package dev.escalation.decision;

/**
 * Where an escalation stands (POLICY.md section 1 and 2.8, v3): {@code plan.state}.
 */
public enum EscalationState {
    /** Open and actively managed. */
    OPEN,
    /**
     * Open, with the risk reduced to standard business process: the issue is resolved and the solution monitored
     * (a {@code RISK_REDUCED} activity and no {@code SEVERITY_CHANGED} strictly after the last one). The cadence
     * findings are not given.
     */
    MONITORING,
    /** Closed: it has a {@code closedAt}. */
    CLOSED
}
