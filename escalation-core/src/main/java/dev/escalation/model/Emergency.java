package dev.escalation.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * A support emergency under way, the candidate for conversion into an account escalation
 * (S0: When to start an Account Escalation).
 *
 * @param ticketId                   the emergency ticket (required, not blank)
 * @param startedAt                  when the emergency started (required, not after {@code now})
 * @param afterUpgrade               whether it occurs after an upgrade
 * @param upgradeRelatedProblems     simultaneous problems or tickets since the upgrade ({@code >= 0})
 * @param clearResolutionInSight     whether a clear resolution is in sight
 * @param blockedInitiatives         outside initiatives the emergency blocks; iterates in declaration order
 * @param recentProfessionalServices whether Professional Services worked with the customer recently
 * @param psEngineersAvailable       whether the engineers of that engagement are still available
 * @param instanceDown               whether the customer's instance is down (an S1)
 * @param callStartedAt              when the emergency call now running started, or {@code null} when there is none;
 *                                   not before {@code startedAt} and not after {@code now}
 * @param shiftEndsAt                when the current on-call support engineer's shift ends, or {@code null} when not
 *                                   given (v3); may lie after {@code now}
 */
public record Emergency(String ticketId, Instant startedAt, boolean afterUpgrade, int upgradeRelatedProblems,
                        boolean clearResolutionInSight, Set<Initiative> blockedInitiatives,
                        boolean recentProfessionalServices, boolean psEngineersAvailable, boolean instanceDown,
                        Instant callStartedAt, Instant shiftEndsAt) {

    /**
     * Copies the blocked initiatives into an unmodifiable set ({@code null} means none).
     *
     * @param ticketId see {@link #ticketId()}
     * @param startedAt see {@link #startedAt()}
     * @param afterUpgrade see {@link #afterUpgrade()}
     * @param upgradeRelatedProblems see {@link #upgradeRelatedProblems()}
     * @param clearResolutionInSight see {@link #clearResolutionInSight()}
     * @param blockedInitiatives see {@link #blockedInitiatives()}
     * @param recentProfessionalServices see {@link #recentProfessionalServices()}
     * @param psEngineersAvailable see {@link #psEngineersAvailable()}
     * @param instanceDown see {@link #instanceDown()}
     * @param callStartedAt see {@link #callStartedAt()}
     * @param shiftEndsAt see {@link #shiftEndsAt()}
     */
    public Emergency {
        blockedInitiatives = Copies.enumSet(blockedInitiatives);
    }

    /**
     * The emergency as version 2 knew it, without a shift end.
     *
     * @param ticketId see {@link #ticketId()}
     * @param startedAt see {@link #startedAt()}
     * @param afterUpgrade see {@link #afterUpgrade()}
     * @param upgradeRelatedProblems see {@link #upgradeRelatedProblems()}
     * @param clearResolutionInSight see {@link #clearResolutionInSight()}
     * @param blockedInitiatives see {@link #blockedInitiatives()}
     * @param recentProfessionalServices see {@link #recentProfessionalServices()}
     * @param psEngineersAvailable see {@link #psEngineersAvailable()}
     * @param instanceDown see {@link #instanceDown()}
     * @param callStartedAt see {@link #callStartedAt()}
     */
    public Emergency(String ticketId, Instant startedAt, boolean afterUpgrade, int upgradeRelatedProblems,
                     boolean clearResolutionInSight, Set<Initiative> blockedInitiatives,
                     boolean recentProfessionalServices, boolean psEngineersAvailable, boolean instanceDown,
                     Instant callStartedAt) {
        this(ticketId, startedAt, afterUpgrade, upgradeRelatedProblems, clearResolutionInSight, blockedInitiatives,
                recentProfessionalServices, psEngineersAvailable, instanceDown, callStartedAt, null);
    }

    /**
     * @param ticketId  the emergency ticket
     * @param startedAt when the emergency started
     * @return a builder with every flag false, no problems, nothing blocked and no call running
     */
    public static Builder builder(String ticketId, Instant startedAt) {
        return new Builder().ticketId(ticketId).startedAt(startedAt);
    }

    /**
     * @param at an instant not before {@link #startedAt()}
     * @return this emergency as of that instant: a call that had not started yet is left out
     */
    public Emergency asOf(Instant at) {
        return callStartedAt == null || !callStartedAt.isAfter(at) ? this : toBuilder().callStartedAt(null).build();
    }

    /** @return a builder holding this emergency's values */
    public Builder toBuilder() {
        return new Builder().ticketId(ticketId).startedAt(startedAt).afterUpgrade(afterUpgrade)
                .upgradeRelatedProblems(upgradeRelatedProblems).clearResolutionInSight(clearResolutionInSight)
                .blockedInitiatives(blockedInitiatives).recentProfessionalServices(recentProfessionalServices)
                .psEngineersAvailable(psEngineersAvailable).instanceDown(instanceDown).callStartedAt(callStartedAt)
                .shiftEndsAt(shiftEndsAt);
    }

    /** Builds an {@link Emergency}. */
    public static final class Builder {
        private String ticketId;
        private Instant startedAt;
        private boolean afterUpgrade;
        private int upgradeRelatedProblems;
        private boolean clearResolutionInSight;
        private Set<Initiative> blockedInitiatives = Set.of();
        private boolean recentProfessionalServices;
        private boolean psEngineersAvailable;
        private boolean instanceDown;
        private Instant callStartedAt;
        private Instant shiftEndsAt;

        private Builder() {
        }

        /**
         * @param value the ticket id
         * @return this builder
         */
        public Builder ticketId(String value) {
            this.ticketId = value;
            return this;
        }

        /**
         * @param value when the emergency started
         * @return this builder
         */
        public Builder startedAt(Instant value) {
            this.startedAt = value;
            return this;
        }

        /**
         * @param value whether it occurs after an upgrade
         * @return this builder
         */
        public Builder afterUpgrade(boolean value) {
            this.afterUpgrade = value;
            return this;
        }

        /**
         * @param value problems or tickets since the upgrade
         * @return this builder
         */
        public Builder upgradeRelatedProblems(int value) {
            this.upgradeRelatedProblems = value;
            return this;
        }

        /**
         * @param value whether a clear resolution is in sight
         * @return this builder
         */
        public Builder clearResolutionInSight(boolean value) {
            this.clearResolutionInSight = value;
            return this;
        }

        /**
         * @param value the blocked initiatives
         * @return this builder
         */
        public Builder blockedInitiatives(Collection<Initiative> value) {
            this.blockedInitiatives = Copies.enumSet(value);
            return this;
        }

        /**
         * @param value the blocked initiatives
         * @return this builder
         */
        public Builder blockedInitiatives(Initiative... value) {
            return blockedInitiatives(Arrays.asList(value));
        }

        /**
         * @param value whether PS worked with the customer recently
         * @return this builder
         */
        public Builder recentProfessionalServices(boolean value) {
            this.recentProfessionalServices = value;
            return this;
        }

        /**
         * @param value whether the PS engineers are still available
         * @return this builder
         */
        public Builder psEngineersAvailable(boolean value) {
            this.psEngineersAvailable = value;
            return this;
        }

        /**
         * @param value whether the instance is down
         * @return this builder
         */
        public Builder instanceDown(boolean value) {
            this.instanceDown = value;
            return this;
        }

        /**
         * @param value when the running call started, or {@code null}
         * @return this builder
         */
        public Builder callStartedAt(Instant value) {
            this.callStartedAt = value;
            return this;
        }

        /**
         * @param value when the current on-call support engineer's shift ends, or {@code null}; may lie after now
         * @return this builder
         */
        public Builder shiftEndsAt(Instant value) {
            this.shiftEndsAt = value;
            return this;
        }

        /** @return the emergency */
        public Emergency build() {
            return new Emergency(ticketId, startedAt, afterUpgrade, upgradeRelatedProblems, clearResolutionInSight,
                    blockedInitiatives,
                    recentProfessionalServices, psEngineersAvailable, instanceDown, callStartedAt, shiftEndsAt);
        }
    }
}
