package dev.escalation.examples;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Finding;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Escalation;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * A service that does not poll (POLICY.md 2.12): it assesses a case, stores {@code nextReviewAt} in its schedule, and
 * assesses the case again only when that instant has passed, or when the case changes. Nothing the policy decides
 * changes in between. Here the clock is simulated: the schedule is worked through instant by instant.
 */
public final class NextReview {

    /** A case waiting in the schedule until its next review. */
    private record Due(Instant at, String caseId) {
    }

    private NextReview() {
    }

    /** @param args none */
    public static void main(String[] args) {
        EscalationPolicy policy = EscalationPolicy.standard();
        Instant opened = Instant.parse("2026-03-09T14:00:00Z");
        Account account = Account.builder("Initech", Segment.CSM_MANAGED)
                .team(Team.builder().csm("Dana Reyes").regionalManager("Lee Park").build()).build();
        Escalation escalation = Escalation.builder(Severity.HIGH, opened)
                .exitCriteria("pipelines green for three days")
                .nextCustomerTouchpointAt(Instant.parse("2026-03-11T15:00:00Z"))
                .activity(Activity.of(ActivityKind.CHANNEL_CREATED, opened),
                        Activity.of(ActivityKind.DRI_AND_ASKS_IDENTIFIED, opened),
                        Activity.of(ActivityKind.DECLARED, opened),
                        Activity.of(ActivityKind.INVOLVED_INFORMED, opened),
                        Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, opened),
                        Activity.of(ActivityKind.GAINSIGHT_CTA_CREATED, opened.plus(Duration.ofHours(2))),
                        Activity.of(ActivityKind.INTERNAL_UPDATE, opened.plus(Duration.ofHours(3))),
                        Activity.of(ActivityKind.CUSTOMER_UPDATE, opened.plus(Duration.ofHours(4))))
                .build();
        Map<String, EscalationCase> cases = Map.of("ESC-42", EscalationCase.of(account).escalation(escalation).build());

        // The service's schedule: in a real one a table with an index on the instant, swept every minute.
        PriorityQueue<Due> schedule = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));
        Instant now = opened.plus(Duration.ofHours(5));
        review(policy, "ESC-42", cases.get("ESC-42"), now).ifPresent(at -> schedule.add(new Due(at, "ESC-42")));
        for (int reviews = 0; reviews < 3 && !schedule.isEmpty(); reviews++) {
            Due due = schedule.poll();
            // Any instant after nextReviewAt will do; the next sweep finds it one second later at the soonest.
            now = due.at().plusSeconds(1);
            review(policy, due.caseId(), cases.get(due.caseId()), now)
                    .ifPresent(at -> schedule.add(new Due(at, due.caseId())));
        }
    }

    /** Assesses the case, prints what is due and what comes next, and answers when to look again. */
    private static Optional<Instant> review(EscalationPolicy policy, String caseId, EscalationCase escalationCase,
                                            Instant now) {
        Assessment assessment = policy.assess(escalationCase, now);
        System.out.println(caseId + " at " + now + ": " + assessment.findings().size() + " findings");
        for (Finding finding : assessment.findings()) {
            System.out.println("  now      " + finding.code() + finding.detail("item").map(i -> " " + i).orElse(""));
        }
        for (Upcoming upcoming : assessment.upcoming()) {
            System.out.println("  upcoming " + upcoming.at() + " " + upcoming.code()
                    + upcoming.item().map(i -> " " + i).orElse(""));
        }
        System.out.println("  next review after " + assessment.nextReviewAt().map(Instant::toString).orElse("never"));
        return assessment.nextReviewAt();
    }
}
