package dev.escalation.examples;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.Finding;
import dev.escalation.model.Account;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Initiative;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Walks one realistic escalation on sample data and prints each decision with its reasons. */
final class Demo {

    private Demo() {
    }

    static int run(PrintStream out) {
        EscalationPolicy policy = EscalationPolicy.standard();
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        Account account = Account.builder("Globex Corporation", Segment.TAM_SCALE)
                .team(Team.builder().accountExecutive("Alex Morgan").cse("Sam Lee")
                        .regionalCseLeader("Lee Park").build())
                .build();
        Emergency emergency = Emergency.builder("ZD-48213", start).afterUpgrade(true).upgradeRelatedProblems(3)
                .blockedInitiatives(Initiative.RENEWAL).build();

        Instant now = start.plus(Duration.ofHours(3).plusMinutes(40));
        step(out, "1. " + now + ": a support emergency after an upgrade, still running",
                policy.assess(EscalationCase.of(account).emergency(emergency).build(), now));

        Escalation escalation = Escalation.builder(Severity.HIGH, now).productRelated(true).build();
        step(out, "2. " + now + ": the escalation is opened at HIGH, product related",
                policy.assess(EscalationCase.of(account).emergency(emergency).escalation(escalation).build(), now));
        return 0;
    }

    private static void step(PrintStream out, String title, Assessment assessment) {
        out.println(title);
        out.println("   in scope: " + assessment.inScope());
        assessment.conversion().ifPresent(c -> out.println("   conversion recommended: " + c.recommended()
                + ", triggers " + c.triggers() + ", actions " + c.actions()));
        assessment.plan().ifPresent(plan -> {
            out.println("   cadence " + plan.cadence() + ", involve " + plan.involvement());
            out.println("   DRI " + person(plan.dri()) + "; case owner " + person(plan.caseOwner())
                    + plan.leadTechnicalCollaborator().map(a -> "; lead technical " + person(a)).orElse(""));
            out.println("   contacts " + plan.contacts().stream().map(Demo::person).toList());
            out.println("   product DRI required: " + plan.productDriRequired()
                    + plan.productLeader().map(l -> ", product counterpart " + l).orElse(""));
        });
        for (Finding finding : assessment.findings()) {
            out.println("   finding " + finding.code() + " " + finding.details());
        }
        out.println("   why:");
        print(out, assessment.explanation());
        out.println();
    }

    private static String person(Assignment assignment) {
        return assignment.role() + assignment.name().map(n -> " (" + n + ")").orElse(" (unknown)");
    }

    private static void print(PrintStream out, List<Explanation> explanation) {
        for (Explanation e : explanation) {
            out.println("   - " + e.rule() + " [" + e.section() + "]: " + e.reason());
        }
    }
}
