package dev.escalation.shading;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Finding;
import dev.escalation.model.Account;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Segment;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;

/**
 * A service that embeds the library, as the README's quick start does, packaged as an uber jar. {@code standard}
 * assesses one case with the standard policy (the model generated at build time); {@code added} with a policy that
 * adds one rule (DRL compiled at run time). Each argument is one attempt, in order, so a test sees what a second
 * call does after a first failed. A failure is printed as its exception's {@code toString()}, one line as a service's
 * log would show it (the whole stack trace with {@code -Dconsumer.trace=true}), and the process exits 1.
 */
public final class Consumer {

    private static final String ADDED = """
            package com.example.team;
            import dev.escalation.model.Emergency;
            import dev.escalation.decision.Finding;
            rule "Every emergency is noted for the team"
                @id("team/noted") @section("Team policy") @reason("emergency {$id} noted")
            when
                Emergency($id : ticketId)
            then
                insert(Finding.of("TEAM_NOTED", "ticket", $id));
            end
            """;

    private Consumer() {
    }

    public static void main(String[] args) {
        int status = 0;
        for (String mode : args) {
            try {
                System.out.println(run(mode));
            } catch (RuntimeException | LinkageError e) {
                System.err.println(mode + ": " + e);
                if (Boolean.getBoolean("consumer.trace")) {
                    e.printStackTrace();
                }
                status = 1;
            }
        }
        System.exit(status);
    }

    /**
     * @param mode {@code standard} or {@code added}
     * @return what the policy advises on the quick start's case, as one line
     */
    static String run(String mode) {
        Instant now = Instant.parse("2026-03-02T15:30:00Z");
        Account acme = Account.builder("Acme Corp", Segment.CSM_MANAGED)
                .team(Team.builder().csm("Casey").build()).build();
        Emergency emergency = Emergency.builder("ZD-1", now.minus(Duration.ofHours(4))).build();
        if (mode.equals("standard")) {
            Conversion advice = EscalationPolicy.standard().adviseConversion(acme, emergency, now);
            return "standard: recommended " + advice.recommended();
        }
        EscalationPolicy policy = EscalationPolicy.builder().addRules("team.drl", ADDED).build();
        Assessment assessment = policy.assess(EscalationCase.of(acme).emergency(emergency).build(), now);
        return "added: recommended " + assessment.conversion().orElseThrow().recommended() + ", findings "
                + assessment.findings().stream().map(Finding::code).toList();
    }
}
