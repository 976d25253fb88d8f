package dev.escalation.rules;

import static dev.escalation.rules.RuleHarness.NOW;

import dev.escalation.model.Account;
import dev.escalation.model.Emergency;
import dev.escalation.model.Escalation;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import java.time.Duration;

/** Small, valid inputs to start tests from; each test changes only what it is about. */
final class Fixtures {

    static final Team FULL_TEAM = Team.builder().csm("Casey CSM").accountExecutive("Alex AE").cse("Sam CSE")
            .regionalManager("Rory Manager").regionalCseLeader("Lee Leader").build();

    private Fixtures() {
    }

    /** @return an in-scope CSM-managed account with a full team */
    static Account.Builder account() {
        return Account.builder("Acme Corp", Segment.CSM_MANAGED).team(FULL_TEAM);
    }

    /** @return an emergency that started 10 minutes before now, with every flag false */
    static Emergency.Builder emergency() {
        return Emergency.builder("T-100", NOW.minus(Duration.ofMinutes(10)));
    }

    /** @return a high escalation opened an hour before now, not product related */
    static Escalation.Builder escalation() {
        return Escalation.builder(Severity.HIGH, NOW.minus(Duration.ofHours(1)));
    }

    /**
     * @param hours   hours before now
     * @param minutes further minutes before now
     * @return that instant
     */
    static java.time.Instant ago(long hours, long minutes) {
        return NOW.minus(Duration.ofHours(hours).plusMinutes(minutes));
    }
}
