package dev.escalation;

import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Closure;
import dev.escalation.model.Emergency;
import dev.escalation.model.Escalation;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Event;
import dev.escalation.model.Impact;
import dev.escalation.model.Initiative;
import dev.escalation.model.Links;
import dev.escalation.model.Outcome;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Risk;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Situation;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@link EscalationPolicy#warmUp()} assesses: a dozen made-up cases that reach every part of the policy (an
 * emergency, each kind of situation, escalations opening, managed, closing and closed, every event, every segment
 * and severity), each valid as of one fixed instant, so that warming up never reads the clock and does the same
 * work every time. Varied by the case's index alone: no randomness to seed.
 */
final class WarmUp {

    /** The instant every case is assessed as of. */
    static final Instant NOW = Instant.parse("2026-03-10T15:30:00Z");
    /** How many cases. */
    static final int CASES = 12;

    private static final Segment[] SEGMENTS = Segment.values();
    private static final Severity[] SEVERITIES = Severity.values();
    private static final Event[] EVENTS = Event.values();
    private static final ActivityKind[] KINDS = ActivityKind.values();
    private static final Risk[] RISKS = Risk.values();
    private static final Initiative[] INITIATIVES = Initiative.values();

    private WarmUp() {
    }

    static List<EscalationCase> cases() {
        List<EscalationCase> cases = new ArrayList<>(CASES);
        for (int i = 0; i < CASES; i++) {
            cases.add(escalationCase(i));
        }
        return cases;
    }

    private static EscalationCase escalationCase(int i) {
        boolean odd = i % 2 == 1;
        Team team = i % 4 == 3 ? Team.NOBODY : Team.builder().csm(odd ? null : "Casey Doe").accountExecutive("Alex Roe")
                .cse("Sam Lee").regionalManager(i % 3 == 0 ? null : "Rory Poe").regionalCseLeader("Lee Park").build();
        Account account = Account.builder("Customer " + i, SEGMENTS[i % SEGMENTS.length])
                // Case 8 opens (OPENED) on an account of another segment: a partnership keeps it in scope, so the
                // channel's opening message is drafted too and every template is warm.
                .strategicPartnership(i % 3 == 1 || i == 8).team(team)
                .professionalServicesProject(i % 4 == 2 ? new ProfessionalServicesProject(i % 8 == 2, "Pat Moe") : null)
                .build();
        EscalationCase.Builder builder = EscalationCase.of(account).event(EVENTS[i % EVENTS.length]);
        if (i % 3 != 2) {
            builder.emergency(emergency(i));
        }
        if (i % 2 == 0) {
            builder.situation(new Situation(i % 4 == 0, i % 6 == 2, i == 4, i % 3 == 0, i % 4 == 0 ? Impact.SIGNIFICANT
                    : Impact.SOME, Set.of(RISKS[i % RISKS.length], RISKS[(i * 5 + 3) % RISKS.length])));
        }
        if (i >= 2) {
            builder.escalation(escalation(i));
        }
        return builder.build();
    }

    private static Emergency emergency(int i) {
        Instant started = NOW.minus(Duration.ofMinutes(30 + 41L * i));
        return Emergency.builder("ZD-" + (1000 + i), started).afterUpgrade(i % 2 == 1).upgradeRelatedProblems(i % 4)
                .clearResolutionInSight(i % 5 == 0)
                .blockedInitiatives(i % 3 == 0 ? List.of(INITIATIVES[i % INITIATIVES.length]) : List.of())
                .recentProfessionalServices(i % 4 == 1).psEngineersAvailable(i % 3 == 1).instanceDown(i % 4 == 1)
                .callStartedAt(i % 2 == 1 ? started.plus(Duration.ofMinutes(5)) : null).build();
    }

    /** From 2 to 11: opened hours to weeks ago, more activity the older, closure facts from 7 on, closed from 10 on. */
    private static Escalation escalation(int i) {
        Instant opened = NOW.minus(Duration.ofHours(2 + 29L * (i - 2)));
        long span = Duration.between(opened, NOW).toMinutes();
        int count = 3 * i;
        List<Activity> log = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            ActivityKind kind = KINDS[(i + 7 * a) % KINDS.length];
            Instant at = opened.plus(Duration.ofMinutes(span * (a + 1) / (count + 1)));
            log.add(kind == ActivityKind.SEVERITY_CHANGED ? Activity.severityChanged(at, SEVERITIES[a % SEVERITIES.length])
                    : Activity.of(kind, at));
        }
        Escalation.Builder builder = Escalation.builder(SEVERITIES[i % SEVERITIES.length], opened)
                .relatedToPsProject(i % 4 == 2).productRelated(i % 3 == 0).platformRelated(i % 5 == 0)
                .channel(i % 3 == 1 ? null : new SlackChannel("#esc_customer_" + i, i % 2 == 0))
                .productDri(i % 4 == 0 ? null : "Dana Vo").exitCriteria(i % 2 == 0 ? List.of("stable for a week")
                        : List.of())
                .nextCustomerTouchpointAt(NOW.plus(Duration.ofHours(5L * i - 20)))
                .description("Pipelines fail after the upgrade").initialAsk("A fix or a workaround").supportDri("Sam Lee")
                .links(new Links("https://example.com/notes", null, "https://example.com/case/" + i)).activity(log);
        if (i >= 7) {
            builder.closure(Closure.builder().customerAgreed(i != 8).documented(i % 2 == 1).driAgreed(true)
                    .rcaRequested(i % 3 == 0).rcaDelivered(i == 9).outcome(i == 10 ? null : Outcome.POSITIVE)
                    .exitCriteriaMet(i != 10).summary("Fixed and monitored.").build());
        }
        if (i >= 10) {
            builder.closedAt(NOW.minus(Duration.ofHours(i - 9)));
        }
        return builder.build();
    }
}
