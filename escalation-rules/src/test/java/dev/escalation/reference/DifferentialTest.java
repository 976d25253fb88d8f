package dev.escalation.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.EscalationPolicy;
import dev.escalation.ArbitraryCases;
import dev.escalation.Compilation;
import dev.escalation.decision.Assessment;
import dev.escalation.model.Cadence;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Plan;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Closure;
import dev.escalation.model.Emergency;
import dev.escalation.model.Escalation;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Outcome;
import dev.escalation.settings.PolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compares the Drools facade with {@link ReferencePolicy}, an independent plain-Java reading of POLICY.md, on
 * generated valid cases: everything but the explanations and the policy version must be equal, findings including
 * the order of their details.
 *
 * <p>Four passes share one stream of {@code ArbitraryCases.valid(seed)} (the seed is printed; replay with
 * {@code -Dproperty.seed=N}): 10,000 cases under the default settings, 2,000 under non-default settings with some
 * escalations closed, and 2,000 whose instants are moved onto the thresholds (exactly on, one nanosecond or one second
 * either side) under both settings, where strict and inclusive comparisons differ; then 1,000 with unusual account
 * names, channel names and closure summaries (Unicode blanks) that the generator does not produce.
 *
 * <p>It runs twice: on the standard rules as generated at build time (the standard policy) and as compiled from their
 * DRL at run time (the way of a policy with added rules).
 */
class DifferentialTest {

    private static final Instant NOW = ArbitraryCases.NOW;
    private static final int DEFAULT_CASES = 10_000;
    private static final int CUSTOM_CASES = 2_000;
    private static final int BOUNDARY_CASES = 2_000;
    private static final int STRING_CASES = 1_000;

    /** Summaries that are blank or not by one reading or another (tab, em space, ideographic space, no-break space). */
    private static final String[] SUMMARIES = {"\t", "\n \r", "\u2003", "\u3000", "\u00A0", "\u200B", "x", null};
    private static final String[] CHANNELS = {"#ESC_acme", "#esc_", "#esc", " #esc_acme", "#esc_ACME", "#esc_acme"};
    private static final String[] NAMES = {"Ærø A/S", "ÉCOLE  Polytechnique", "株式会社 Sony", "a".repeat(120),
        "--Acme--", "Müller & Söhne GmbH"};
    private static final int REPORTED = 5;

