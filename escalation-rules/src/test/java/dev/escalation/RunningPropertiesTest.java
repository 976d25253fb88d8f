package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.Blocker;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.ClosureStep;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Situation;
import dev.escalation.model.Closure;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Event;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Segment;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of POLICY.md 2.7 to 2.10 over generated cases (see {@link ArbitraryCases}); expectations are computed
 * here from the inputs, independently of the rules.
 */
class RunningPropertiesTest {

    private static final int CASES = 1_500;
    private static final Instant NOW = ArbitraryCases.NOW;
    private static final EscalationPolicy POLICY = EscalationPolicy.standard();
    private static final Set<Event> KEY_MOMENTS = EnumSet.of(Event.OPENED, Event.CLOSED, Event.RISK_REDUCED,
            Event.SEVERITY_CHANGED);
    /** 2.10a: one rule for a closure that lacks agreements, one for a closed escalation without closure facts. */
    private static final Set<String> CLOSED_WITH_BLOCKERS_RULES = Set.of("2.10a/closed-with-blockers",
            "2.10a/closed-without-closure");

    /**
     * Any in-scope open escalation whose log meets every gap and whose facts are complete gets no finding at all:
     * whatever else its log, severity, team or channel hold (v3: the involved informed, the product DRI in the
     * channel, Gainsight's CTA created, the channel never archived).
     */
    @Test
    void anEscalationMeetingEveryGapHasNoFinding() {
        ArbitraryCases.valid(ArbitraryCases.seed("anEscalationMeetingEveryGapHasNoFinding"))
                .filter(c -> c.escalation() != null).limit(CASES).forEach(generated -> {
                    EscalationCase diligent = EscalationCase.of(complete(generated.account()))
                            .escalation(meetingEveryGap(generated.escalation())).situation(withoutRisks(generated.situation()))
                            .event(generated.event()).build();

                    Assessment assessment = POLICY.assess(diligent, NOW);

                    assertThat(assessment.findings()).as("%s", diligent).isEmpty();
                });
    }

    @Test
    void closureIsReadyIffNothingBlocksIt() {
        ArbitraryCases.valid(ArbitraryCases.seed("closureIsReadyIffNothingBlocksIt"))
                .filter(c -> c.escalation() != null && c.escalation().closure() != null).limit(CASES)
                .forEach(c -> {
                    Assessment assessment = POLICY.assess(c, NOW);
                    if (!assessment.inScope()) {
                        assertThat(assessment.closure()).isEmpty();
                        return;
                    }
                    ClosureDecision closure = assessment.closure().orElseThrow();
                    assertThat(closure.blockers()).as("%s", c.escalation()).containsExactlyElementsOf(expectedBlockers(
                            c.escalation()));
                    assertThat(closure.ready()).isEqualTo(closure.blockers().isEmpty());
                    assertThat(closure.steps()).isEqualTo(closure.ready() ? List.of(ClosureStep.values()) : List.of());
                });
    }

    @Test
    void broadcastIsTrueOnlyForTheFourKeyMoments() {
        ArbitraryCases.valid(ArbitraryCases.seed("broadcastIsTrueOnlyForTheFourKeyMoments")).limit(CASES)
                .forEach(c -> assertThat(POLICY.assess(c, NOW).broadcast()).isEqualTo(c.event() == null
                        ? java.util.Optional.empty() : java.util.Optional.of(KEY_MOMENTS.contains(c.event()))));
    }

    /**
     * Each finding and blocker is explained by the rule whose id names its code, with a handbook section; a finding
     * concluded by rules of other names is explained by one of those, with the section they cite.
     */
    @Test
    void everyFindingAndBlockerIsExplainedWithItsSection() {
        ArbitraryCases.valid(ArbitraryCases.seed("everyFindingAndBlockerIsExplainedWithItsSection")).limit(CASES)
                .forEach(c -> {
                    Assessment assessment = POLICY.assess(c, NOW);
                    List<String> codes = new ArrayList<>(assessment.findings().stream().map(f -> f.code()).toList());
                    assessment.closure().ifPresent(closure -> closure.blockers().forEach(b -> codes.add(b.name())));
                    for (String code : codes) {
                        if (code.equals("CLOSED_WITH_BLOCKERS")) {
                            assertThat(assessment.explanation()).as("%s in %s", code, c).anySatisfy(e -> {
                                assertThat(e.ruleId()).isIn(CLOSED_WITH_BLOCKERS_RULES);
                                assertThat(e.section()).isEqualTo("S2: Closing the Escalation");
                            });
                            continue;
                        }
                        String ruleId = "/" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                        assertThat(assessment.explanation()).as("%s in %s", code, c)
                                .anySatisfy(e -> {
                                    assertThat(e.ruleId()).endsWith(ruleId);
                                    assertThat(e.section()).matches("S[02]: .+");
                                });
                    }
                });
    }

