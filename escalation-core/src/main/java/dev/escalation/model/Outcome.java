package dev.escalation.model;

/** How the at-risk situation ended: the first closure question (S2: Closing the Escalation). */
public enum Outcome {
    /** The situation ended with a positive outcome. */
    POSITIVE,
    /** The situation ended with a negative outcome. */
    NEGATIVE,
    /** The situation ended with no outcome. */
    NO_OUTCOME
}
