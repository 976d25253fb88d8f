package dev.escalation.reference;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.EscalationCase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The promise of {@code upcoming} and {@code nextReviewAt} (POLICY.md 2.12), checked on a case by assessing it again
 * later, for any way of assessing (the reference, the rules). The case stays the same and only {@code now} moves
 * forward, so it stays valid.
 * <ul>
 * <li>Each entry is not given at {@code now} and lies at or after it; assessing again at its {@code at} does not give
 * its finding yet (for {@code NEXT_TOUCHPOINT_MISSING} and {@code CUSTOMER_UPDATES_TOO_FEW}, given "from at on", one
 * nanosecond before {@code at}, and at {@code at} it is given), and one second after {@code at} gives it.
 * <li>No finding (nor conversion trigger) that is not given at {@code now} appears before {@code nextReviewAt} unless
 * announced: sampled just after {@code now}, at random instants in between, just before and at {@code nextReviewAt}
 * itself (where only an entry given from {@code at} on may appear). With nothing upcoming, nothing new appears at
 * instants from one second to 30 days later.
 * </ul>
 * A finding is told apart from another of its code by its checklist item and due instant or its closing step; an
 * entry of 2.12 names the same (for {@code CHECKLIST_ITEM_OVERDUE} its {@code at} is the item's due instant).
 */
public final class UpcomingProperty {

    /** The codes given from {@code at} on rather than strictly after it (2.12). */
    public static final Set<String> FROM_AT_ON = Set.of(FindingCode.NEXT_TOUCHPOINT_MISSING.name(),
            FindingCode.CUSTOMER_UPDATES_TOO_FEW.name());
    private static final int RANDOM_SAMPLES = 3;
    private static final Duration[] WITHOUT_REVIEW = {Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofDays(1),
        Duration.ofDays(30)};

    private final BiFunction<EscalationCase, Instant, Assessment> assess;
    private final Map<String, Integer> checked = new LinkedHashMap<>();
    private int assessments;

    /** @param assess how to assess a case as of an instant */
    public UpcomingProperty(BiFunction<EscalationCase, Instant, Assessment> assess) {
        this.assess = assess;
    }

    /**
     * @param c      a case valid as of {@code now}
     * @param now    the instant of the first assessment
     * @param random where to sample between {@code now} and {@code nextReviewAt}
     * @return what does not hold, each in a line; empty when the property holds for the case
     */
    public List<String> check(EscalationCase c, Instant now, Random random) {
        List<String> violations = new ArrayList<>();
        Assessment first = assess(c, now);
        Set<String> given = keys(first);
        for (Upcoming entry : first.upcoming()) {
            checked.merge(entry.code(), 1, Integer::sum);
            String key = key(entry);
            if (entry.at().isBefore(now)) {
                violations.add(entry + ": at lies before now");
            }
            if (given.contains(key)) {
                violations.add(entry + ": already given at now");
            }
            boolean fromOn = FROM_AT_ON.contains(entry.code());
            Instant notYet = fromOn ? entry.at().minusNanos(1) : entry.at();
            if (!notYet.isBefore(now) && gives(assess(c, notYet), key)) {
                violations.add(entry + ": already given at " + notYet);
            }
            if (fromOn && !gives(assess(c, entry.at()), key)) {
                violations.add(entry + ": not given at its at");
            }
            Instant after = entry.at().plusSeconds(1);
            if (!gives(assess(c, after), key)) {
                violations.add(entry + ": not given one second after its at, at " + after);
            }
        }
        Optional<Instant> next = first.nextReviewAt();
        for (Instant t : samples(now, next, random)) {
            Set<String> allowed = new LinkedHashSet<>(given);
            for (Upcoming entry : first.upcoming()) {
                if (FROM_AT_ON.contains(entry.code()) && !entry.at().isAfter(t)) {
                    allowed.add(key(entry));
                }
            }
            for (String key : keys(assess(c, t))) {
                if (!allowed.contains(key)) {
                    violations.add(key + " appears at " + t + " unannounced (nextReviewAt "
                            + next.map(Instant::toString).orElse("absent") + ", upcoming " + first.upcoming() + ")");
                }
            }
        }
        return violations;
    }

    /** @return how many entries were checked, by code: what the cases reached */
    public Map<String, Integer> checked() {
        return checked;
    }

    /** @return how many assessments the checks made */
    public int assessments() {
        return assessments;
    }

    private Assessment assess(EscalationCase c, Instant at) {
        assessments++;
        return assess.apply(c, at);
    }

    /** Instants from {@code now} to {@code nextReviewAt}, both ends near, some at random; later ones without it. */
    private static List<Instant> samples(Instant now, Optional<Instant> next, Random random) {
        List<Instant> samples = new ArrayList<>();
        if (next.isEmpty()) {
            for (Duration later : WITHOUT_REVIEW) {
                samples.add(now.plus(later));
            }
            return samples;
        }
        Instant until = next.get();
        if (now.plusNanos(1).isBefore(until)) {
            samples.add(now.plusNanos(1));
            long seconds = Duration.between(now, until).getSeconds();
            for (int i = 0; i < RANDOM_SAMPLES && seconds > 1; i++) {
                samples.add(now.plusSeconds(1 + random.nextLong(seconds - 1)));
            }
            samples.add(until.minusNanos(1));
        }
        samples.add(until);
        return samples;
    }

    /** The findings and conversion triggers an assessment gives, each as its key. */
    private static Set<String> keys(Assessment a) {
        Set<String> keys = new LinkedHashSet<>();
        a.conversion().ifPresent(k -> {
            for (ConversionTrigger trigger : k.triggers()) {
                keys.add(trigger.name());
            }
        });
        for (Finding f : a.findings()) {
            keys.add(key(f));
        }
        return keys;
    }

    private static boolean gives(Assessment a, String key) {
        return keys(a).contains(key);
    }

    private static String key(Finding f) {
        StringBuilder key = new StringBuilder(f.code());
        f.detail("item").ifPresent(item -> key.append(" item ").append(item));
        if (f.is(FindingCode.CHECKLIST_ITEM_OVERDUE)) {
            f.detail("due").ifPresent(due -> key.append(" due ").append(due));
        }
        f.detail("step").ifPresent(step -> key.append(" step ").append(step));
        return key.toString();
    }

    private static String key(Upcoming entry) {
        StringBuilder key = new StringBuilder(entry.code());
        entry.item().ifPresent(item -> key.append(" item ").append(item));
        if (entry.code().equals(FindingCode.CHECKLIST_ITEM_OVERDUE.name())) {
            key.append(" due ").append(entry.at());
        }
        entry.step().ifPresent(step -> key.append(" step ").append(step));
        return key.toString();
    }
}
