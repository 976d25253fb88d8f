package dev.escalation.examples;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Explanation;
import dev.escalation.model.Account;
import dev.escalation.model.Emergency;
import dev.escalation.model.Initiative;
import dev.escalation.model.Segment;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;

/** Should this support emergency become an account escalation? */
public final class ConvertEmergency {

    private ConvertEmergency() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Instant now = Instant.parse("2026-03-02T15:30:00Z");
        Account account = Account.builder("Acme Corp", Segment.CSM_MANAGED)
                .team(Team.builder().csm("Casey Jones").build()).build();
        Emergency emergency = Emergency.builder("ZD-1001", now.minus(Duration.ofHours(4).plusMinutes(10)))
                .blockedInitiatives(Initiative.MIGRATION).build();

        Conversion advice = EscalationPolicy.standard().adviseConversion(account, emergency, now);

        System.out.println("recommended: " + advice.recommended());
        System.out.println("triggers:    " + advice.triggers());
        System.out.println("actions:     " + advice.actions());
        System.out.println("reach out:   " + String.join(", ", advice.contacts().stream().map(Show::person).toList()));
        for (Explanation why : advice.explanation()) {
            System.out.println("  " + why.section() + " -- " + why.reason());
        }
    }
}
