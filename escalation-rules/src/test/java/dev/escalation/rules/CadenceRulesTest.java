package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.emergency;
import static dev.escalation.rules.Fixtures.escalation;
import static dev.escalation.rules.RuleHarness.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.model.Cadence;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Escalation;
import dev.escalation.model.Severity;
import dev.escalation.rules.facts.InScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * cadence.drl: POLICY.md 2.8. Every escalation here has exit criteria and a touchpoint ahead, so that each test sees
 * only the finding it is about. "More than" is strict, "at least" inclusive, the 7-day window is {@code (now - 7 d,
 * now]}; each boundary is tested a minute on both sides.
 *
 * <p>Literal readings taken where POLICY.md is silent: a gap counts from the last matching activity even when that
 * activity is older than {@code openedAt} ("from the last matching activity, or from openedAt when there is none");
 * {@code CALL_OVER_THREE_HOURS} needs only the emergency, not an escalation nor an in-scope account (2.3 says it
 * concerns the emergency); "an open escalation" is one without {@code closedAt}, a field added to POLICY.md.
 */
class CadenceRulesTest {

    private static final String INTERNAL = "An internal update is overdue after more than the internal update gap";
    private static final String CUSTOMER = "A customer update is overdue after more than the gap of the severity's cadence";
    private static final String TOO_FEW = "A high or critical escalation open for a week updates the customer often enough";
    private static final String TOUCHPOINT = "The next customer touchpoint is always agreed and ahead";
    private static final String EXIT = "Exit criteria are written down within the exit criteria grace";
    private static final String CALL = "An emergency call running more than three hours needs a break";

    private final RuleHarness cadence = RuleHarness.of("cadence.drl");

    /** @return a medium escalation with exit criteria and a touchpoint tomorrow, no activity */
    private static Escalation.Builder running(Instant openedAt) {
        return escalation().severity(Severity.MEDIUM).openedAt(openedAt).exitCriteria("stable for a week")
                .nextCustomerTouchpointAt(NOW.plus(Duration.ofDays(1)));
    }

    private static Activity at(ActivityKind kind, Instant at) {
        return Activity.of(kind, at);
    }