    private static List<Blocker> expectedBlockers(Escalation escalation) {
        Closure closure = escalation.closure();
        List<Blocker> blockers = new ArrayList<>();
        if (!closure.customerAgreed()) {
            blockers.add(Blocker.CUSTOMER_NOT_AGREED);
        }
        if (!closure.documented()) {
            blockers.add(Blocker.ALIGNMENT_NOT_DOCUMENTED);
        }
        if (!closure.driAgreed()) {
            blockers.add(Blocker.DRI_NOT_AGREED);
        }
        if (closure.rcaRequested() && escalation.platformRelated() && !closure.rcaDelivered()) {
            blockers.add(Blocker.RCA_PENDING);
        }
        if (closure.outcome() == null || closure.exitCriteriaMet() == null || closure.summary() == null
                || closure.summary().isBlank()) {
            blockers.add(Blocker.CLOSURE_QUESTIONS_UNANSWERED);
        }
        return blockers;
    }

    /** In scope, with everybody named, so no DRI can be unassigned. */
    private static Account complete(Account account) {
        Team team = account.team();
        return account.toBuilder().segment(account.segment() == Segment.OTHER ? Segment.TAM_SCALE : account.segment())
                .team(Team.builder().csm(team.csm()).accountExecutive("Alex").cse(team.cse())
                        .regionalManager(team.regionalManager()).regionalCseLeader(team.regionalCseLeader()).build())
                .professionalServicesProject(account.professionalServicesProject() == null ? null
                        : new ProfessionalServicesProject(account.professionalServicesProject().active(), "Pat"))
                .build();
    }

    /** Risks may suggest a severity above the generated one, a finding of its own: this property is about gaps. */
    private static Situation withoutRisks(Situation situation) {
        return situation == null ? null : situation.withRisks(List.of());
    }

    /**
     * Every checklist activity logged, updates inside every gap, facts complete; the random log is kept but for its
     * archivings, since an archived channel of an escalation still open is a finding of its own.
     */
    private static Escalation meetingEveryGap(Escalation escalation) {
        List<Activity> log = new ArrayList<>(escalation.activity().stream()
                .filter(a -> a.kind() != ActivityKind.CHANNEL_ARCHIVED).toList());
        for (ActivityKind kind : List.of(ActivityKind.CHANNEL_CREATED, ActivityKind.DRI_AND_ASKS_IDENTIFIED,
                ActivityKind.DECLARED, ActivityKind.CS_HELP_REQUEST_OPENED, ActivityKind.STANDUP_SCHEDULED,
                ActivityKind.STANDUP_HELD, ActivityKind.INTERNAL_UPDATE, ActivityKind.INVOLVED_INFORMED,
                ActivityKind.PRODUCT_DRI_ADDED, ActivityKind.GAINSIGHT_CTA_CREATED)) {
            log.add(Activity.of(kind, NOW.minus(Duration.ofMinutes(5))));
        }
        for (int day = 0; day < 3; day++) {
            log.add(Activity.of(ActivityKind.CUSTOMER_UPDATE, NOW.minus(Duration.ofDays(day).plusHours(1))));
        }
        SlackChannel channel = escalation.channel() == null ? null : new SlackChannel("#esc_acme", true);
        return escalation.toBuilder().activity(log).channel(channel).productDri("Dana")
                .exitCriteria("stable for two weeks").nextCustomerTouchpointAt(NOW.plus(Duration.ofDays(1)))
                .closedAt(null).build();
    }
}
