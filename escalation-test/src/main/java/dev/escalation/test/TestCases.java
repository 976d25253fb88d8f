package dev.escalation.test;

import dev.escalation.model.Account;
import dev.escalation.model.Closure;
import dev.escalation.model.Emergency;
import dev.escalation.model.Escalation;
import dev.escalation.model.Outcome;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;

/**
 * Small, valid inputs to start a test from, each changed only in what the test is about. Every instant is relative
 * to {@link #NOW}, so a test reads as "an emergency running 3 h 1 min" rather than as a date.
 *
 * <pre>{@code
 * Assessment a = TestCases.aCase().emergency(e -> e.startedAt(ago(Duration.ofHours(4)))).assess(policy);
 * Emergency e = TestCases.emergency().afterUpgrade(true).upgradeRelatedProblems(2).build();
 * }</pre>
 *
 * <p><b>Stability:</b> stable API; the defaults may gain fields the model gains, never change the ones named here.
 */
public final class TestCases {

    /** The instant tests decide as of: Monday 2 March 2026, 15:30 UTC, a working day. */
    public static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");

    private TestCases() {
    }

    /**
     * @param time how long before {@link #NOW}
     * @return that instant
     */
    public static Instant ago(Duration time) {
        return NOW.minus(time);
    }

    /**
     * @param hours how many hours before {@link #NOW}
     * @return that instant
     */
    public static Instant hoursAgo(long hours) {
        return ago(Duration.ofHours(hours));
    }

    /**
     * @return a full account team: CSM Casey Jones, account executive Alex Morgan, CSE Sam Lee, regional CSM manager
     *         Rory Quinn, regional CSE leader Lee Park
     */
    public static Team team() {
        return Team.builder().csm("Casey Jones").accountExecutive("Alex Morgan").cse("Sam Lee")
                .regionalManager("Rory Quinn").regionalCseLeader("Lee Park").build();
    }

    /** @return Acme Corp: CSM-managed, so in scope, with the full {@link #team()}, no PS project */
    public static Account.Builder account() {
        return Account.builder("Acme Corp", Segment.CSM_MANAGED).team(team());
    }

    /**
     * @return emergency ZD-1, started 10 minutes before {@link #NOW}, with no trigger: not after an upgrade, nothing
     *         blocked, no call, no PS
     */
    public static Emergency.Builder emergency() {
        return Emergency.builder("ZD-1", ago(Duration.ofMinutes(10)));
    }

    /**
     * @return a HIGH escalation opened an hour before {@link #NOW}, with exit criteria and the next customer
     *         touchpoint a day after {@code NOW}, no activity yet: nothing is overdue
     */
    public static Escalation.Builder escalation() {
        return Escalation.builder(Severity.HIGH, hoursAgo(1)).exitCriteria("the customer confirms the fix")
                .nextCustomerTouchpointAt(NOW.plus(Duration.ofDays(1)));
    }

    /**
     * @return closure facts with nothing blocking: the customer and the DRI agreed, documented, no RCA requested,
     *         outcome POSITIVE, exit criteria met, a summary
     */
    public static Closure.Builder closure() {
        return Closure.builder().customerAgreed(true).documented(true).driAgreed(true).outcome(Outcome.POSITIVE)
                .exitCriteriaMet(true).summary("resolved with the customer");
    }

    /** @return a case of the default {@link #account()} alone, decided as of {@link #NOW} */
    public static CaseBuilder aCase() {
        return new CaseBuilder(account(), NOW);
    }
}
