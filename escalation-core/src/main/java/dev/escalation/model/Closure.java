package dev.escalation.model;

/**
 * What is known about closing an escalation (S2: Closing the Escalation; S0: Closing an Account Escalation).
 *
 * @param customerAgreed  the customer agrees the situation is resolved
 * @param documented      the alignment is documented in an issue or email
 * @param driAgreed       the escalation DRI agreed to the closing
 * @param rcaRequested    the customer requested a root cause analysis
 * @param rcaDelivered    engineering delivered the RCA in writing to the DRI
 * @param outcome         the answer to closure question 1, or {@code null} when unanswered
 * @param exitCriteriaMet the answer to closure question 2, or {@code null} when unanswered
 * @param summary         the answer to closure question 3; {@code null} or blank when unanswered
 *
 * <p>Which answers count as given is policy: the rules of {@code closure.drl} say it, one rule per question.
 */
public record Closure(boolean customerAgreed, boolean documented, boolean driAgreed, boolean rcaRequested,
                      boolean rcaDelivered, Outcome outcome, Boolean exitCriteriaMet, String summary) {

    /** @return a builder with nothing agreed, nothing requested and no answers */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this closure's values */
    public Builder toBuilder() {
        return new Builder().customerAgreed(customerAgreed).documented(documented).driAgreed(driAgreed)
                .rcaRequested(rcaRequested).rcaDelivered(rcaDelivered).outcome(outcome)
                .exitCriteriaMet(exitCriteriaMet).summary(summary);
    }

    /** Builds a {@link Closure}. */
    public static final class Builder {
        private boolean customerAgreed;
        private boolean documented;
        private boolean driAgreed;
        private boolean rcaRequested;
        private boolean rcaDelivered;
        private Outcome outcome;
        private Boolean exitCriteriaMet;
        private String summary;

        private Builder() {
        }

        /**
         * @param value whether the customer agreed
         * @return this builder
         */
        public Builder customerAgreed(boolean value) {
            this.customerAgreed = value;
            return this;
        }

        /**
         * @param value whether the alignment is documented
         * @return this builder
         */
        public Builder documented(boolean value) {
            this.documented = value;
            return this;
        }

        /**
         * @param value whether the DRI agreed
         * @return this builder
         */
        public Builder driAgreed(boolean value) {
            this.driAgreed = value;
            return this;
        }

        /**
         * @param value whether an RCA was requested
         * @return this builder
         */
        public Builder rcaRequested(boolean value) {
            this.rcaRequested = value;
            return this;
        }

        /**
         * @param value whether the RCA was delivered
         * @return this builder
         */
        public Builder rcaDelivered(boolean value) {
            this.rcaDelivered = value;
            return this;
        }

        /**
         * @param value the outcome, or {@code null}
         * @return this builder
         */
        public Builder outcome(Outcome value) {
            this.outcome = value;
            return this;
        }

        /**
         * @param value whether the exit criteria were met, or {@code null}
         * @return this builder
         */
        public Builder exitCriteriaMet(Boolean value) {
            this.exitCriteriaMet = value;
            return this;
        }

        /**
         * @param value the summary of actions, or {@code null}
         * @return this builder
         */
        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        /** @return the closure facts */
        public Closure build() {
            return new Closure(customerAgreed, documented, driAgreed, rcaRequested, rcaDelivered, outcome,
                    exitCriteriaMet, summary);
        }
    }
}
