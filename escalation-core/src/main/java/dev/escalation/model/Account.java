package dev.escalation.model;

/**
 * The customer account the case is about.
 *
 * @param name                        the customer's name (required, not blank); also the source of the suggested
 *                                    {@code #esc_} channel name, so it must contain a letter or digit
 * @param segment                     how the account is served (required)
 * @param strategicPartnership        whether a strategic partnership or relationship exists
 * @param team                        the people assigned; {@code null} means {@link Team#NOBODY}
 * @param professionalServicesProject the PS project with the customer, or {@code null} when there is none
 */
public record Account(String name, Segment segment, boolean strategicPartnership, Team team,
                      ProfessionalServicesProject professionalServicesProject) {

    /**
     * Normalises an absent team to {@link Team#NOBODY}.
     *
     * @param name see {@link #name()}
     * @param segment see {@link #segment()}
     * @param strategicPartnership see {@link #strategicPartnership()}
     * @param team see {@link #team()}
     * @param professionalServicesProject see {@link #professionalServicesProject()}
     */
    public Account {
        team = team == null ? Team.NOBODY : team;
    }

    /** @return whether the account has a Professional Services project that is active */
    public boolean hasActivePsProject() {
        return professionalServicesProject != null && professionalServicesProject.active();
    }

    /**
     * @param name    the customer's name
     * @param segment the account's segment
     * @return a builder with nobody assigned, no partnership and no PS project
     */
    public static Builder builder(String name, Segment segment) {
        return new Builder().name(name).segment(segment);
    }

    /** @return a builder holding this account's values */
    public Builder toBuilder() {
        return new Builder().name(name).segment(segment).strategicPartnership(strategicPartnership).team(team)
                .professionalServicesProject(professionalServicesProject);
    }

    /** Builds an {@link Account}. */
    public static final class Builder {
        private String name;
        private Segment segment;
        private boolean strategicPartnership;
        private Team team = Team.NOBODY;
        private ProfessionalServicesProject professionalServicesProject;

        private Builder() {
        }

        /**
         * @param value the customer's name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value the segment
         * @return this builder
         */
        public Builder segment(Segment value) {
            this.segment = value;
            return this;
        }

        /**
         * @param value whether a strategic partnership exists
         * @return this builder
         */
        public Builder strategicPartnership(boolean value) {
            this.strategicPartnership = value;
            return this;
        }

        /**
         * @param value the team
         * @return this builder
         */
        public Builder team(Team value) {
            this.team = value;
            return this;
        }

        /**
         * @param value the PS project, or {@code null}
         * @return this builder
         */
        public Builder professionalServicesProject(ProfessionalServicesProject value) {
            this.professionalServicesProject = value;
            return this;
        }

        /** @return the account */
        public Account build() {
            return new Account(name, segment, strategicPartnership, team, professionalServicesProject);
        }
    }
}
