package dev.escalation.model;

/** The severity level of an account escalation (S2: Definitions of Severity Levels), highest first. */
public enum Severity {
    /** Major issues with high risk of losing the customer or significant risk to the brand. */
    CRITICAL,
    /** Major issues risking adoption, the customer, growth or the relationship. */
    HIGH,
    /** Issues risking current adoption and renewal. */
    MEDIUM,
    /** Issues risking value realisation, timeline, satisfaction and adoption. */
    LOW;

    /**
     * @param other another level
     * @return whether this level is strictly lower than {@code other} ({@code MEDIUM} is below {@code HIGH})
     */
    public boolean isBelow(Severity other) {
        return ordinal() > other.ordinal();
    }

    /**
     * @param other another level, or {@code null}
     * @return the higher of the two; this level when {@code other} is {@code null}
     */
    public Severity max(Severity other) {
        return other != null && other.ordinal() < ordinal() ? other : this;
    }
}
