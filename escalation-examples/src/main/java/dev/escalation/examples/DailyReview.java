package dev.escalation.examples;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Finding;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Escalation;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The daily sweep: what is overdue in this running escalation right now? */
public final class DailyReview {

    private DailyReview() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Instant now = Instant.parse("2026-03-10T17:00:00Z");
        Instant opened = now.minus(Duration.ofDays(8));
        Account account = Account.builder("Umbrella", Segment.TAM_SCALE)
                .team(Team.builder().accountExecutive("Alex Morgan").cse("Sam Lee").build()).build();
        Escalation escalation = Escalation.builder(Severity.HIGH, opened)
                .exitCriteria("p95 latency under 2 s for a week")
                .nextCustomerTouchpointAt(now.plus(Duration.ofDays(1)))
                .activity(Activity.of(ActivityKind.CHANNEL_CREATED, opened),
                        Activity.of(ActivityKind.DRI_AND_ASKS_IDENTIFIED, opened),
                        Activity.of(ActivityKind.DECLARED, opened),
                        Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, opened),
                        Activity.of(ActivityKind.STANDUP_SCHEDULED, opened),
                        Activity.of(ActivityKind.INTERNAL_UPDATE, now.minus(Duration.ofHours(30))),
                        Activity.of(ActivityKind.CUSTOMER_UPDATE, now.minus(Duration.ofDays(2))))
                .build();

        List<Finding> findings = EscalationPolicy.standard().review(account, escalation, now);

        System.out.println(findings.size() + " findings:");
        for (Finding finding : findings) {
            System.out.println("  " + finding.code() + " " + finding.details());
        }
    }
}
