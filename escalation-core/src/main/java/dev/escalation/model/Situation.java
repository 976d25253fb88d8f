package dev.escalation.model;

/**
 * What kind of trouble the customer is in; decides the route
 * (S2: What's the difference between an account escalation or an incident escalation?).
 *
 * @param singleTicketMovingSlowly     one open support ticket is moving too slowly
 * @param singleIncident               a single incident or support case
 * @param suspectedWidespreadGitLabCom a widespread issue on GitLab.com is suspected
 * @param accountAtRisk                risk to future business with the customer or to the brand, or several issues
 *                                     together
 */
public record Situation(boolean singleTicketMovingSlowly, boolean singleIncident, boolean suspectedWidespreadGitLabCom,
                        boolean accountAtRisk) {

    /** No trouble of any kind: every flag false. */
    public static final Situation NONE = new Situation(false, false, false, false);

    /** @param value see {@link #singleTicketMovingSlowly()} @return a copy with that value */
    public Situation withSingleTicketMovingSlowly(boolean value) {
        return new Situation(value, singleIncident, suspectedWidespreadGitLabCom, accountAtRisk);
    }

    /** @param value see {@link #singleIncident()} @return a copy with that value */
    public Situation withSingleIncident(boolean value) {
        return new Situation(singleTicketMovingSlowly, value, suspectedWidespreadGitLabCom, accountAtRisk);
    }

    /** @param value see {@link #suspectedWidespreadGitLabCom()} @return a copy with that value */
    public Situation withSuspectedWidespreadGitLabCom(boolean value) {
        return new Situation(singleTicketMovingSlowly, singleIncident, value, accountAtRisk);
    }

    /** @param value see {@link #accountAtRisk()} @return a copy with that value */
    public Situation withAccountAtRisk(boolean value) {
        return new Situation(singleTicketMovingSlowly, singleIncident, suspectedWidespreadGitLabCom, value);
    }
}
