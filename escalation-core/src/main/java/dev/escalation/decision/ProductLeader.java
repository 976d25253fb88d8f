package dev.escalation.decision;

/** The product leader who acts as a stable counterpart (S2: Product's role in Escalations). */
public enum ProductLeader {
    /** A Group Product Manager or Product Director, at high severity. */
    GROUP_PRODUCT_MANAGER_OR_DIRECTOR,
    /** A Product Leadership Team member, at critical severity. */
    PRODUCT_LEADERSHIP_TEAM_MEMBER
}