    private static Finding only(RuleHarness.Run run, FindingCode code) {
        List<Finding> found = run.derived(Finding.class).stream().filter(f -> f.is(code)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Nested
    class InternalUpdates {

        @Test
        void twentyFourHoursAfterOpeningWithoutUpdateIsNotOverdue() {
            assertThat(cadence.run(new InScope(), running(ago(24, 0)).build()).fired()).isEmpty();
        }

        @Test
        void twentyFourHoursAndAMinuteAfterOpeningWithoutUpdateIsOverdue() {
            var run = cadence.run(new InScope(), running(ago(24, 1)).build());

            assertThat(run.fired()).isEqualTo(Map.of(INTERNAL, 1));
            assertThat(only(run, FindingCode.INTERNAL_UPDATE_OVERDUE).details()).isEqualTo(Map.of(
                    "since", ago(24, 1), "gap", Duration.ofHours(24).plusMinutes(1), "limit", Duration.ofHours(24)));
        }

        @Test
        void theGapCountsFromTheLatestInternalUpdate() {
            Escalation escalation = running(NOW.minus(Duration.ofDays(5))).activity(
                    at(ActivityKind.INTERNAL_UPDATE, ago(72, 0)), at(ActivityKind.INTERNAL_UPDATE, ago(24, 1)),
                    at(ActivityKind.CUSTOMER_UPDATE, NOW), at(ActivityKind.INTERNAL_UPDATE, ago(30, 0))).build();

            var run = cadence.run(new InScope(), escalation);

            assertThat(only(run, FindingCode.INTERNAL_UPDATE_OVERDUE).details())
                    .containsEntry("since", ago(24, 1)).containsEntry("lastUpdate", ago(24, 1));
        }

        @Test
        void anUpdateExactlyTwentyFourHoursAgoIsInTime() {
            Escalation escalation = running(NOW.minus(Duration.ofDays(5)))
                    .activity(at(ActivityKind.INTERNAL_UPDATE, ago(24, 0))).build();

            assertThat(cadence.run(new InScope(), escalation).fired()).doesNotContainKey(INTERNAL);
        }

        @Test
        void aClosedOrOutOfScopeEscalationHasNoRunningFindings() {
            Escalation stale = escalation().openedAt(NOW.minus(Duration.ofDays(30))).build();

            assertThat(cadence.run(new InScope(), Cadence.DAILY, stale.toBuilder().closedAt(NOW).build()).fired())
                    .isEmpty();
            assertThat(cadence.run(Cadence.DAILY, stale).fired()).isEmpty();
        }
    }

    @Nested
    class CustomerUpdates {

        /** Each cadence's gap, a minute on each side; STANDARD has no gap at all. */
        @ParameterizedTest
        @CsvSource({
            "DAILY, PT24H, true", "DAILY, PT23H59M, false",
            "MULTIPLE_TIMES_PER_WEEK, PT84H, true", "MULTIPLE_TIMES_PER_WEEK, PT83H59M, false",
            "WEEKLY_TO_BIWEEKLY, P14D, true", "WEEKLY_TO_BIWEEKLY, PT335H59M, false",
        })
        void overdueOnlyAfterMoreThanTheCadencesGap(Cadence level, Duration gap, boolean justOver) {
            Instant lastUpdate = NOW.minus(gap).minus(Duration.ofMinutes(1));
            Escalation escalation = running(NOW.minus(Duration.ofDays(40))).activity(
                    at(ActivityKind.CUSTOMER_UPDATE, lastUpdate), at(ActivityKind.INTERNAL_UPDATE, NOW)).build();

            var run = cadence.run(new InScope(), level, escalation);

            if (justOver) {
                assertThat(run.fired()).isEqualTo(Map.of(CUSTOMER, 1));
                assertThat(only(run, FindingCode.CUSTOMER_UPDATE_OVERDUE).details()).isEqualTo(Map.of(
                        "cadence", level, "since", lastUpdate, "lastUpdate", lastUpdate,
                        "gap", gap.plusMinutes(1), "limit", gap));
            } else {
                assertThat(run.fired()).isEmpty();
            }
        }

        @Test
        void atExactlyTheGapTheCustomerUpdateIsInTime() {
            Escalation escalation = running(NOW.minus(Duration.ofDays(3))).activity(
                    at(ActivityKind.CUSTOMER_UPDATE, NOW.minus(Duration.ofHours(24))),
                    at(ActivityKind.INTERNAL_UPDATE, NOW)).build();

            assertThat(cadence.run(new InScope(), Cadence.DAILY, escalation).fired()).isEmpty();
        }

        @Test
        void standardCommunicationIsNeverOverdue() {
            Escalation escalation = running(NOW.minus(Duration.ofDays(400)))
                    .activity(at(ActivityKind.INTERNAL_UPDATE, NOW)).build();

            assertThat(cadence.run(new InScope(), Cadence.STANDARD, escalation).fired()).isEmpty();
        }

        @Test
        void withoutAnyUpdateTheGapCountsFromOpening() {
            var run = cadence.run(new InScope(), Cadence.DAILY, running(ago(25, 0))
                    .activity(at(ActivityKind.INTERNAL_UPDATE, NOW)).build());

            assertThat(only(run, FindingCode.CUSTOMER_UPDATE_OVERDUE).details()).containsEntry("since", ago(25, 0))
                    .doesNotContainKey("lastUpdate");
        }
    }

    @Nested
    class UpdatesPerWeek {

        private Escalation highWith(Instant openedAt, Instant... customerUpdates) {
            List<Activity> log = new java.util.ArrayList<>(
                    IntStream.range(0, customerUpdates.length)
                            .mapToObj(i -> at(ActivityKind.CUSTOMER_UPDATE, customerUpdates[i])).toList());
            log.add(at(ActivityKind.INTERNAL_UPDATE, NOW));
            return running(openedAt).severity(Severity.HIGH).activity(log).build();
        }

        @Test
        void openExactlySevenDaysWithTwoUpdatesIsTooFew() {
            var run = cadence.run(new InScope(), highWith(NOW.minus(Duration.ofDays(7)), ago(1, 0), ago(2, 0)));

            assertThat(run.fired()).isEqualTo(Map.of(TOO_FEW, 1));
            assertThat(only(run, FindingCode.CUSTOMER_UPDATES_TOO_FEW).details()).isEqualTo(Map.of(
                    "count", 2, "minimum", 3, "windowStart", NOW.minus(Duration.ofDays(7))));
        }

        @Test
        void openAMinuteLessThanSevenDaysIsNotJudgedYet() {
            var run = cadence.run(new InScope(),
                    highWith(NOW.minus(Duration.ofDays(7)).plus(Duration.ofMinutes(1)), ago(1, 0)));

            assertThat(run.fired()).doesNotContainKey(TOO_FEW);
        }

        @Test
        void threeUpdatesInTheWindowAreEnough() {
            var run = cadence.run(new InScope(),
                    highWith(NOW.minus(Duration.ofDays(10)), ago(1, 0), ago(50, 0), NOW));

            assertThat(run.fired()).doesNotContainKey(TOO_FEW);
        }

        @Test
        void anUpdateExactlySevenDaysAgoIsOutsideTheHalfOpenWindow() {
            Instant edge = NOW.minus(Duration.ofDays(7));
            var atEdge = cadence.run(new InScope(), highWith(NOW.minus(Duration.ofDays(10)), edge, ago(1, 0), NOW));
            var inside = cadence.run(new InScope(), highWith(NOW.minus(Duration.ofDays(10)),
                    edge.plus(Duration.ofMinutes(1)), ago(1, 0), NOW));

            assertThat(atEdge.fired()).containsEntry(TOO_FEW, 1);
            assertThat(only(atEdge, FindingCode.CUSTOMER_UPDATES_TOO_FEW).details()).containsEntry("count", 2);
            assertThat(inside.fired()).doesNotContainKey(TOO_FEW);
        }

        @Test
        void criticalIsJudgedMediumAndLowAreNot() {
            Escalation stale = highWith(NOW.minus(Duration.ofDays(30)));

            assertThat(cadence.run(new InScope(), stale.toBuilder().severity(Severity.CRITICAL).build()).fired())
                    .containsEntry(TOO_FEW, 1);
            assertThat(cadence.run(new InScope(), stale.toBuilder().severity(Severity.MEDIUM).build()).fired())
                    .doesNotContainKey(TOO_FEW);
            assertThat(cadence.run(new InScope(), stale.toBuilder().severity(Severity.LOW).build()).fired())
                    .doesNotContainKey(TOO_FEW);
        }
    }

    @Nested
    class TouchpointExitCriteriaAndCalls {

        @Test
        void aMissingTouchpointIsFlagged() {
            var run = cadence.run(new InScope(), running(NOW).nextCustomerTouchpointAt(null).build());

            assertThat(run.fired()).isEqualTo(Map.of(TOUCHPOINT, 1));
            assertThat(only(run, FindingCode.NEXT_TOUCHPOINT_MISSING).details()).isEmpty();
        }

        @Test
        void aTouchpointAtNowOrBeforeIsFlaggedAMinuteLaterIsNot() {
            var atNow = cadence.run(new InScope(), running(NOW).nextCustomerTouchpointAt(NOW).build());
            var past = cadence.run(new InScope(), running(NOW).nextCustomerTouchpointAt(ago(1, 0)).build());
            var ahead = cadence.run(new InScope(),
                    running(NOW).nextCustomerTouchpointAt(NOW.plus(Duration.ofMinutes(1))).build());

            assertThat(only(atNow, FindingCode.NEXT_TOUCHPOINT_MISSING).details())
                    .isEqualTo(Map.of("nextCustomerTouchpointAt", NOW));
            assertThat(past.fired()).containsEntry(TOUCHPOINT, 1);
            assertThat(ahead.fired()).isEmpty();
        }

        @Test
        void exitCriteriaAreMissingOnlyAfterMoreThanADay() {
            var atGrace = cadence.run(new InScope(), running(ago(24, 0)).exitCriteria(List.of())
                    .activity(at(ActivityKind.INTERNAL_UPDATE, NOW)).build());
            var afterGrace = cadence.run(new InScope(), running(ago(24, 1)).exitCriteria(List.of())
                    .activity(at(ActivityKind.INTERNAL_UPDATE, NOW)).build());

            assertThat(atGrace.fired()).isEmpty();
            assertThat(afterGrace.fired()).isEqualTo(Map.of(EXIT, 1));
            assertThat(only(afterGrace, FindingCode.EXIT_CRITERIA_MISSING).details()).isEqualTo(Map.of(
                    "openFor", Duration.ofHours(24).plusMinutes(1), "limit", Duration.ofHours(24)));
        }

        @Test
        void aCallOfThreeHoursIsFineThreeHoursAndAMinuteNeedsABreakEvenOutOfScope() {
            var atLimit = cadence.run(emergency().startedAt(ago(5, 0)).callStartedAt(ago(3, 0)).build());
            var overLimit = cadence.run(emergency().startedAt(ago(5, 0)).callStartedAt(ago(3, 1)).build());

            assertThat(atLimit.fired()).isEmpty();
            assertThat(overLimit.fired()).isEqualTo(Map.of(CALL, 1));
            assertThat(only(overLimit, FindingCode.CALL_OVER_THREE_HOURS).details()).isEqualTo(Map.of(
                    "callStartedAt", ago(3, 1), "running", Duration.ofHours(3).plusMinutes(1),
                    "limit", Duration.ofHours(3)));
        }

        @Test
        void noCallNoFinding() {
            assertThat(cadence.run(emergency().startedAt(ago(9, 0)).build()).fired()).isEmpty();
        }
    }
}
