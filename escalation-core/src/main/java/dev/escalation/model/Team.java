package dev.escalation.model;

/**
 * The people assigned to an account; each may be {@code null} when nobody holds the role.
 * A given name must not be blank.
 *
 * @param csm               the Customer Success Manager
 * @param accountExecutive  the Account Executive (AE)
 * @param cse               the Customer Success Engineer (TAM Scale)
 * @param regionalManager   the regional CSM manager
 * @param regionalCseLeader the regional CSE leader, who owns CS Help requests of TAM Scale accounts
 */
public record Team(String csm, String accountExecutive, String cse, String regionalManager, String regionalCseLeader) {

    /** A team with nobody in it: what an absent team means. */
    public static final Team NOBODY = new Team(null, null, null, null, null);

    /** @return whether a CSM is assigned to the account */
    public boolean hasCsm() {
        return csm != null;
    }

    /** @return a builder for a team, starting from nobody */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Team}; roles left unset have nobody. */
    public static final class Builder {
        private String csm;
        private String accountExecutive;
        private String cse;
        private String regionalManager;
        private String regionalCseLeader;

        private Builder() {
        }

        /**
         * @param name the CSM
         * @return this builder
         */
        public Builder csm(String name) {
            this.csm = name;
            return this;
        }

        /**
         * @param name the account executive
         * @return this builder
         */
        public Builder accountExecutive(String name) {
            this.accountExecutive = name;
            return this;
        }

        /**
         * @param name the CSE
         * @return this builder
         */
        public Builder cse(String name) {
            this.cse = name;
            return this;
        }

        /**
         * @param name the regional CSM manager
         * @return this builder
         */
        public Builder regionalManager(String name) {
            this.regionalManager = name;
            return this;
        }

        /**
         * @param name the regional CSE leader
         * @return this builder
         */
        public Builder regionalCseLeader(String name) {
            this.regionalCseLeader = name;
            return this;
        }

        /** @return the team */
        public Team build() {
            return new Team(csm, accountExecutive, cse, regionalManager, regionalCseLeader);
        }
    }
}
