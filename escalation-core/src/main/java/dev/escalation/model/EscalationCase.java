package dev.escalation.model;

/**
 * Everything the policy is asked about at once: the account, and whichever of an emergency, a situation,
 * an escalation and an event the caller has. Only the account is required; each decision is made from the
 * parts it needs (POLICY.md section 3).
 *
 * @param account    the customer account (required)
 * @param emergency  a support emergency under way, or {@code null}
 * @param situation  the kind of trouble, or {@code null}
 * @param escalation an account escalation, or {@code null}
 * @param event      what just happened, or {@code null}
 */
public record EscalationCase(Account account, Emergency emergency, Situation situation, Escalation escalation,
                             Event event) {

    /**
     * @param account the customer account
     * @return a builder for a case about that account
     */
    public static Builder of(Account account) {
        return new Builder(account);
    }

    /**
     * The case as it was known at an instant, for replaying a timeline: an emergency that had not started and an
     * escalation that had not been opened are left out, activities and calls after the instant are dropped, and a
     * closing after it is undone. The next touchpoint, exit criteria, channel, Product DRI and closure facts are kept
     * as given, since the case does not say when they were set.
     *
     * @param at the instant
     * @return the case as of that instant
     */
    public EscalationCase asOf(java.time.Instant at) {
        Emergency pastEmergency = emergency == null || emergency.startedAt() == null
                || emergency.startedAt().isAfter(at) ? null : emergency.asOf(at);
        Escalation pastEscalation = escalation == null || escalation.openedAt() == null
                || escalation.openedAt().isAfter(at) ? null : escalation.asOf(at);
        return new EscalationCase(account, pastEmergency, situation, pastEscalation, event);
    }

    /** @return a builder holding this case's values */
    public Builder toBuilder() {
        return new Builder(account).emergency(emergency).situation(situation).escalation(escalation).event(event);
    }

    /** Builds an {@link EscalationCase}. */
    public static final class Builder {
        private final Account account;
        private Emergency emergency;
        private Situation situation;
        private Escalation escalation;
        private Event event;

        private Builder(Account account) {
            this.account = account;
        }

        /**
         * @param value the emergency, or {@code null}
         * @return this builder
         */
        public Builder emergency(Emergency value) {
            this.emergency = value;
            return this;
        }

        /**
         * @param value the situation, or {@code null}
         * @return this builder
         */
        public Builder situation(Situation value) {
            this.situation = value;
            return this;
        }

        /**
         * @param value the escalation, or {@code null}
         * @return this builder
         */
        public Builder escalation(Escalation value) {
            this.escalation = value;
            return this;
        }

        /**
         * @param value the event, or {@code null}
         * @return this builder
         */
        public Builder event(Event value) {
            this.event = value;
            return this;
        }

        /** @return the case */
        public EscalationCase build() {
            return new EscalationCase(account, emergency, situation, escalation, event);
        }
    }
}
