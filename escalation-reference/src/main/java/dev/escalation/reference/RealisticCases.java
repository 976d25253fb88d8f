package dev.escalation.reference;

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
import dev.escalation.model.Outcome;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The cases the benchmarks measure: a support emergency and an open escalation with 30 activities and closure facts,
 * varied by a seeded random (segment, team, severity, timings, flags), all valid as of {@link #NOW}. The same seed
 * gives the same cases, so figures from different runs measure the same work.
 */
public final class RealisticCases {

    /** The instant every generated case is valid as of. */
    public static final Instant NOW = Instant.parse("2026-03-10T15:30:00Z");

    private static final ActivityKind[] KINDS = ActivityKind.values();
    private static final Segment[] SEGMENTS = Segment.values();
    private static final Severity[] SEVERITIES = Severity.values();

    private RealisticCases() {
    }

    /**
     * @param count how many
     * @param seed  the seed
     * @return that many cases
     */
    public static List<EscalationCase> generate(int count, long seed) {
        Random random = new Random(seed);
        List<EscalationCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(next(random, i));
        }
        return cases;
    }

    private static String maybe(Random random, String name) {
        return random.nextInt(4) == 0 ? null : name;
    }

    private static EscalationCase next(Random random, int index) {
        Team team = Team.builder().csm(maybe(random, "Casey " + index)).accountExecutive(maybe(random, "Alex"))
                .cse(maybe(random, "Sam")).regionalManager(maybe(random, "Rory")).regionalCseLeader("Lee").build();
        Account account = Account.builder("Customer " + index, SEGMENTS[random.nextInt(SEGMENTS.length)])
                .strategicPartnership(random.nextBoolean()).team(team)
                .professionalServicesProject(random.nextBoolean() ? new ProfessionalServicesProject(random.nextBoolean(),
                        "Pat") : null)
                .build();
        Instant started = NOW.minus(Duration.ofMinutes(30 + random.nextInt(400)));
        Emergency emergency = Emergency.builder("ZD-" + index, started).afterUpgrade(random.nextBoolean())
                .upgradeRelatedProblems(random.nextInt(4)).clearResolutionInSight(random.nextBoolean())
                .blockedInitiatives(random.nextBoolean() ? List.of(Initiative.RENEWAL) : List.of())
                .recentProfessionalServices(random.nextBoolean()).psEngineersAvailable(random.nextBoolean())
                .instanceDown(random.nextBoolean())
                .callStartedAt(random.nextBoolean() ? started.plus(Duration.ofMinutes(random.nextInt(30))) : null)
                .build();
        Instant opened = NOW.minus(Duration.ofHours(2 + random.nextInt(24 * 12)));
        long span = Duration.between(opened, NOW).toMinutes();
        List<Activity> log = new ArrayList<>(30);
        for (int a = 0; a < 30; a++) {
            log.add(Activity.of(KINDS[random.nextInt(KINDS.length)], opened.plus(Duration.ofMinutes(
                    (long) (random.nextDouble() * span)))));
        }
        Closure closure = Closure.builder().customerAgreed(random.nextBoolean()).documented(random.nextBoolean())
                .driAgreed(random.nextBoolean()).rcaRequested(random.nextBoolean()).rcaDelivered(random.nextBoolean())
                .outcome(random.nextBoolean() ? Outcome.POSITIVE : null).exitCriteriaMet(random.nextBoolean())
                .summary(random.nextBoolean() ? "Fixed and monitored." : " ").build();
        Escalation escalation = Escalation.builder(SEVERITIES[random.nextInt(SEVERITIES.length)], opened)
                .relatedToPsProject(random.nextBoolean()).productRelated(random.nextBoolean())
                .platformRelated(random.nextBoolean())
                .channel(random.nextBoolean() ? new SlackChannel("#esc_customer_" + index, random.nextBoolean()) : null)
                .productDri(maybe(random, "Dana")).exitCriteria(random.nextBoolean() ? List.of("stable") : List.of())
                .nextCustomerTouchpointAt(NOW.plus(Duration.ofHours(random.nextInt(48) - 12)))
                .activity(log).closure(closure).build();
        return EscalationCase.of(account).emergency(emergency).escalation(escalation)
                .event(random.nextBoolean() ? Event.DAILY_UPDATE : Event.SEVERITY_CHANGED).build();
    }
}
