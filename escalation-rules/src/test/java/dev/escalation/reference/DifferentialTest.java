package dev.escalation.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.EscalationPolicy;
import dev.escalation.ArbitraryCases;
import dev.escalation.Compilation;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.EscalationState;
import dev.escalation.decision.Finding;
import dev.escalation.decision.Stakeholder;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.Account;
import dev.escalation.model.Team;
import dev.escalation.decision.FindingCode;
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
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import dev.escalation.validation.CaseValidator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compares the Drools facade with {@link ReferencePolicy}, an independent plain-Java reading of POLICY.md (version 3),
 * on generated valid cases: everything but the explanations and the policy version must be equal, findings including
 * the order of their details, and the parts version 3 added (conversion.unmet, plan.state, the checklist's
 * stakeholders, notify, upcoming and so nextReviewAt).
 *
 * <p>Eight passes of cases from {@code ArbitraryCases.valid(seed)} (the seed is printed; replay with
 * {@code -Dproperty.seed=N}; the last four passes change cases drawn from the first's), 15,000 in all, leaving room
 * in the build for {@code UpcomingPropertyTest}:
 * <ol>
 * <li>3,500 under the default settings (some escalations closed by the generator);
 * <li>2,000 under non-default settings, custom standup gaps and version 3 durations included, a third of them closed;
 * <li>2,000 whose instants are moved onto the thresholds (exactly on, one nanosecond or one second either side) under
 * both settings, where strict and inclusive comparisons differ;
 * <li>1,000 with unusual account names, channel names (with and without {@code #}) and closure summaries (Unicode
 * blanks) that the generator does not produce;
 * <li>500 closed escalations under the default settings;
 * <li>2,000 under working-days calendars in five zones (New York, Berlin, Kolkata, Sydney, and Santiago, whose clocks
 * change at midnight), decided as of instants in the weeks of their DST changes (at random local times, at local
 * midnights, on a change itself or a nanosecond beside it), with holidays on working days and on weekends, working
 * weeks of every day, Sunday to Thursday and Friday to Sunday besides Monday to Friday, custom standup gaps, and
 * activities logged at local midnights;
 * <li>1,500 whose internal update, customer update or standup gap is moved onto its limit, or a CSM DRI's onto its limit
 * plus {@code managerStepInAfter} (exactly, one nanosecond or one second either side, in working time where a calendar
 * applies), its start on the last matching activity, on the opening (a matching activity before it or none) or on the
 * first standup scheduled;
 * <li>2,500 shaped by {@code ArbitraryCases.v3} onto the boundaries of version 3 (the shift's end and handovers,
 * monitoring and the changes that end it, newly involved stakeholders, a later raise requiring a Product DRI, the
 * Gainsight CTA, closing steps after closing, the channel archived, broadcasts), under the default settings, the
 * non-default ones and the calendars.
 * </ol>
 * Every new field of versions 2 and 3 must be covered: the test counts what the cases reached and fails when something
 * was reached fewer than {@value #COVERED} times. While the rules lag behind the reference, the failure lists the first
 * {@value #REPORTED} mismatching cases, each with only the parts that differ, and a count of differing cases by part.
 *
 * <p>It runs on both ways the standard rules reach the engine: the executable model generated at build time (the
 * standard policy: every case) and the DRL compiled at run time (a policy with added rules: every
 * {@value #RUN_TIME_STRIDE}th case, to keep the build short; {@code GeneratedModelTest} compares the two ways whole,
 * explanations included, on cases of its own).
 */
class DifferentialTest {

    private static final Instant NOW = ArbitraryCases.NOW;
    /** 3,500 rather than version 1's 10,000, to make room for the version 2 and 3 passes in the same time. */
    private static final int DEFAULT_CASES = 3_500;
    private static final int CUSTOM_CASES = 2_000;
    private static final int BOUNDARY_CASES = 2_000;
    private static final int STRING_CASES = 1_000;
    private static final int CLOSED_CASES = 500;
    private static final int CALENDAR_CASES = 2_000;
    private static final int GAP_BOUNDARY_CASES = 1_500;
    private static final int V3_CASES = 2_500;
    private static final int TOTAL = DEFAULT_CASES + CUSTOM_CASES + BOUNDARY_CASES + STRING_CASES + CLOSED_CASES
            + CALENDAR_CASES + GAP_BOUNDARY_CASES + V3_CASES;
    /** The fewest cases that must reach each thing counted in {@link Run#coverage}. */
    private static final int COVERED = 10;
    private static final int RUN_TIME_STRIDE = 5;

    /** Summaries that are blank or not by one reading or another (tab, em space, ideographic space, no-break space). */
    private static final String[] SUMMARIES = {"\t", "\n \r", "\u2003", "\u3000", "\u00A0", "\u200B", "x", null};
    private static final String[] CHANNELS = {"#ESC_acme", "#esc_", "#esc", " #esc_acme", "#esc_ACME", "#esc_acme",
        "esc_acme", "##esc_acme", "esc", "esc_"};
    private static final String[] NAMES = {"Ærø A/S", "ÉCOLE  Polytechnique", "株式会社 Sony", "a".repeat(120),
        "--Acme--", "Müller & Söhne GmbH"};
    private static final int REPORTED = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Duration[] NEAR = {Duration.ZERO, Duration.ofNanos(-1), Duration.ofNanos(1),
        Duration.ofSeconds(-1), Duration.ofSeconds(1)};

    /**
     * Settings far from the defaults; WEEKLY_TO_BIWEEKLY gets no customer update limit and STANDARD one;
     * MULTIPLE_TIMES_PER_WEEK no standup limit and STANDARD one; the four durations of version 3 changed too.
     */
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
            .standupGap(Cadence.DAILY, Duration.ofHours(36))
            .standupGap(Cadence.MULTIPLE_TIMES_PER_WEEK, null)
            .standupGap(Cadence.WEEKLY_TO_BIWEEKLY, Duration.ofDays(7))
            .standupGap(Cadence.STANDARD, Duration.ofDays(20))
            .handoverWindow(Duration.ofHours(3))
            .managerStepInAfter(Duration.ofHours(12))
            .gainsightSync(Duration.ofHours(4))
            .closingStepsGrace(Duration.ofHours(48))
            .build();

    /** The codes 2.12 lists entries for, each of which the cases must reach. */
    private static final List<String> UPCOMING_CODES = List.of("LONG_RUNNING_NO_RESOLUTION", "CALL_OVER_THREE_HOURS",
            "CHECKLIST_ITEM_OVERDUE", "EXIT_CRITERIA_MISSING", "NEXT_TOUCHPOINT_MISSING", "GAINSIGHT_CTA_MISSING",
            "INTERNAL_UPDATE_OVERDUE", "CUSTOMER_UPDATE_OVERDUE", "STANDUP_OVERDUE", "MANAGER_STEP_IN",
            "CUSTOMER_UPDATES_TOO_FEW", "CLOSING_STEP_OVERDUE");

    private static final Set<DayOfWeek> ALL_WEEK = EnumSet.allOf(DayOfWeek.class);
    private static final Set<DayOfWeek> SUNDAY_TO_THURSDAY = EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);

    /** A calendar's settings, the facade built with them, and the dates of the weeks to decide in. */
    private record CalendarSetup(String name, PolicySettings settings, EscalationPolicy facade, List<LocalDate> weeks) {

        WorkingCalendar calendar() {
            return settings.workingCalendar().orElseThrow();
        }
    }

    /**
     * The calendars of the calendar passes: each zone's DST changes of 2026 (and {@link #NOW}'s week), holidays on
     * working days and on weekends (some on the day of a change), several working weeks and gaps.
     */
    private static List<CalendarSetup> calendars(Compilation compilation) {
        List<LocalDate> newYork = dates("2026-03-08", "2026-11-01");
        List<LocalDate> berlin = dates("2026-03-29", "2026-10-25");
        List<LocalDate> sydney = dates("2026-04-05", "2026-10-04");
        List<LocalDate> santiago = dates("2026-04-05", "2026-09-06");
        List<LocalDate> kolkata = dates("2026-02-26", "2026-03-08", "2026-03-29", "2026-10-25");
        List<CalendarSetup> setups = new ArrayList<>();
        setups.add(setup("New York, Monday to Friday", new WorkingCalendar(ZoneId.of("America/New_York"), null,
                Set.copyOf(dates("2026-02-16", "2026-03-09", "2026-03-07", "2026-11-01", "2026-11-03", "2026-11-26"))),
                PolicySettings.builder(), newYork, compilation));
        setups.add(setup("Berlin, every day", new WorkingCalendar(ZoneId.of("Europe/Berlin"), ALL_WEEK,
                Set.copyOf(dates("2026-03-29", "2026-04-03", "2026-10-25", "2026-10-26"))),
                PolicySettings.builder().standupGap(Cadence.DAILY, Duration.ofHours(12))
                        .standupGap(Cadence.MULTIPLE_TIMES_PER_WEEK, null)
                        .standupGap(Cadence.STANDARD, Duration.ofDays(30))
                        .internalUpdateGap(Duration.ofHours(30)), berlin, compilation));
        setups.add(setup("Kolkata, Sunday to Thursday", new WorkingCalendar(ZoneId.of("Asia/Kolkata"),
                SUNDAY_TO_THURSDAY, Set.copyOf(dates("2026-03-04", "2026-03-06", "2026-03-22", "2026-10-25"))),
                PolicySettings.builder().standupGap(Cadence.WEEKLY_TO_BIWEEKLY, Duration.ofDays(5)), kolkata, compilation));
        setups.add(setup("Sydney, Monday to Friday", new WorkingCalendar(ZoneId.of("Australia/Sydney"), null,
                Set.copyOf(dates("2026-04-03", "2026-04-06", "2026-04-04", "2026-10-05", "2026-10-03"))),
                PolicySettings.builder().customerUpdateGap(Cadence.DAILY, Duration.ofHours(16))
                        .standupGap(Cadence.MULTIPLE_TIMES_PER_WEEK, Duration.ofHours(72))
                        .standupGap(Cadence.WEEKLY_TO_BIWEEKLY, Duration.ofDays(10)), sydney, compilation));
        setups.add(setup("Santiago, Friday to Sunday", new WorkingCalendar(ZoneId.of("America/Santiago"),
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Set.copyOf(dates("2026-04-03", "2026-09-12", "2026-09-09"))),
                PolicySettings.builder().internalUpdateGap(Duration.ofHours(20))
                        .standupGap(Cadence.DAILY, Duration.ofHours(48))
                        .managerStepInAfter(Duration.ofHours(30)), santiago, compilation));
        return setups;
    }

    private static CalendarSetup setup(String name, WorkingCalendar calendar, PolicySettings.Builder settings,
                                       List<LocalDate> weeks, Compilation compilation) {
        PolicySettings built = settings.calendar(calendar).build();
        return new CalendarSetup(name, built, compilation.policy(built), weeks);
    }

    private static List<LocalDate> dates(String... dates) {
        List<LocalDate> parsed = new ArrayList<>();
        for (String date : dates) {
            parsed.add(LocalDate.parse(date));
        }
        return parsed;
    }

    @ParameterizedTest
    @EnumSource(Compilation.class)
    void facadeAgreesWithTheReferenceImplementation(Compilation compilation) {
        long seed = ArbitraryCases.seed("DifferentialTest");
        Iterator<EscalationCase> cases = ArbitraryCases.valid(seed).iterator();
        long started = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long processCpu = processCpu();
        Run run = new Run(compilation == Compilation.GENERATED_AT_BUILD_TIME ? 1 : RUN_TIME_STRIDE);
        EscalationPolicy standard = compilation.policy(PolicySettings.defaults());
        EscalationPolicy custom = compilation.policy(CUSTOM);
        List<CalendarSetup> calendars = calendars(compilation);
        Random random = new Random(seed);
        run.lap("facades built");

        // The passes after the first four draw their cases from the first pass's, changed: generating costs about as
        // much as deciding, and the changes (closing, moving to another instant, onto a gap's limit) are what matter.
        List<EscalationCase> generated = new ArrayList<>(DEFAULT_CASES);
        for (int i = 0; i < DEFAULT_CASES; i++) {
            EscalationCase c = cases.next();
            generated.add(c);
            run.compare("default #" + i, c, NOW, standard, PolicySettings.defaults());
        }
        run.lap("default");
        for (int i = 0; i < CUSTOM_CASES; i++) {
            EscalationCase c = cases.next();
            if (i % 3 == 0) {
                c = closed(c, NOW, random);
            }
            run.compare("custom #" + i, c, NOW, custom, CUSTOM);
        }
        run.lap("custom");
        for (int i = 0; i < BOUNDARY_CASES; i++) {
            boolean useCustom = i % 2 == 1;
            PolicySettings settings = useCustom ? CUSTOM : PolicySettings.defaults();
            EscalationCase c = onThresholds(cases.next(), settings, random);
            run.compare("boundary #" + i + (useCustom ? " (custom settings)" : ""), c, NOW,
                    useCustom ? custom : standard, settings);
        }
        run.lap("boundary");
        for (int i = 0; i < STRING_CASES; i++) {
            run.compare("strings #" + i, oddStrings(cases.next(), random), NOW, standard, PolicySettings.defaults());
        }
        run.lap("strings");
        for (int i = 0; i < CLOSED_CASES; i++) {
            run.compare("closed #" + i, closed(withEscalation(generated, random), NOW, random), NOW, standard,
                    PolicySettings.defaults());
        }
        run.lap("closed");
        for (int i = 0; i < CALENDAR_CASES; i++) {
            CalendarSetup setup = calendars.get(i % calendars.size());
            Instant now = nowIn(setup, random);
            EscalationCase c = shifted(generated.get(random.nextInt(generated.size())), Duration.between(NOW, now));
            if (random.nextInt(3) == 0) {
                c = activityAtMidnight(c, setup.calendar(), now, random);
            }
            if (i % 7 == 0) {
                c = closed(c, now, random);
            }
            run.compare("calendar #" + i + " (" + setup.name() + ", now " + now + ")", c, now, setup.facade(),
                    setup.settings());
        }
        run.lap("calendar");
        for (int i = 0; i < GAP_BOUNDARY_CASES; i++) {
            int which = i % 4;
            CalendarSetup setup = which < 2 ? null : calendars.get(random.nextInt(calendars.size()));
            PolicySettings settings = which == 0 ? PolicySettings.defaults() : which == 1 ? CUSTOM : setup.settings();
            EscalationPolicy facade = which == 0 ? standard : which == 1 ? custom : setup.facade();
            Instant now = setup == null ? NOW : nowIn(setup, random);
            EscalationCase c = shifted(withEscalation(generated, random), Duration.between(NOW, now));
            run.compare("gap boundary #" + i + " (" + (setup == null ? which == 0 ? "default" : "custom" : setup.name())
                    + ", now " + now + ")", onGapBoundary(c, now, settings, random, run), now, facade, settings);
        }
        run.lap("gap boundary");
        for (int i = 0; i < V3_CASES; i++) {
            int which = i % 4;
            CalendarSetup setup = which == 3 ? calendars.get(random.nextInt(calendars.size())) : null;
            PolicySettings settings = which < 2 ? PolicySettings.defaults() : which == 2 ? CUSTOM : setup.settings();
            EscalationPolicy facade = which < 2 ? standard : which == 2 ? custom : setup.facade();
            Instant now = setup == null ? NOW : nowIn(setup, random);
            EscalationCase c = shifted(generated.get(random.nextInt(generated.size())), Duration.between(NOW, now));
            run.compare("v3 #" + i + " (" + (setup == null ? which < 2 ? "default" : "custom" : setup.name())
                    + ", now " + now + ")", ArbitraryCases.v3(c, now, settings, random), now, facade, settings);
        }
        run.lap("v3");

        System.out.printf("DifferentialTest: %d cases in %d ms, %d ms of CPU in this thread and %d ms in the process"
                        + " (facade %d ms, reference %d ms; per pass %s)%nDifferentialTest: covered %s%n"
                        + "DifferentialTest: cases differing by part %s%n",
                run.compared, Duration.ofNanos(System.nanoTime() - started).toMillis(),
                Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu).toMillis(),
                Duration.ofNanos(processCpu() - processCpu).toMillis(),
                Duration.ofNanos(run.facadeNanos).toMillis(), Duration.ofNanos(run.referenceNanos).toMillis(),
                run.laps, run.coverage, run.differing);
        assertThat(run.compared).isEqualTo((TOTAL + run.stride - 1) / run.stride);
        assertThat(run.mismatches)
                .as("%d of %d cases differ (seed %d); the first ones:%n%s", run.count, TOTAL, seed,
                        String.join("\n", run.mismatches))
                .isEmpty();
        for (Map.Entry<String, Integer> covered : run.coverage.entrySet()) {
            assertThat(covered.getValue()).as("cases that reached: %s", covered.getKey())
                    .isGreaterThanOrEqualTo(COVERED / run.stride);
        }
    }

    /** @return the CPU time of the whole JVM so far (JIT compilers, garbage collector and any worker included) */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** One comparison run: the mismatches, their count, and what the cases covered. */
    private static final class Run {
        private final List<String> mismatches = new ArrayList<>();
        private final Map<String, Integer> coverage = new LinkedHashMap<>();
        private final Map<String, Long> laps = new LinkedHashMap<>();
        private long lap = System.nanoTime();
        private final Map<String, Integer> differing = new LinkedHashMap<>();
        private long referenceNanos;
        private long facadeNanos;
        private int count;
        private int compared;
        private int seen;
        private final int stride;

        /** @param stride compare one case in so many */
        Run(int stride) {
            this.stride = stride;
            for (String what : List.of("situation.impact", "situation.risks", "escalation.openedSeverity",
                    "SEVERITY_CHANGED with a severity", "escalation.closedAt", "activity before openedAt",
                    "conversion.contacts", "suggestedSeverity", "peakSeverity above severity", "no caseOwner",
                    "emergency duties without a recommended conversion", "channel esc_ without #",
                    "SEVERITY_BELOW_SUGGESTED", "STANDUP_OVERDUE", "INTERNAL_UPDATE_OVERDUE on working days",
                    "CUSTOMER_UPDATE_OVERDUE on working days", "STANDUP_OVERDUE on working days",
                    "gap exactly on its limit", "gap just under its limit", "gap just over its limit")) {
                coverage.put(what, 0);
            }
            for (String what : List.of("conversion.unmet", "conversion.unmet empty", "emergency.shiftEndsAt after now",
                    "emergency.shiftEndsAt not after now", "HAND_OVER_AT_SHIFT_END done by a handover",
                    "HAND_OVER_AT_SHIFT_END not done", "HAND_OVER_AT_SHIFT_END overdue", "plan.state MONITORING",
                    "plan.state CLOSED", "monitoring ended by a later SEVERITY_CHANGED",
                    "SEVERITY_CHANGED tied with the last RISK_REDUCED", "cadence findings hidden by monitoring",
                    "INFORM_INVOLVED done", "INFORM_NEWLY_INVOLVED", "INFORM_NEWLY_INVOLVED done",
                    "INFORM_NEWLY_INVOLVED informed at the change's instant", "INFORM_NEWLY_INVOLVED of a lowering",
                    "ADD_PRODUCT_DRI_TO_CHANNEL done", "product DRI required after openedAt", "MANAGER_STEP_IN",
                    "MANAGER_STEP_IN without a manager", "MANAGER_STEP_IN with two codes", "GAINSIGHT_CTA_MISSING",
                    "CHANNEL_ARCHIVED_WHILE_OPEN", "channel archived while monitoring", "CLOSED_WITH_BLOCKERS",
                    "CLOSING_STEP_OVERDUE", "closing step done after closedAt", "notify", "notify with PRODUCT_DRI",
                    "notify with SUPPORT_DRI", "notify with an unnamed role", "upcoming entry at now",
                    "upcoming under a calendar", "nextReviewAt", "step-in gap exactly on its limit",
                    "step-in gap just under its limit", "step-in gap just over its limit", "v3 settings")) {
                coverage.put(what, 0);
            }
            for (String code : UPCOMING_CODES) {
                coverage.put("upcoming " + code, 0);
            }
        }

        void lap(String pass) {
            long time = System.nanoTime();
            laps.put(pass, Duration.ofNanos(time - lap).toMillis());
            lap = time;
        }

        void cover(String what) {
            coverage.merge(what, 1, Integer::sum);
        }

        void compare(String label, EscalationCase c, Instant now, EscalationPolicy facade, PolicySettings settings) {
            if (seen++ % stride != 0) {
                return;
            }
            // a case the generators made invalid is a bug of this test, not a difference
            CaseValidator.validate(c, now);
            compared++;
            long t0 = System.nanoTime();
            Assessment expected = ReferencePolicy.assess(c, now, settings);
            long t1 = System.nanoTime();
            referenceNanos += t1 - t0;
            covered(c, now, expected, settings);
            Assessment actual;
            long t2 = System.nanoTime();
            try {
                actual = withoutExplanations(facade.assess(c, now));
            } catch (RuntimeException e) {
                count++;
                differing.merge("facade threw " + e.getClass().getSimpleName(), 1, Integer::sum);
                if (mismatches.size() < REPORTED) {
                    mismatches.add(label + ": " + c + "\n  facade threw " + e);
                }
                return;
            } finally {
                facadeNanos += System.nanoTime() - t2;
            }
            // Finding equality ignores the order of details: compare the printed form too
            if (!actual.equals(expected) || !actual.findings().toString().equals(expected.findings().toString())) {
                count++;
                tally(expected, actual);
                if (mismatches.size() < REPORTED) {
                    mismatches.add(label + ": " + c + "\n" + differences(expected, actual));
                }
            }
        }

        /** Counts which parts differ, and for findings which codes, so that the summary says what to look at. */
        private void tally(Assessment expected, Assessment actual) {
            tally("conversion", expected.conversion(), actual.conversion());
            tally("conversion.unmet", expected.conversion().map(Conversion::unmet),
                    actual.conversion().map(Conversion::unmet));
            tally("routes", expected.routes(), actual.routes());
            tally("suggestedSeverity", expected.suggestedSeverity(), actual.suggestedSeverity());
            tally("plan", expected.plan(), actual.plan());
            if (expected.plan().isPresent() && actual.plan().isPresent()) {
                Plan reference = expected.plan().get();
                Plan facade = actual.plan().get();
                tally("plan.peakSeverity", reference.peakSeverity(), facade.peakSeverity());
                tally("plan.caseOwner", reference.caseOwner(), facade.caseOwner());
                tally("plan.productDriRequired", reference.productDriRequired(), facade.productDriRequired());
                tally("plan.productLeader", reference.productLeader(), facade.productLeader());
                tally("plan.checklist", reference.checklist(), facade.checklist());
                tally("plan.state", reference.state(), facade.state());
            }
            tally("closure", expected.closure(), actual.closure());
            tally("broadcast", expected.broadcast(), actual.broadcast());
            tally("notify", expected.toNotify(), actual.toNotify());
            tally("upcoming", expected.upcoming(), actual.upcoming());
            tally("nextReviewAt", expected.nextReviewAt(), actual.nextReviewAt());
            for (FindingCode code : FindingCode.values()) {
                String reference = expected.findings(code).toString();
                String facade = actual.findings(code).toString();
                if (!reference.equals(facade)) {
                    differing.merge("findings " + code, 1, Integer::sum);
                }
            }
        }

        private void tally(String part, Object expected, Object actual) {
            if (!expected.equals(actual)) {
                differing.merge(part, 1, Integer::sum);
            }
        }

        private void covered(EscalationCase c, Instant now, Assessment expected, PolicySettings settings) {
            if (c.situation() != null && c.situation().impact() != null) {
                cover("situation.impact");
            }
            if (c.situation() != null && !c.situation().risks().isEmpty()) {
                cover("situation.risks");
            }
            Escalation x = c.escalation();
            if (x != null && expected.plan().isPresent()) {
                if (x.openedSeverity() != null) {
                    cover("escalation.openedSeverity");
                }
                boolean changedWithSeverity = false;
                boolean before = false;
                for (Activity a : x.activity()) {
                    changedWithSeverity |= a.severity() != null;
                    before |= a.at().isBefore(x.openedAt());
                }
                if (changedWithSeverity) {
                    cover("SEVERITY_CHANGED with a severity");
                }
                if (before && x.closedAt() == null) {
                    cover("activity before openedAt");
                }
                if (x.closedAt() != null) {
                    cover("escalation.closedAt");
                }
                Plan plan = expected.plan().get();
                if (plan.peakSeverity() != plan.severity()) {
                    cover("peakSeverity above severity");
                }
                if (plan.caseOwner().isEmpty()) {
                    cover("no caseOwner");
                }
                if (c.emergency() != null && !expected.conversion().orElseThrow().recommended()) {
                    cover("emergency duties without a recommended conversion");
                }
                if (x.channel() != null && x.channel().name().startsWith("esc_") && x.closedAt() == null) {
                    cover("channel esc_ without #");
                }
            }
            if (expected.conversion().isPresent() && !expected.conversion().get().contacts().isEmpty()) {
                cover("conversion.contacts");
            }
            if (expected.suggestedSeverity().isPresent()) {
                cover("suggestedSeverity");
            }
            if (expected.has(FindingCode.SEVERITY_BELOW_SUGGESTED)) {
                cover("SEVERITY_BELOW_SUGGESTED");
            }
            if (expected.has(FindingCode.STANDUP_OVERDUE)) {
                cover("STANDUP_OVERDUE");
            }
            if (settings.workingCalendar().isPresent()) {
                for (FindingCode code : List.of(FindingCode.INTERNAL_UPDATE_OVERDUE,
                        FindingCode.CUSTOMER_UPDATE_OVERDUE, FindingCode.STANDUP_OVERDUE)) {
                    if (expected.has(code)) {
                        cover(code + " on working days");
                    }
                }
            }
            coveredV3(c, now, expected, settings);
        }

        /** What version 3 added, as the case gives it and the reference decides it. */
        private void coveredV3(EscalationCase c, Instant now, Assessment expected, PolicySettings settings) {
            expected.conversion().ifPresent(k -> cover(k.unmet().isEmpty() ? "conversion.unmet empty"
                    : "conversion.unmet"));
            if (!settings.handoverWindow().equals(Duration.ofHours(1))) {
                cover("v3 settings");
            }
            for (Upcoming entry : expected.upcoming()) {
                cover("upcoming " + entry.code());
                if (entry.at().equals(now)) {
                    cover("upcoming entry at now");
                }
            }
            if (expected.nextReviewAt().isPresent()) {
                cover("nextReviewAt");
                if (settings.workingCalendar().isPresent()) {
                    cover("upcoming under a calendar");
                }
            }
            for (FindingCode code : List.of(FindingCode.MANAGER_STEP_IN, FindingCode.GAINSIGHT_CTA_MISSING,
                    FindingCode.CHANNEL_ARCHIVED_WHILE_OPEN, FindingCode.CLOSED_WITH_BLOCKERS,
                    FindingCode.CLOSING_STEP_OVERDUE)) {
                if (expected.has(code)) {
                    cover(code.name());
                }
            }
            for (Finding f : expected.findings(FindingCode.MANAGER_STEP_IN)) {
                if (f.detail("manager").isEmpty()) {
                    cover("MANAGER_STEP_IN without a manager");
                }
                if (((List<?>) f.detail("codes").orElseThrow()).size() > 1) {
                    cover("MANAGER_STEP_IN with two codes");
                }
            }
            expected.toNotify().ifPresent(notify -> {
                cover("notify");
                for (Assignment a : notify) {
                    if (a.role() == EscalationRole.PRODUCT_DRI) {
                        cover("notify with PRODUCT_DRI");
                    }
                    if (a.role() == EscalationRole.SUPPORT_DRI) {
                        cover("notify with SUPPORT_DRI");
                    }
                    if (a.name().isEmpty()) {
                        cover("notify with an unnamed role");
                    }
                }
            });
            Escalation x = c.escalation();
            if (x == null || expected.plan().isEmpty()) {
                return;
            }
            Plan plan = expected.plan().get();
            if (plan.state() != EscalationState.OPEN) {
                cover("plan.state " + plan.state());
            }
            Instant lastRiskReduced = null;
            for (Activity a : x.activity()) {
                if (a.kind() == ActivityKind.RISK_REDUCED && (lastRiskReduced == null || a.at().isAfter(lastRiskReduced))) {
                    lastRiskReduced = a.at();
                }
            }
            for (Activity a : x.activity()) {
                if (lastRiskReduced != null && a.kind() == ActivityKind.SEVERITY_CHANGED && x.closedAt() == null) {
                    if (a.at().equals(lastRiskReduced)) {
                        cover("SEVERITY_CHANGED tied with the last RISK_REDUCED");
                    } else if (a.at().isAfter(lastRiskReduced)) {
                        cover("monitoring ended by a later SEVERITY_CHANGED");
                    }
                }
                if (x.closedAt() != null && a.at().isAfter(x.closedAt()) && (a.kind() == ActivityKind.CLOSURE_POSTED
                        || a.kind() == ActivityKind.CLOSURE_ANNOUNCED || a.kind() == ActivityKind.CHANNEL_ARCHIVED
                        || a.kind() == ActivityKind.SENTIMENT_UPDATED)) {
                    cover("closing step done after closedAt");
                }
            }
            if (plan.state() == EscalationState.MONITORING) {
                // the same escalation actively managed would get a cadence finding that monitoring hides
                Assessment active = ReferencePolicy.assess(c.toBuilder().escalation(x.toBuilder().activity(
                        withoutRiskReduced(x.activity())).build()).build(), now, settings);
                for (FindingCode code : List.of(FindingCode.INTERNAL_UPDATE_OVERDUE,
                        FindingCode.CUSTOMER_UPDATE_OVERDUE, FindingCode.STANDUP_OVERDUE)) {
                    if (active.has(code)) {
                        cover("cadence findings hidden by monitoring");
                    }
                }
                for (Activity a : x.activity()) {
                    if (a.kind() == ActivityKind.CHANNEL_ARCHIVED && !a.at().isBefore(x.openedAt())) {
                        cover("channel archived while monitoring");
                    }
                }
            }
            if (c.emergency() != null && c.emergency().shiftEndsAt() != null) {
                cover(c.emergency().shiftEndsAt().isAfter(now) ? "emergency.shiftEndsAt after now"
                        : "emergency.shiftEndsAt not after now");
            }
            for (ChecklistEntry entry : plan.checklist()) {
                boolean overdue = entry.due().isPresent() && !entry.done() && now.isAfter(entry.due().get());
                switch (entry.item()) {
                    case HAND_OVER_AT_SHIFT_END -> {
                        if (entry.due().isPresent()) {
                            cover(entry.done() ? "HAND_OVER_AT_SHIFT_END done by a handover"
                                    : overdue ? "HAND_OVER_AT_SHIFT_END overdue" : "HAND_OVER_AT_SHIFT_END not done");
                        }
                    }
                    case INFORM_INVOLVED -> {
                        if (entry.done()) {
                            cover("INFORM_INVOLVED done");
                        }
                    }
                    case INFORM_NEWLY_INVOLVED -> {
                        cover(entry.done() ? "INFORM_NEWLY_INVOLVED done" : "INFORM_NEWLY_INVOLVED");
                        Instant changed = entry.due().orElseThrow().minus(settings.immediateGrace());
                        for (Activity a : x.activity()) {
                            if (a.kind() == ActivityKind.INVOLVED_INFORMED && a.at().equals(changed)) {
                                cover("INFORM_NEWLY_INVOLVED informed at the change's instant");
                            }
                        }
                        if (entry.stakeholders().contains(Stakeholder.ACCOUNT_MANAGER)) {
                            cover("INFORM_NEWLY_INVOLVED of a lowering");
                        }
                    }
                    case ADD_PRODUCT_DRI_TO_CHANNEL -> {
                        if (entry.done()) {
                            cover("ADD_PRODUCT_DRI_TO_CHANNEL done");
                        }
                        if (entry.due().orElseThrow().isAfter(x.openedAt().plus(settings.immediateGrace()))) {
                            cover("product DRI required after openedAt");
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    /**
     * Only the parts that differ, so that a mismatch reads quickly: the plan field by field, the findings code by code,
     * and the lists of version 3 (checklist, notify, upcoming) as the entries only one side has.
     */
    static String differences(Assessment expected, Assessment actual) {
        StringBuilder out = new StringBuilder();
        part(out, "inScope", expected.inScope(), actual.inScope());
        if (expected.conversion().isPresent() && actual.conversion().isPresent()) {
            Conversion reference = expected.conversion().get();
            Conversion facade = actual.conversion().get();
            part(out, "conversion.recommended", reference.recommended(), facade.recommended());
            part(out, "conversion.triggers", reference.triggers(), facade.triggers());
            part(out, "conversion.actions", reference.actions(), facade.actions());
            part(out, "conversion.contacts", reference.contacts(), facade.contacts());
            part(out, "conversion.unmet", reference.unmet(), facade.unmet());
        } else {
            part(out, "conversion", expected.conversion(), actual.conversion());
        }
        part(out, "routes", expected.routes(), actual.routes());
        part(out, "suggestedSeverity", expected.suggestedSeverity(), actual.suggestedSeverity());
        if (expected.plan().isPresent() && actual.plan().isPresent()) {
            Plan reference = expected.plan().get();
            Plan facade = actual.plan().get();
            part(out, "plan.severity", reference.severity(), facade.severity());
            part(out, "plan.peakSeverity", reference.peakSeverity(), facade.peakSeverity());
            part(out, "plan.cadence", reference.cadence(), facade.cadence());
            part(out, "plan.involvement", reference.involvement(), facade.involvement());
            part(out, "plan.dri", reference.dri(), facade.dri());
            part(out, "plan.leadTechnicalCollaborator", reference.leadTechnicalCollaborator(),
                    facade.leadTechnicalCollaborator());
            part(out, "plan.caseOwner", reference.caseOwner(), facade.caseOwner());
            part(out, "plan.contacts", reference.contacts(), facade.contacts());
            part(out, "plan.productDriRequired", reference.productDriRequired(), facade.productDriRequired());
            part(out, "plan.productLeader", reference.productLeader(), facade.productLeader());
            part(out, "plan.channel", reference.channel(), facade.channel());
            list(out, "plan.checklist", reference.checklist(), facade.checklist());
            part(out, "plan.state", reference.state(), facade.state());
        } else {
            part(out, "plan", expected.plan(), actual.plan());
        }
        boolean sameByCode = true;
        for (FindingCode code : FindingCode.values()) {
            // printed, so that the order of the details counts
            List<String> reference = printed(expected.findings(code));
            List<String> facade = printed(actual.findings(code));
            sameByCode &= reference.equals(facade);
            list(out, "findings " + code, reference, facade);
        }
        if (sameByCode) {
            // the same findings code by code: their order, or a code of neither standard nor custom rules
            part(out, "findings", expected.findings().toString(), actual.findings().toString());
        }
        part(out, "closure", expected.closure(), actual.closure());
        part(out, "broadcast", expected.broadcast(), actual.broadcast());
        if (expected.toNotify().isPresent() && actual.toNotify().isPresent()) {
            list(out, "notify", expected.toNotify().get(), actual.toNotify().get());
        } else {
            part(out, "notify", expected.toNotify(), actual.toNotify());
        }
        list(out, "upcoming", expected.upcoming(), actual.upcoming());
        part(out, "nextReviewAt", expected.nextReviewAt(), actual.nextReviewAt());
        return out.toString();
    }

    private static void part(StringBuilder out, String name, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            out.append("  ").append(name).append("\n    reference: ").append(expected)
                    .append("\n    facade:    ").append(actual).append('\n');
        }
    }

    private static List<String> printed(List<Finding> findings) {
        List<String> printed = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            printed.add(f.toString());
        }
        return printed;
    }

    /** A list that differs: the whole of both when the order alone differs, else the entries only one side has. */
    private static void list(StringBuilder out, String name, List<?> expected, List<?> actual) {
        if (expected.equals(actual)) {
            return;
        }
        List<Object> missing = new ArrayList<>(expected);
        List<Object> extra = new ArrayList<>(actual);
        for (Object e : expected) {
            extra.remove(e);
        }
        for (Object a : actual) {
            missing.remove(a);
        }
        if (missing.isEmpty() && extra.isEmpty()) {
            part(out, name + " (order)", expected, actual);
            return;
        }
        out.append("  ").append(name).append(" (").append(expected.size()).append(" in the reference, ")
                .append(actual.size()).append(" from the facade)");
        for (Object m : missing) {
            out.append("\n    only in the reference: ").append(m);
        }
        for (Object e : extra) {
            out.append("\n    only from the facade:  ").append(e);
        }
        out.append('\n');
    }

    /**
     * The facade's assessment without explanations and message drafts, with the reference's policy version; every
     * other part kept, those of version 3 included.
     */
    static Assessment withoutExplanations(Assessment a) {
        return new Assessment(a.inScope(),
                a.conversion().map(k -> new Conversion(k.recommended(), k.triggers(), k.actions(), k.contacts(),
                        List.of(), k.unmet())),
                a.routes(), a.suggestedSeverity(),
                a.plan().map(p -> new Plan(p.severity(), p.peakSeverity(), p.cadence(), p.involvement(), p.dri(),
                        p.leadTechnicalCollaborator(), p.caseOwner(), p.contacts(), p.productDriRequired(),
                        p.productLeader(), p.channel(), p.checklist(), List.of(), p.state())),
                a.findings(),
                a.closure().map(k -> new ClosureDecision(k.ready(), k.blockers(), k.steps(), List.of())),
                a.broadcast(), java.util.Map.of(), List.of(), ReferencePolicy.VERSION, a.toNotify(), a.upcoming());
    }

    /** The activities without RISK_REDUCED: the escalation as if it had never been monitoring. */
    private static List<Activity> withoutRiskReduced(List<Activity> activity) {
        List<Activity> kept = new ArrayList<>(activity.size());
        for (Activity a : activity) {
            if (a.kind() != ActivityKind.RISK_REDUCED) {
                kept.add(a);
            }
        }
        return kept;
    }

    /** One of the generated cases that holds an escalation, drawn at random. */
    private static EscalationCase withEscalation(List<EscalationCase> generated, Random random) {
        EscalationCase c = generated.get(random.nextInt(generated.size()));
        while (c.escalation() == null) {
            c = generated.get(random.nextInt(generated.size()));
        }
        return c;
    }

    /** The case with its escalation closed at some instant between its opening and now. */
    private static EscalationCase closed(EscalationCase c, Instant now, Random random) {
        Escalation x = c.escalation();
        if (x == null) {
            return c;
        }
        long openSeconds = Duration.between(x.openedAt(), now).getSeconds();
        Instant closedAt = switch (random.nextInt(6)) {
            case 0 -> x.openedAt();
            case 1 -> now;
            default -> x.openedAt().plusSeconds(openSeconds <= 0 ? 0 : (long) (random.nextDouble() * openSeconds));
        };
        return c.toBuilder().escalation(x.toBuilder().closedAt(closedAt).build()).build();
    }

    /** The case with every instant moved by the same amount, to decide it as of {@code NOW + by}. */
    static EscalationCase shifted(EscalationCase c, Duration by) {
        if (by.isZero()) {
            return c;
        }
        EscalationCase.Builder builder = c.toBuilder();
        Emergency e = c.emergency();
        if (e != null) {
            builder.emergency(e.toBuilder().startedAt(e.startedAt().plus(by))
                    .callStartedAt(e.callStartedAt() == null ? null : e.callStartedAt().plus(by))
                    .shiftEndsAt(e.shiftEndsAt() == null ? null : e.shiftEndsAt().plus(by)).build());
        }
        Escalation x = c.escalation();
        if (x != null) {
            List<Activity> activity = new ArrayList<>(x.activity().size());
            for (Activity a : x.activity()) {
                activity.add(new Activity(a.kind(), a.at().plus(by), a.severity()));
            }
            builder.escalation(x.toBuilder().openedAt(x.openedAt().plus(by))
                    .closedAt(x.closedAt() == null ? null : x.closedAt().plus(by))
                    .nextCustomerTouchpointAt(x.nextCustomerTouchpointAt() == null ? null
                            : x.nextCustomerTouchpointAt().plus(by))
                    .activity(activity).build());
        }
        return builder.build();
    }

    /**
     * An instant to decide as of in the calendar's zone: a day from one before to eight after one of its weeks' dates
     * (the DST changes), at a random local time, at a local midnight, or on a change of the zone's offset (or a
     * nanosecond beside it); now and then {@link #NOW} itself.
     */
    private static Instant nowIn(CalendarSetup setup, Random random) {
        ZoneId zone = setup.calendar().zone();
        LocalDate week = setup.weeks().get(random.nextInt(setup.weeks().size()));
        LocalDate day = week.plusDays(random.nextInt(10) - 1);
        switch (random.nextInt(10)) {
            case 0:
                return NOW;
            case 1:
                return day.atStartOfDay(zone).toInstant();
            case 2:
                ZoneOffsetTransition change = zone.getRules()
                        .nextTransition(week.minusDays(1).atStartOfDay(zone).toInstant());
                if (change != null && change.getInstant().isBefore(week.plusDays(2).atStartOfDay(zone).toInstant())) {
                    return change.getInstant().plus(NEAR[random.nextInt(3)]);
                }
                return day.atStartOfDay(zone).toInstant().plusSeconds(random.nextInt(86_400));
            default:
                return day.atStartOfDay(zone).toInstant().plusSeconds(random.nextInt(86_400))
                        .plusNanos(random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
        }
    }

    /** The case with an update or a standup logged at a local midnight (or beside it) of one of the last 15 days. */
    private static EscalationCase activityAtMidnight(EscalationCase c, WorkingCalendar calendar, Instant now,
                                                     Random random) {
        Escalation x = c.escalation();
        if (x == null) {
            return c;
        }
        ActivityKind[] kinds = {ActivityKind.INTERNAL_UPDATE, ActivityKind.CUSTOMER_UPDATE, ActivityKind.STANDUP_HELD,
            ActivityKind.STANDUP_SCHEDULED};
        LocalDate day = LocalDate.ofInstant(now, calendar.zone()).minusDays(random.nextInt(15));
        Instant at = day.atStartOfDay(calendar.zone()).toInstant().plus(NEAR[random.nextInt(NEAR.length)]);
        if (at.isAfter(now)) {
            return c;
        }
        List<Activity> activity = new ArrayList<>(x.activity());
        activity.add(Activity.of(kinds[random.nextInt(kinds.length)], at));
        Escalation.Builder xb = x.toBuilder().activity(activity);
        if (random.nextInt(4) == 0) {
            xb.openedAt(at).closedAt(x.closedAt() != null && x.closedAt().isBefore(at) ? at : x.closedAt());
        }
        return c.toBuilder().escalation(xb.build()).build();
    }

    /**
     * The case with one gap of 2.8 (internal update, customer update or standup, at a severity whose cadence has a
     * limit) made exactly its limit, or one nanosecond or one second more or less, counted in working time when the
     * settings have a calendar: the gap's start is put on the last matching activity, on the opening (with a matching
     * activity before it, or none) or, for standups, on the first scheduling. A third of the time the gap is put on its
     * limit plus {@code managerStepInAfter} instead, with a CSM DRI (MANAGER_STEP_IN). The escalation is open and in
     * scope, but now and then; it is monitoring (whose RISK_REDUCED and later changes would hide or move the gap) only
     * now and then too.
     */
    private static EscalationCase onGapBoundary(EscalationCase c, Instant now, PolicySettings s, Random random,
                                                Run run) {
        Escalation x = c.escalation();
        int target = random.nextInt(3);
        Severity severity = x.severity();
        Duration limit = s.internalUpdateGap();
        if (target > 0) {
            Map<Cadence, Duration> gaps = target == 1 ? s.customerUpdateGaps() : s.standupGaps();
            Severity[] severities = Severity.values();
            int first = random.nextInt(severities.length);
            for (int k = 0; gaps.get(ReferencePolicy.cadence(severity)) == null; k++) {
                severity = severities[(first + k) % severities.length];
            }
            limit = gaps.get(ReferencePolicy.cadence(severity));
        }
        Duration near = NEAR[random.nextInt(NEAR.length)];
        boolean stepIn = random.nextInt(3) == 0;
        Duration amount = (stepIn ? limit.plus(s.managerStepInAfter()) : limit).plus(near);
        WorkingCalendar calendar = s.workingCalendar().orElse(null);
        Instant since = calendar == null ? now.minus(amount) : workingBefore(calendar, now, amount);
        assertThat(ReferencePolicy.gap(since, now, s)).as("the gap the boundary case is built on").isEqualTo(amount);

        ActivityKind kind = target == 0 ? ActivityKind.INTERNAL_UPDATE
                : target == 1 ? ActivityKind.CUSTOMER_UPDATE : ActivityKind.STANDUP_HELD;
        List<Activity> activity = new ArrayList<>();
        for (Activity a : x.activity()) {
            boolean matches = a.kind() == kind || target == 2 && a.kind() == ActivityKind.STANDUP_SCHEDULED;
            boolean monitoring = a.kind() == ActivityKind.RISK_REDUCED || a.kind() == ActivityKind.SEVERITY_CHANGED;
            if ((!matches || !a.at().isAfter(since)) && (!monitoring || random.nextInt(5) == 0)) {
                activity.add(a);
            }
        }
        Instant openedAt = x.openedAt();
        Instant earlier = since.minusSeconds(random.nextInt(3 * 86_400));
        switch (random.nextInt(target == 2 ? 3 : 2)) {
            case 0: // the last matching activity on the boundary
                activity.add(Activity.of(kind, since));
                openedAt = openedAt.isAfter(since) ? earlier : openedAt;
                break;
            case 1: // opened on the boundary; a matching activity, if any, before it
                openedAt = since;
                if (random.nextBoolean()) {
                    activity.add(Activity.of(kind, earlier));
                }
                break;
            default: // standups: the first scheduling on the boundary, standups held (if any) before it
                activity.removeIf(a -> a.kind() == ActivityKind.STANDUP_SCHEDULED);
                activity.add(Activity.of(ActivityKind.STANDUP_SCHEDULED, since));
                openedAt = openedAt.isAfter(since) ? earlier : openedAt;
                break;
        }
        boolean scheduled = false;
        for (Activity a : activity) {
            scheduled |= a.kind() == ActivityKind.STANDUP_SCHEDULED;
        }
        if (target == 2 && !scheduled) {
            activity.add(Activity.of(ActivityKind.STANDUP_SCHEDULED, earlier));
        }
        Instant closedAt = random.nextInt(10) != 0 ? null
                : x.closedAt() != null && !x.closedAt().isBefore(openedAt) ? x.closedAt() : now;
        Escalation moved = x.toBuilder().severity(severity).openedAt(openedAt).closedAt(closedAt).activity(activity)
                .build();
        EscalationCase.Builder builder = c.toBuilder();
        boolean inScope = ReferencePolicy.inScope(c.account());
        Account account = c.account();
        if (!inScope && random.nextInt(10) != 0) {
            account = account.toBuilder().segment(Segment.CSM_MANAGED).build();
            inScope = true;
        }
        if (stepIn && random.nextInt(10) != 0) {
            Team team = account.team();
            account = account.toBuilder().team(new Team(team.csm() != null ? team.csm() : "Cy", team.accountExecutive(),
                    team.cse(), team.regionalManager(), team.regionalCseLeader())).build();
            moved = moved.toBuilder().relatedToPsProject(false).build();
        }
        builder = EscalationCase.of(account).emergency(c.emergency()).situation(c.situation()).event(c.event());
        if (closedAt == null && inScope) {
            String gap = stepIn ? "step-in gap" : "gap";
            run.cover(near.isZero() ? gap + " exactly on its limit" : near.isNegative() ? gap + " just under its limit"
                    : gap + " just over its limit");
        }
        return builder.escalation(moved).build();
    }

    /**
     * The latest instant whose working time up to {@code to} is {@code amount}: local days of the calendar's zone
     * walked back from {@code to}, each from its local midnight to the next, the working ones taken until the amount is
     * spent. (The reference counts forward the same way; the caller checks that both agree.)
     */
    private static Instant workingBefore(WorkingCalendar calendar, Instant to, Duration amount) {
        ZoneId zone = calendar.zone();
        LocalDate day = LocalDate.ofInstant(to, zone).plusDays(1);
        while (!day.atStartOfDay(zone).toInstant().isBefore(to)) {
            day = day.minusDays(1);
        }
        Duration remaining = amount;
        Instant end = to;
        while (true) {
            Instant start = day.atStartOfDay(zone).toInstant();
            if (calendar.isWorkingDay(day)) {
                Duration available = Duration.between(start, end);
                if (remaining.compareTo(available) <= 0) {
                    return end.minus(remaining);
                }
                remaining = remaining.minus(available);
            }
            end = start;
            day = day.minusDays(1);
        }
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
                Duration.ofDays(14), Duration.ofHours(12), Duration.ofHours(48), Duration.ofDays(30), Duration.ZERO,
                Duration.ofHours(36), Duration.ofDays(7), Duration.ofDays(20)};
            Escalation.Builder xb = x.toBuilder();
            Instant openedAt = x.openedAt();
            if (random.nextInt(4) != 0) {
                openedAt = near(NOW.minus(spans[random.nextInt(spans.length)]), random);
                xb.openedAt(openedAt);
            }
            if (x.closedAt() != null && x.closedAt().isBefore(openedAt)) {
                xb.closedAt(openedAt);
            }
            List<Activity> activity = new ArrayList<>(x.activity());
            int moved = random.nextInt(4);
            for (int k = 0; k < moved; k++) {
                ActivityKind kind = switch (random.nextInt(6)) {
                    case 0, 1 -> ActivityKind.CUSTOMER_UPDATE;
                    case 2 -> ActivityKind.INTERNAL_UPDATE;
                    case 3 -> ActivityKind.STANDUP_HELD;
                    default -> ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
                };
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
