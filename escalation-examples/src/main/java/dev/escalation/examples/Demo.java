package dev.escalation.examples;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Moment;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Closure;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Event;
import dev.escalation.model.Initiative;
import dev.escalation.model.Links;
import dev.escalation.model.Outcome;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks one realistic escalation on sample data, from a support emergency to its closure, and prints at each step
 * what the policy decided and why.
 */
final class Demo {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private Demo() {
    }

    static int run(PrintStream out) {
        EscalationPolicy policy = EscalationPolicy.standard();
        Show show = new Show(out);
        Account globex = Account.builder("Globex Corporation", Segment.TAM_SCALE)
                .team(Team.builder().accountExecutive("Alex Morgan").cse("Sam Lee").regionalCseLeader("Lee Park")
                        .build())
                .build();
        Emergency emergency = Emergency.builder("ZD-48213", START).afterUpgrade(true).upgradeRelatedProblems(1)
                .callStartedAt(START).build();
        out.println("Globex Corporation, a TAM Scale account, upgraded last night. At 09:00 UTC an emergency opens.");

        Instant now = at(1, 30);
        show.title(now + " - one problem after the upgrade, 90 minutes in");
        show.assessment(policy.assess(EscalationCase.of(globex).emergency(emergency).build(), now));

        emergency = emergency.toBuilder().upgradeRelatedProblems(3).blockedInitiatives(Initiative.RENEWAL).build();
        now = at(3, 10);
        show.title(now + " - three problems now, the renewal is blocked, the call has run over three hours");
        show.assessment(policy.assess(EscalationCase.of(globex).emergency(emergency).build(), now));

        Instant opened = at(3, 30);
        Emergency onCall = emergency.toBuilder().callStartedAt(null).build();
        Escalation escalation = Escalation.builder(Severity.HIGH, opened).productRelated(true)
                .description("a regression after last night's upgrade that blocks merges for every user")
                .initialAsk("an engineer who knows the upgraded components, with the customer daily until it is fixed")
                .supportDri("Jo Support").fyi("@cs-regional-manager")
                .links(new Links(null, "https://docs.example.com/globex-notes",
                        "https://gitlab.my.salesforce.com/500X000042"))
                .build();
        show.title(opened + " - the account escalation is opened at HIGH, product related");
        show.assessment(policy.assess(EscalationCase.of(globex).emergency(onCall).escalation(escalation)
                .event(Event.OPENED).build(), opened));

        List<Activity> log = new ArrayList<>(List.of(Activity.of(ActivityKind.CHANNEL_CREATED, at(3, 40)),
                Activity.of(ActivityKind.DECLARED, at(3, 50))));
        escalation = escalation.toBuilder().activity(log).channel(new SlackChannel("#esc_globex_corporation", true))
                .nextCustomerTouchpointAt(at(24, 0)).build();
        now = at(4, 45);
        show.title(now + " - the channel exists and it is declared; what is still open?");
        show.assessment(policy.assess(EscalationCase.of(globex).emergency(onCall).escalation(escalation).build(), now));

        log.addAll(List.of(Activity.of(ActivityKind.DRI_AND_ASKS_IDENTIFIED, at(5, 0)),
                Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, at(5, 10)),
                Activity.of(ActivityKind.STANDUP_SCHEDULED, at(6, 0)),
                Activity.of(ActivityKind.INTERNAL_UPDATE, at(7, 0)),
                Activity.of(ActivityKind.CUSTOMER_UPDATE, at(7, 30))));
        escalation = escalation.toBuilder().activity(log).productDri("Dana Product")
                .exitCriteria("no regression after the upgrade for 7 days").nextCustomerTouchpointAt(at(48, 0))
                .build();
        now = at(33, 0);
        show.title(now + " - the next afternoon: the daily review");
        show.assessment(policy.assess(EscalationCase.of(globex).escalation(escalation).event(Event.DAILY_UPDATE)
                .build(), now));

        Closure asked = Closure.builder().customerAgreed(true).documented(true).driAgreed(true).build();
        now = at(24 * 9, 0);
        show.title(now + " - nine days in, the customer agrees it is resolved; may it close?");
        show.assessment(policy.assess(EscalationCase.of(globex).escalation(escalation.toBuilder().closure(asked)
                .build()).build(), now));

        Closure answered = asked.toBuilder().outcome(Outcome.POSITIVE).exitCriteriaMet(true)
                .summary("Patched the upgrade regression; a week of monitoring without recurrence.").build();
        show.title(now + " - the closure questions are answered");
        show.assessment(policy.assess(EscalationCase.of(globex).escalation(escalation.toBuilder().closure(answered)
                .build()).event(Event.CLOSED).build(), now));

        show.title("Replay: what the policy would have flagged, every 12 hours and at every activity");
        EscalationCase whole = EscalationCase.of(globex).emergency(onCall).escalation(escalation).build();
        for (Moment moment : policy.replay(whole, START, at(24 * 4, 0), Duration.ofHours(12))) {
            show.moment(moment);
        }
        out.println();
        out.println("decided by policy " + policy.version());
        return 0;
    }

    private static Instant at(long hours, long minutes) {
        return START.plus(Duration.ofHours(hours).plusMinutes(minutes));
    }
}