    /** Settings far from the defaults; WEEKLY_TO_BIWEEKLY gets no limit and STANDARD one. */
    private static final PolicySettings CUSTOM = PolicySettings.builder()
            .conversionThreshold(Duration.ofHours(2))
            .upgradeProblemCount(3)
            .immediateGrace(Duration.ofMinutes(30))
            .standupDeadline(Duration.ofHours(12))
            .internalUpdateGap(Duration.ofHours(36))
            .customerUpdateGap(Cadence.DAILY, Duration.ofHours(12))
            .customerUpdateGap(Cadence.MULTIPLE_TIMES_PER_WEEK, Duration.ofHours(48))
            .customerUpdateGap(Cadence.WEEKLY_TO_BIWEEKLY, null)
            .customerUpdateGap(Cadence.STANDARD, Duration.ofDays(30))
            .customerUpdatesPerWeek(5)
            .customerUpdateWindow(Duration.ofDays(3))
            .callLimit(Duration.ofHours(1))
            .exitCriteriaGrace(Duration.ofHours(48))
            .build();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Compilation.class)
    void facadeAgreesWithTheReferenceImplementation(Compilation compilation) {
        long seed = ArbitraryCases.seed("DifferentialTest");
        Iterator<EscalationCase> cases = ArbitraryCases.valid(seed).iterator();
        EscalationPolicy standard = compilation.policy(PolicySettings.defaults());
        EscalationPolicy custom = compilation.policy(CUSTOM);
        Random random = new Random(seed);
        List<String> mismatches = new ArrayList<>();
        int[] count = new int[1];

        for (int i = 0; i < DEFAULT_CASES; i++) {
            compare("default #" + i, cases.next(), standard, PolicySettings.defaults(), mismatches, count);
        }
        for (int i = 0; i < CUSTOM_CASES; i++) {
            EscalationCase c = cases.next();
            if (i % 3 == 0) {
                c = closed(c, random);
            }
            compare("custom #" + i, c, custom, CUSTOM, mismatches, count);
        }
        for (int i = 0; i < BOUNDARY_CASES; i++) {
            boolean useCustom = i % 2 == 1;
            PolicySettings settings = useCustom ? CUSTOM : PolicySettings.defaults();
            EscalationCase c = onThresholds(cases.next(), settings, random);
            compare("boundary #" + i + (useCustom ? " (custom settings)" : ""), c, useCustom ? custom : standard,
                    settings, mismatches, count);
        }

        for (int i = 0; i < STRING_CASES; i++) {
            compare("strings #" + i, oddStrings(cases.next(), random), standard, PolicySettings.defaults(),
                    mismatches, count);
        }

        assertThat(mismatches)
                .as("%d of %d cases differ (seed %d); the first ones:%n%s", count[0],
                        DEFAULT_CASES + CUSTOM_CASES + BOUNDARY_CASES + STRING_CASES, seed, String.join("\n", mismatches))
                .isEmpty();
    }

    private static void compare(String label, EscalationCase c, EscalationPolicy facade, PolicySettings settings,
                                List<String> mismatches, int[] count) {
        Assessment actual = withoutExplanations(facade.assess(c, NOW));
        Assessment expected = ReferencePolicy.assess(c, NOW, settings);
        // Finding equality ignores the order of details: compare the printed form too
        if (!actual.equals(expected) || !actual.findings().toString().equals(expected.findings().toString())) {
            count[0]++;
            if (mismatches.size() < REPORTED) {
                mismatches.add(label + ": " + c + "\n" + differences(expected, actual));
            }
        }
    }

    /** Only the parts that differ, so that a mismatch reads quickly. */
    private static String differences(Assessment expected, Assessment actual) {
        StringBuilder out = new StringBuilder();
        part(out, "inScope", expected.inScope(), actual.inScope());
        part(out, "conversion", expected.conversion(), actual.conversion());
        part(out, "routes", expected.routes(), actual.routes());
        part(out, "plan", expected.plan(), actual.plan());
        part(out, "findings", expected.findings().toString(), actual.findings().toString());
        part(out, "closure", expected.closure(), actual.closure());
        part(out, "broadcast", expected.broadcast(), actual.broadcast());
        return out.toString();
    }

    private static void part(StringBuilder out, String name, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            out.append("  ").append(name).append("\n    reference: ").append(expected)
                    .append("\n    facade:    ").append(actual).append('\n');
        }
    }

    /** The facade's assessment without explanations and message drafts, with the reference's policy version. */
    static Assessment withoutExplanations(Assessment a) {
        return new Assessment(a.inScope(),
                a.conversion().map(k -> new Conversion(k.recommended(), k.triggers(), k.actions(), k.contacts(),
                        List.of())),
                a.routes(), a.suggestedSeverity(),
                a.plan().map(p -> new Plan(p.severity(), p.peakSeverity(), p.cadence(), p.involvement(), p.dri(),
                        p.leadTechnicalCollaborator(), p.caseOwner(), p.contacts(), p.productDriRequired(),
                        p.productLeader(), p.channel(), p.checklist(), List.of())),
                a.findings(),
                a.closure().map(k -> new ClosureDecision(k.ready(), k.blockers(), k.steps(), List.of())),
                a.broadcast(), java.util.Map.of(), List.of(), ReferencePolicy.VERSION);
    }

    /** The case with its escalation closed at some instant between its opening and now. */
    private static EscalationCase closed(EscalationCase c, Random random) {
        Escalation x = c.escalation();
        if (x == null) {
            return c;
        }
        long openSeconds = Duration.between(x.openedAt(), NOW).getSeconds();
        Instant closedAt = x.openedAt().plusSeconds(openSeconds <= 0 ? 0 : (long) (random.nextDouble() * openSeconds));
        return c.toBuilder().escalation(x.toBuilder().closedAt(closedAt).build()).build();
    }

    /** The case with its instants moved onto the thresholds of the settings, or just beside them. */
    private static EscalationCase onThresholds(EscalationCase c, PolicySettings s, Random random) {
        EscalationCase.Builder builder = c.toBuilder();
        Emergency e = c.emergency();
        if (e != null) {
            Instant startedAt = random.nextBoolean() ? near(NOW.minus(s.conversionThreshold()), random) : e.startedAt();
            Instant call = e.callStartedAt();
            if (random.nextBoolean()) {
                call = near(NOW.minus(s.callLimit()), random);
            }
            if (call != null && call.isBefore(startedAt)) {
                startedAt = call;
            }
            builder.emergency(e.toBuilder().startedAt(startedAt).callStartedAt(call).build());
        }
        Escalation x = c.escalation();
        if (x != null) {
            Duration[] spans = {s.immediateGrace(), s.standupDeadline(), s.internalUpdateGap(),
                s.exitCriteriaGrace(), s.customerUpdateWindow(), Duration.ofHours(24), Duration.ofHours(84),
                Duration.ofDays(14), Duration.ofHours(12), Duration.ofHours(48), Duration.ofDays(30), Duration.ZERO};
            Escalation.Builder xb = x.toBuilder();
            if (random.nextInt(4) != 0) {
                xb.openedAt(near(NOW.minus(spans[random.nextInt(spans.length)]), random));
            }
            List<Activity> activity = new ArrayList<>(x.activity());
            int moved = random.nextInt(4);
            for (int k = 0; k < moved; k++) {
                ActivityKind kind = random.nextBoolean() ? ActivityKind.CUSTOMER_UPDATE
                        : random.nextBoolean() ? ActivityKind.INTERNAL_UPDATE
                        : ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
                activity.add(Activity.of(kind, near(NOW.minus(spans[random.nextInt(spans.length)]), random)));
            }
            xb.activity(activity);
            int touchpoint = random.nextInt(4);
            if (touchpoint == 0) {
                xb.nextCustomerTouchpointAt(NOW);
            } else if (touchpoint == 1) {
                xb.nextCustomerTouchpointAt(NOW.plusNanos(1));
            }
            builder.escalation(xb.build());
        }
        return builder.build();
    }

    /** The case with an unusual account name, channel name and closure summary. */
    private static EscalationCase oddStrings(EscalationCase c, Random random) {
        EscalationCase.Builder builder = EscalationCase.of(
                c.account().toBuilder().name(NAMES[random.nextInt(NAMES.length)]).build())
                .emergency(c.emergency()).situation(c.situation()).event(c.event());
        Escalation x = c.escalation();
        if (x != null) {
            Escalation.Builder xb = x.toBuilder()
                    .channel(new SlackChannel(CHANNELS[random.nextInt(CHANNELS.length)], random.nextBoolean()));
            Closure k = x.closure() == null ? Closure.builder().build() : x.closure();
            xb.closure(k.toBuilder().customerAgreed(true).documented(true).driAgreed(true).rcaRequested(false)
                    .outcome(Outcome.POSITIVE).exitCriteriaMet(random.nextBoolean())
                    .summary(SUMMARIES[random.nextInt(SUMMARIES.length)]).build());
            builder.escalation(xb.build());
        }
        return builder.build();
    }

    /** The instant, or one nanosecond or one second before or after it, never after now. */
    private static Instant near(Instant at, Random random) {
        Instant moved = switch (random.nextInt(5)) {
            case 0 -> at.minusNanos(1);
            case 1 -> at.plusNanos(1);
            case 2 -> at.minusSeconds(1);
            case 3 -> at.plusSeconds(1);
            default -> at;
        };
        return moved.isAfter(NOW) ? NOW : moved;
    }
}
