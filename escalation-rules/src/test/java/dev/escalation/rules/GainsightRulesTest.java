package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.escalation;
import static dev.escalation.rules.RuleHarness.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Escalation;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.OpenInScope;
import dev.escalation.rules.facts.PsProjectEscalation;
import dev.escalation.settings.PolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Gainsight rule of cs-help-request.drl: POLICY.md 2.8 {@code GAINSIGHT_CTA_MISSING} (v3; S2: CS Help Request,
 * "The Salesforce case will create a Gainsight CTA. A sync between Salesforce and Gainsight happens every 2 hours").
 * Due at the first {@code CS_HELP_REQUEST_OPENED} + {@code gainsightSync} (2 h) + the grace for "immediately" (1 h);
 * given strictly after. {@code InScope} and {@code OpenInScope} are given, as questions.drl derives them; the CS Help
 * request follows from them unless a {@code PsProjectEscalation} is given.
 *
 * <p>Literal readings: "first" is the earliest by instant, whatever the input order; any
 * {@code GAINSIGHT_CTA_CREATED}, at any instant (even before the case), means the CTA exists; a monitoring escalation
 * keeps the finding (2.8: "every other finding of 2.5 to 2.8 stays").
 */
class GainsightRulesTest {

    private final RuleHarness request = RuleHarness.of("cs-help-request.drl").ignoring("2.5/cs-help-request");

    private static Activity caseOpened(Instant at) {
        return Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, at);
    }

    private RuleHarness.Run open(Escalation escalation, Object... more) {
        Object[] facts = new Object[more.length + 3];
        facts[0] = new InScope();
        facts[1] = new OpenInScope();
        facts[2] = escalation;
        System.arraycopy(more, 0, facts, 3, more.length);
        return request.run(facts);
    }

    @Test
    void theCtaIsMissingOnlyStrictlyAfterTheSyncAndTheGrace() {
        var atDue = open(escalation().activity(caseOpened(ago(3, 0))).build());
        var aSecondLater = open(escalation().activity(caseOpened(ago(3, 0).minusSeconds(1))).build());

        assertThat(atDue.fired()).isEmpty();
        assertThat(aSecondLater.fired()).isEqualTo(Map.of("2.8/gainsight-cta-missing", 1));
        assertThat(aSecondLater.derived(Finding.class)).singleElement().satisfies(f -> {
            assertThat(f.is(FindingCode.GAINSIGHT_CTA_MISSING)).isTrue();
            assertThat(f.details()).isEqualTo(Map.of("caseOpenedAt", ago(3, 0).minusSeconds(1),
                    "due", NOW.minusSeconds(1)));
            assertThat(f.details().keySet()).containsExactly("caseOpenedAt", "due");
        });
    }

    @Test
    void theFirstCaseCountsWhateverTheInputOrder() {
        var run = open(escalation().activity(caseOpened(ago(1, 0)), caseOpened(ago(5, 0))).build());

        assertThat(run.derived(Finding.class)).singleElement().satisfies(f -> assertThat(f.details())
                .containsEntry("caseOpenedAt", ago(5, 0)).containsEntry("due", ago(2, 0)));
    }

    @Test
    void aCtaCreatedOrNoCaseGivesNothing() {
        assertThat(open(escalation().activity(caseOpened(ago(9, 0)),
                Activity.of(ActivityKind.GAINSIGHT_CTA_CREATED, ago(9, 30))).build()).fired()).isEmpty();
        assertThat(open(escalation().openedAt(ago(9, 0)).build()).fired()).isEmpty();
    }

    @Test
    void theSyncIsASetting() {
        PolicySettings slowSync = PolicySettings.builder().gainsightSync(Duration.ofHours(4)).build();
        Escalation escalation = escalation().activity(caseOpened(ago(4, 0))).build();

        assertThat(open(escalation).fired()).containsEntry("2.8/gainsight-cta-missing", 1);
        assertThat(request.run(slowSync, NOW, new InScope(), new OpenInScope(), escalation).fired()).isEmpty();
    }

    /** No case for a PS project (2.5), and nothing once closed; monitoring keeps it. */
    @Test
    void notForAPsProjectNorAClosedEscalation() {
        Escalation stale = escalation().activity(caseOpened(ago(9, 0))).build();

        assertThat(open(stale, new PsProjectEscalation("Pat PM")).fired()).isEmpty();
        assertThat(request.run(new InScope(), stale.toBuilder().closedAt(NOW).build()).fired()).isEmpty();
        assertThat(open(stale.toBuilder().activity(caseOpened(ago(9, 0)),
                Activity.of(ActivityKind.RISK_REDUCED, ago(1, 0))).build()).fired())
                .containsEntry("2.8/gainsight-cta-missing", 1);
    }

    /** The finding follows from the CS Help request, which rests on an absence: a PS project known late withdraws it. */
    @Test
    void aPsProjectEscalationDerivedLateWithdrawsTheFinding() {
        var run = RuleHarness.withArrivals("cs-help-request.drl").run(new InScope(), new OpenInScope(),
                escalation().activity(caseOpened(ago(9, 0))).build(), new Arrival(new PsProjectEscalation("Late PM")));

        assertThat(run.fired()).containsEntry("2.8/gainsight-cta-missing", 1);
        assertThat(run.derived(Finding.class)).isEmpty();
        assertThat(run.explanation()).noneMatch(e -> e.ruleId().equals("2.8/gainsight-cta-missing"));
    }
}
