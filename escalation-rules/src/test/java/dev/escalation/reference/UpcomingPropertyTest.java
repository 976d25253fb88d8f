package dev.escalation.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.ArbitraryCases;
import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.model.Cadence;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Escalation;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Severity;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link UpcomingProperty} on generated cases, on the reference and on the rules: what {@code upcoming} announces
 * comes exactly when announced, and nothing else comes before {@code nextReviewAt} (POLICY.md 2.12).
 *
 * <p>The cases are those of {@code ArbitraryCases.valid(seed)}, half of them shaped by {@code ArbitraryCases.v3} onto
 * the boundaries of version 3, decided under the default settings, settings far from them, and a Monday-to-Friday
 * calendar in Berlin as of the days around its change to summer time (so that gaps cross a weekend and a DST change).
 * {@value #REFERENCE_CASES} cases on the reference, which is cheap, and {@value #RULES_CASES} on the rules (each case
 * costs some twenty assessments); {@code -Dupcoming.cases=N} runs N on each.
 */
class UpcomingPropertyTest {

    private static final int REFERENCE_CASES = 1_000;
    private static final int RULES_CASES = 200;
    private static final int REPORTED = 5;
    /** The fewest entries of each code that the cases must reach, per 1,000 cases. */
    private static final int COVERED_PER_THOUSAND = 3;

    private static final PolicySettings CUSTOM = PolicySettings.builder()
            .conversionThreshold(Duration.ofHours(2))
            .immediateGrace(Duration.ofMinutes(30))
            .internalUpdateGap(Duration.ofHours(36))
            .customerUpdateGap(Cadence.DAILY, Duration.ofHours(12))
            .customerUpdateGap(Cadence.STANDARD, Duration.ofDays(30))
            .customerUpdatesPerWeek(5)
            .customerUpdateWindow(Duration.ofDays(3))
            .callLimit(Duration.ofHours(1))
            .standupGap(Cadence.MULTIPLE_TIMES_PER_WEEK, null)
            .handoverWindow(Duration.ofHours(3))
            .managerStepInAfter(Duration.ofHours(12))
            .gainsightSync(Duration.ofHours(4))
            .closingStepsGrace(Duration.ofHours(48))
            .build();
    private static final PolicySettings BERLIN = PolicySettings.builder()
            .calendar(WorkingCalendar.of("Europe/Berlin"))
            .build();
    /** Friday before Berlin's change to summer time (Sunday 2026-03-29), 17:00 local. */
    private static final Instant BERLIN_FRIDAY = Instant.parse("2026-03-27T16:00:00Z");
    /** That Friday's local midnight: a daily gap from it reaches its limit as the weekend starts. */
    private static final Instant BERLIN_FRIDAY_MIDNIGHT = Instant.parse("2026-03-26T23:00:00Z");
    private static final Duration[] NEAR = {Duration.ZERO, Duration.ZERO, Duration.ofNanos(-1), Duration.ofNanos(1),
        Duration.ofSeconds(1)};

    @Test
    void holdsOnTheReference() {
        check("reference", Integer.getInteger("upcoming.cases", REFERENCE_CASES),
                settings -> (c, at) -> ReferencePolicy.assess(c, at, settings));
    }

    @Test
    void holdsOnTheRules() {
        EscalationPolicy custom = EscalationPolicy.builder().settings(CUSTOM).build();
        EscalationPolicy berlin = EscalationPolicy.builder().settings(BERLIN).build();
        check("rules", Integer.getInteger("upcoming.cases", RULES_CASES),
                settings -> settings == CUSTOM ? custom::assess : settings == BERLIN ? berlin::assess
                        : EscalationPolicy.standard()::assess);
    }

