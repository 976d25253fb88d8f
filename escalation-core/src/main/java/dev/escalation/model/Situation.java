package dev.escalation.model;

import java.util.Collection;
import java.util.Set;

/**
 * What kind of trouble the customer is in; decides the route
 * (S2: What's the difference between an account escalation or an incident escalation?) and, through its risks,
 * the suggested severity (S2: Definitions of Severity Levels; POLICY.md 2.4a).
 *
 * @param singleTicketMovingSlowly     one open support ticket is moving too slowly
 * @param singleIncident               a single incident or support case
 * @param suspectedWidespreadGitLabCom a widespread issue on GitLab.com is suspected
 * @param accountAtRisk                risk to future business with the customer or to the brand, or several issues
 *                                     together
 * @param impact                       how much the issues impact the ability to deploy or use, or {@code null} when
 *                                     not said (then no risk suggests more than {@code MEDIUM})
 * @param risks                        the risks the situation puts the account at; iterates in declaration order
 */
public record Situation(boolean singleTicketMovingSlowly, boolean singleIncident, boolean suspectedWidespreadGitLabCom,
                        boolean accountAtRisk, Impact impact, Set<Risk> risks) {

    /** No trouble of any kind: every flag false, no impact, no risks. */
    public static final Situation NONE = new Situation(false, false, false, false);

    /**
     * Copies the risks into an unmodifiable set in declaration order ({@code null} means none).
     *
     * @param singleTicketMovingSlowly see {@link #singleTicketMovingSlowly()}
     * @param singleIncident see {@link #singleIncident()}
     * @param suspectedWidespreadGitLabCom see {@link #suspectedWidespreadGitLabCom()}
     * @param accountAtRisk see {@link #accountAtRisk()}
     * @param impact see {@link #impact()}
     * @param risks see {@link #risks()}
     */
    public Situation {
        risks = Copies.enumSet(risks);
    }

    /**
     * A situation without impact or risks, as version 1 of POLICY.md knew it.
     *
     * @param singleTicketMovingSlowly     see {@link #singleTicketMovingSlowly()}
     * @param singleIncident               see {@link #singleIncident()}
     * @param suspectedWidespreadGitLabCom see {@link #suspectedWidespreadGitLabCom()}
     * @param accountAtRisk                see {@link #accountAtRisk()}
     */
    public Situation(boolean singleTicketMovingSlowly, boolean singleIncident, boolean suspectedWidespreadGitLabCom,
                     boolean accountAtRisk) {
        this(singleTicketMovingSlowly, singleIncident, suspectedWidespreadGitLabCom, accountAtRisk, null, Set.of());
    }

    /**
     * @param value see {@link #singleTicketMovingSlowly()}
     * @return a copy with that value
     */
    public Situation withSingleTicketMovingSlowly(boolean value) {
        return new Situation(value, singleIncident, suspectedWidespreadGitLabCom, accountAtRisk, impact, risks);
    }

    /**
     * @param value see {@link #singleIncident()}
     * @return a copy with that value
     */
    public Situation withSingleIncident(boolean value) {
        return new Situation(singleTicketMovingSlowly, value, suspectedWidespreadGitLabCom, accountAtRisk, impact, risks);
    }

    /**
     * @param value see {@link #suspectedWidespreadGitLabCom()}
     * @return a copy with that value
     */
    public Situation withSuspectedWidespreadGitLabCom(boolean value) {
        return new Situation(singleTicketMovingSlowly, singleIncident, value, accountAtRisk, impact, risks);
    }

    /**
     * @param value see {@link #accountAtRisk()}
     * @return a copy with that value
     */
    public Situation withAccountAtRisk(boolean value) {
        return new Situation(singleTicketMovingSlowly, singleIncident, suspectedWidespreadGitLabCom, value, impact, risks);
    }

    /**
     * @param value see {@link #impact()}, or {@code null}
     * @return a copy with that value
     */
    public Situation withImpact(Impact value) {
        return new Situation(singleTicketMovingSlowly, singleIncident, suspectedWidespreadGitLabCom, accountAtRisk, value,
                risks);
    }

    /**
     * @param value see {@link #risks()}
     * @return a copy with those risks
     */
    public Situation withRisks(Collection<Risk> value) {
        return new Situation(singleTicketMovingSlowly, singleIncident, suspectedWidespreadGitLabCom, accountAtRisk, impact,
                Copies.enumSet(value));
    }

    /**
     * @param value see {@link #risks()}
     * @return a copy with those risks
     */
    public Situation withRisks(Risk... value) {
        return withRisks(java.util.Arrays.asList(value));
    }
}
