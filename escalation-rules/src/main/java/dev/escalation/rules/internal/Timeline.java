package dev.escalation.rules.internal;

import dev.escalation.decision.Finding;
import dev.escalation.model.Activity;
import dev.escalation.model.EscalationCase;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/** The instants a replay assesses, and how findings are compared between two of them. */
public final class Timeline {

    private Timeline() {
    }

    /**
     * @param escalationCase the case
     * @param from           the first instant
     * @param to             the last instant
     * @param step           the time between regular points
     * @return every step from {@code from} to {@code to}, both included, and every instant in between at which the
     *         case changes (an emergency starts, a call starts, an escalation opens or closes, an activity), in order
     */
    public static List<Instant> instants(EscalationCase escalationCase, Instant from, Instant to, Duration step) {
        TreeSet<Instant> instants = new TreeSet<>();
        long steps = Duration.between(from, to).dividedBy(step);
        for (long i = 0; i <= steps; i++) {
            instants.add(from.plus(step.multipliedBy(i)));
        }
        instants.add(to);
        Consumer<Instant> within = at -> {
            if (at != null && !at.isBefore(from) && !at.isAfter(to)) {
                instants.add(at);
            }
        };
        if (escalationCase.emergency() != null) {
            within.accept(escalationCase.emergency().startedAt());
            within.accept(escalationCase.emergency().callStartedAt());
        }
        if (escalationCase.escalation() != null) {
            within.accept(escalationCase.escalation().openedAt());
            within.accept(escalationCase.escalation().closedAt());
            escalationCase.escalation().activity().stream().map(Activity::at).forEach(within);
        }
        return List.copyOf(instants);
    }

    /**
     * @param from  the first instant
     * @param to    the last instant, not before {@code from}
     * @param step  the time between regular points, positive
     * @param limit the most regular points allowed
     * @return whether stepping from {@code from} to {@code to} makes at most {@code limit} points (without overflow)
     */
    public static boolean fits(Instant from, Instant to, Duration step, int limit) {
        try {
            return Duration.between(from, to).compareTo(step.multipliedBy(limit - 1L)) <= 0;
        } catch (ArithmeticException hugeStep) {
            return true; // step x limit is beyond any span between two instants
        }
    }

    /**
     * @param findings findings in order
     * @return them by {@link Finding#subject()}, in the same order
     */
    public static Map<String, Finding> bySubject(List<Finding> findings) {
        Map<String, Finding> bySubject = new LinkedHashMap<>();
        findings.forEach(f -> bySubject.putIfAbsent(f.subject(), f));
        return bySubject;
    }

    /**
     * @param these findings by subject
     * @param those other findings by subject
     * @return the findings of {@code these} whose subject is not among {@code those}, in order
     */
    public static List<Finding> missingFrom(Map<String, Finding> these, Map<String, Finding> those) {
        return these.entrySet().stream().filter(e -> !those.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    }
}