    private static void check(String what, int cases,
                              Function<PolicySettings, BiFunction<EscalationCase, Instant, Assessment>> ways) {
        long seed = ArbitraryCases.seed("UpcomingPropertyTest (" + what + ")");
        Random random = new Random(seed);
        Iterator<EscalationCase> generated = ArbitraryCases.valid(seed).iterator();
        UpcomingProperty defaults = new UpcomingProperty(ways.apply(PolicySettings.defaults()));
        UpcomingProperty custom = new UpcomingProperty(ways.apply(CUSTOM));
        UpcomingProperty berlin = new UpcomingProperty(ways.apply(BERLIN));
        List<String> failures = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < cases; i++) {
            int which = i % 4;
            UpcomingProperty property = which < 2 ? defaults : which == 2 ? custom : berlin;
            PolicySettings settings = which < 2 ? PolicySettings.defaults() : which == 2 ? CUSTOM : BERLIN;
            Instant now = which == 3 ? BERLIN_FRIDAY.plusSeconds(random.nextInt(4 * 86_400)) : ArbitraryCases.NOW;
            EscalationCase c = DifferentialTest.shifted(generated.next(), Duration.between(ArbitraryCases.NOW, now));
            if (random.nextBoolean()) {
                c = ArbitraryCases.v3(c, now, settings, random);
            }
            if (which == 3 && random.nextBoolean()) {
                c = gapFromFridayMidnight(c, random);
            }
            List<String> violations = property.check(c, now, random);
            if (!violations.isEmpty()) {
                failed++;
                if (failures.size() < REPORTED) {
                    failures.add("#" + i + " (" + (which < 2 ? "default" : which == 2 ? "custom" : "Berlin")
                            + " settings, now " + now + "): " + c + "\n  " + String.join("\n  ", violations));
                }
            }
        }
        java.util.Map<String, Integer> checked = new java.util.TreeMap<>();
        for (UpcomingProperty property : List.of(defaults, custom, berlin)) {
            property.checked().forEach((code, count) -> checked.merge(code, count, Integer::sum));
        }
        System.out.printf("UpcomingPropertyTest (%s): %d cases, %d assessments; entries checked by code %s%n", what,
                cases, defaults.assessments() + custom.assessments() + berlin.assessments(), checked);
        assertThat(failures).as("%d of %d cases break the promise of upcoming (seed %d); the first ones:%n%s", failed,
                cases, seed, String.join("\n", failures)).isEmpty();
        for (String code : List.of("LONG_RUNNING_NO_RESOLUTION", "CALL_OVER_THREE_HOURS", "CHECKLIST_ITEM_OVERDUE",
                "EXIT_CRITERIA_MISSING", "NEXT_TOUCHPOINT_MISSING", "GAINSIGHT_CTA_MISSING", "INTERNAL_UPDATE_OVERDUE",
                "CUSTOMER_UPDATE_OVERDUE", "STANDUP_OVERDUE", "MANAGER_STEP_IN", "CUSTOMER_UPDATES_TOO_FEW",
                "CLOSING_STEP_OVERDUE")) {
            assertThat(checked.getOrDefault(code, 0)).as("entries of %s checked", code)
                    .isGreaterThanOrEqualTo(Math.max(1, COVERED_PER_THOUSAND * cases / 1_000));
        }
    }

    /**
     * The case with an open critical escalation whose internal update, customer update or standup gap starts at the
     * Friday's local midnight (or a nanosecond or a second beside it): its daily limit is reached as the weekend starts,
     * so its entry lies at the end of the weekend (2.12), across the change to summer time.
     */
    private static EscalationCase gapFromFridayMidnight(EscalationCase c, Random random) {
        Escalation x = c.escalation() != null ? c.escalation()
                : Escalation.builder(Severity.CRITICAL, BERLIN_FRIDAY_MIDNIGHT.minus(Duration.ofDays(3))).build();
        ActivityKind[] kinds = {ActivityKind.INTERNAL_UPDATE, ActivityKind.CUSTOMER_UPDATE, ActivityKind.STANDUP_HELD};
        ActivityKind kind = kinds[random.nextInt(kinds.length)];
        Instant since = BERLIN_FRIDAY_MIDNIGHT.plus(NEAR[random.nextInt(NEAR.length)]);
        List<Activity> activity = new ArrayList<>();
        for (Activity a : x.activity()) {
            boolean later = a.at().isAfter(since) && (a.kind() == kind || a.kind() == ActivityKind.STANDUP_SCHEDULED);
            if (!later && a.kind() != ActivityKind.RISK_REDUCED) {
                activity.add(a);
            }
        }
        activity.add(Activity.of(kind, since));
        activity.add(Activity.of(ActivityKind.STANDUP_SCHEDULED, since.minus(Duration.ofDays(2))));
        Instant openedAt = x.openedAt().isAfter(since) ? since.minus(Duration.ofDays(1)) : x.openedAt();
        return c.toBuilder().escalation(x.toBuilder().severity(Severity.CRITICAL).openedAt(openedAt).closedAt(null)
                .activity(activity).build()).build();
    }
}
