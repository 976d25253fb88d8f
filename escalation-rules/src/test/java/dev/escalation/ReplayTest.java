package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.decision.Finding;
import dev.escalation.decision.Moment;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import dev.escalation.validation.InvalidEscalationInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What would have been decided when: the case replayed at every step and every activity. */
class ReplayTest {

    private static final EscalationPolicy POLICY = EscalationPolicy.standard();
    private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Account ACME = Account.builder("Acme", Segment.CSM_MANAGED)
            .team(Team.builder().csm("Casey").build()).build();
    private static final Escalation ESCALATION = Escalation.builder(Severity.LOW, OPENED).exitCriteria("stable")
            .nextCustomerTouchpointAt(OPENED.plus(Duration.ofDays(10)))
            .activity(Activity.of(ActivityKind.CHANNEL_CREATED, OPENED.plus(Duration.ofMinutes(30))),
                    Activity.of(ActivityKind.DRI_AND_ASKS_IDENTIFIED, OPENED.plus(Duration.ofMinutes(90))),
                    Activity.of(ActivityKind.DECLARED, OPENED.plus(Duration.ofMinutes(30))),
                    Activity.of(ActivityKind.INVOLVED_INFORMED, OPENED.plus(Duration.ofMinutes(30))),
                    Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, OPENED.plus(Duration.ofMinutes(40))),
                    Activity.of(ActivityKind.STANDUP_SCHEDULED, OPENED.plus(Duration.ofHours(3))),
                    Activity.of(ActivityKind.GAINSIGHT_CTA_CREATED, OPENED.plus(Duration.ofHours(3))),
                    Activity.of(ActivityKind.INTERNAL_UPDATE, OPENED.plus(Duration.ofHours(20))))
            .build();
    private static final EscalationCase CASE = EscalationCase.of(ACME).escalation(ESCALATION).build();

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::subject).toList();
    }

    @Test
    void findingsAppearAndClearOverTime() {
        List<Moment> timeline = POLICY.replay(CASE, OPENED, OPENED.plus(Duration.ofHours(48)), Duration.ofHours(12));

        assertThat(timeline).extracting(Moment::at).containsExactly(OPENED, OPENED.plus(Duration.ofMinutes(30)),
                OPENED.plus(Duration.ofMinutes(40)), OPENED.plus(Duration.ofMinutes(90)), OPENED.plus(Duration.ofHours(3)),
                OPENED.plus(Duration.ofHours(12)), OPENED.plus(Duration.ofHours(20)), OPENED.plus(Duration.ofHours(24)),
                OPENED.plus(Duration.ofHours(36)), OPENED.plus(Duration.ofHours(48)));
        Moment identified = timeline.get(3);
        assertThat(codes(identified.appeared())).isEmpty();
        assertThat(identified.assessment().findings()).isEmpty();
        // The DRI and asks were identified 90 minutes in, overdue for half an hour between two points, so no point
        // sees it here. The internal update at 20 h keeps its gap under 24 h until the point at 48 h.
        assertThat(timeline).allSatisfy(m -> assertThat(m.cleared()).isEmpty());
        assertThat(timeline.subList(0, 9)).allSatisfy(m -> assertThat(m.appeared()).isEmpty());
        assertThat(codes(timeline.get(9).appeared())).containsExactly("INTERNAL_UPDATE_OVERDUE{}");
        assertThat(timeline.get(9).assessment().findings()).extracting(Finding::code)
                .containsExactly("INTERNAL_UPDATE_OVERDUE");
    }

    @Test
    void anItemOverdueBetweenTwoActivitiesAppearsAndClears() {
        List<Moment> timeline = POLICY.replay(CASE, OPENED, OPENED.plus(Duration.ofHours(2)), Duration.ofMinutes(75));

        Moment late = timeline.stream().filter(m -> m.at().equals(OPENED.plus(Duration.ofMinutes(75)))).findFirst()
                .orElseThrow();
        Moment done = timeline.stream().filter(m -> m.at().equals(OPENED.plus(Duration.ofMinutes(90)))).findFirst()
                .orElseThrow();
        assertThat(codes(late.appeared())).containsExactly("CHECKLIST_ITEM_OVERDUE{item=IDENTIFY_DRI_AND_ASKS}");
        assertThat(codes(done.cleared())).containsExactly("CHECKLIST_ITEM_OVERDUE{item=IDENTIFY_DRI_AND_ASKS}");
    }

    @Test
    void beforeTheEscalationOpensThereIsNoPlan() {
        EscalationCase withEmergency = CASE.toBuilder().emergency(Emergency.builder("T", OPENED.minus(Duration.ofHours(4)))
                .build()).build();

        List<Moment> timeline = POLICY.replay(withEmergency, OPENED.minus(Duration.ofHours(4)), OPENED,
                Duration.ofHours(2));

        assertThat(timeline.get(0).assessment().plan()).isEmpty();
        assertThat(timeline.get(0).assessment().conversion().orElseThrow().recommended()).isFalse();
        assertThat(timeline.get(timeline.size() - 1).assessment().plan()).isPresent();
        assertThat(timeline.get(timeline.size() - 1).assessment().conversion().orElseThrow().recommended()).isTrue();
    }

    @Test
    void replayIsPure() {
        Instant to = OPENED.plus(Duration.ofDays(3));

        assertThat(POLICY.replay(CASE, OPENED, to, Duration.ofHours(5)))
                .isEqualTo(POLICY.replay(CASE, OPENED, to, Duration.ofHours(5)));
    }

    @Test
    void theEventBelongsToTheLastPointOnly() {
        EscalationCase opened = CASE.toBuilder().event(dev.escalation.model.Event.OPENED).build();

        List<Moment> timeline = POLICY.replay(opened, OPENED, OPENED.plus(Duration.ofHours(4)), Duration.ofHours(1));

        assertThat(timeline.subList(0, timeline.size() - 1)).allSatisfy(m -> {
            assertThat(m.assessment().broadcast()).isEmpty();
            assertThat(m.assessment().messages()).isEmpty();
        });
        assertThat(timeline.get(timeline.size() - 1).assessment().broadcast()).contains(true);
    }

    @Test
    void hugeSpansAndTinyStepsAreRefusedNotOverflowed() {
        Instant early = Instant.parse("0001-01-01T00:00:00Z");

        assertThatThrownBy(() -> POLICY.replay(CASE, early, OPENED.plus(Duration.ofDays(3)), Duration.ofNanos(1)))
                .isInstanceOf(InvalidEscalationInputException.class).hasMessageContaining("at most 10000 points");
        assertThatThrownBy(() -> POLICY.replay(CASE, OPENED, null, Duration.ofHours(1)))
                .isInstanceOfSatisfying(InvalidEscalationInputException.class,
                        e -> assertThat(e.fields()).containsExactly("replay.to"));
        assertThat(POLICY.replay(CASE, OPENED, OPENED.plus(Duration.ofDays(3)), Duration.ofDays(365_000_000L)))
                .extracting(Moment::at).startsWith(OPENED).endsWith(OPENED.plus(Duration.ofDays(3)));
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> POLICY.replay(CASE, OPENED.plusSeconds(1), OPENED, Duration.ZERO))
                .isInstanceOfSatisfying(InvalidEscalationInputException.class, e -> assertThat(e.fields())
                        .containsExactly("replay.step", "replay.from"));
        assertThatThrownBy(() -> POLICY.replay(CASE, OPENED, OPENED.plus(Duration.ofDays(30)), Duration.ofMinutes(1)))
                .isInstanceOf(InvalidEscalationInputException.class).hasMessageContaining("at most 10000 points");
    }
}
