package dev.escalation.examples;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.model.Account;
import dev.escalation.model.Closure;
import dev.escalation.model.Escalation;
import dev.escalation.model.Outcome;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;

/** May this escalation close, and if not, what is in the way? */
public final class CloseEscalation {

    private CloseEscalation() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Instant now = Instant.parse("2026-03-20T10:00:00Z");
        Account account = Account.builder("Globex Corporation", Segment.CSM_MANAGED)
                .team(Team.builder().csm("Casey Jones").build()).build();
        Closure closure = Closure.builder().customerAgreed(true).documented(true).driAgreed(true)
                .rcaRequested(true).outcome(Outcome.POSITIVE).exitCriteriaMet(true)
                .summary("Database failover fixed; monitored for a week.").build();
        Escalation escalation = Escalation.builder(Severity.HIGH, now.minus(Duration.ofDays(12)))
                .platformRelated(true).closure(closure).build();
        EscalationPolicy policy = EscalationPolicy.standard();

        ClosureDecision waiting = policy.closure(account, escalation, now).orElseThrow();
        System.out.println("before the RCA: ready " + waiting.ready() + ", blockers " + waiting.blockers());

        Escalation delivered = escalation.toBuilder().closure(closure.toBuilder().rcaDelivered(true).build()).build();
        ClosureDecision ready = policy.closure(account, delivered, now).orElseThrow();
        System.out.println("after the RCA:  ready " + ready.ready() + ", steps " + ready.steps());
    }
}
