package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.account;
import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Escalation;
import dev.escalation.model.Severity;
import dev.escalation.model.SlackChannel;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.OpenInScope;
import dev.escalation.rules.facts.SuggestedChannel;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * channel.drl: POLICY.md 2.7 (S2: Temporary Slack Channel). The folding of names is tested in {@code ChannelNamesTest}.
 *
 * <p>Literal readings: a given channel's name is checked as given, case-sensitively, after at most one leading
 * {@code #}; {@code esc_} alone is a valid prefix; the suggested name is given for every in-scope escalation.
 * (v3) {@code CHANNEL_ARCHIVED_WHILE_OPEN} looks only at activities at or after {@code openedAt} (one exactly at it
 * counts); an archiving with no creation after opening is enough; at equal instants the later in the input is the
 * last; the finding has no details.
 */
class ChannelRulesTest {

    private final RuleHarness channel = RuleHarness.of("channel.drl");

    private RuleHarness.Run given(String name, boolean isPublic) {
        return channel.run(new InScope(), new OpenInScope(), escalation().channel(new SlackChannel(name, isPublic))
                .build(), account().build());
    }

    @Test
    void theSuggestedChannelFoldsTheCustomerName() {
        var run = channel.run(new InScope(), escalation().build(), account().name("Société Générale").build());

        assertThat(run.fired()).isEqualTo(Map.of("2.7/suggested-channel", 1));
        assertThat(run.derived(SuggestedChannel.class)).containsExactly(new SuggestedChannel("#esc_societe_generale"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#acme", "acme", "##esc_acme", "#ESC_acme", " #esc_acme", "#esc", "#escacme", "#es_c"})
    void aGivenChannelWithoutThePrefixIsFlagged(String name) {
        var run = given(name, true);

        assertThat(run.fired()).containsEntry("2.7/channel-name-invalid", 1)
                .doesNotContainKey("2.7/channel-not-public");
        assertThat(run.derived(Finding.class)).singleElement().satisfies(f -> assertThat(f.details())
                .isEqualTo(Map.of("channel", name, "expectedPrefix", "#esc_", "suggested", "#esc_acme_corp")));
    }

    /** "esc_acme" and "#esc_acme" are the same channel (POLICY.md 2.7). */
    @ParameterizedTest
    @ValueSource(strings = {"#esc_acme", "esc_acme", "#esc_", "esc_", "#esc_a\nb"})
    void aNameStartingWithEscWithOrWithoutHashIsFine(String name) {
        assertThat(given(name, true).fired()).doesNotContainKeys("2.7/channel-name-invalid", "2.7/channel-not-public");
    }

    @Test
    void aGivenPrivateChannelIsFlagged() {
        var run = given("#esc_acme", false);

        assertThat(run.fired()).containsEntry("2.7/channel-not-public", 1)
                .doesNotContainKey("2.7/channel-name-invalid");
        assertThat(run.derived(Finding.class)).singleElement().satisfies(f -> {
            assertThat(f.is(FindingCode.CHANNEL_NOT_PUBLIC)).isTrue();
            assertThat(f.details()).isEqualTo(Map.of("channel", "#esc_acme"));
        });
    }

    @Test
    void outOfScopeOrClosedAGivenChannelIsNotChecked() {
        var outOfScope = channel.run(escalation().channel(new SlackChannel("acme", false)).build(), account().build());
        var closed = channel.run(new InScope(), escalation().channel(new SlackChannel("acme", false))
                .closedAt(RuleHarness.NOW).build(), account().build());

        assertThat(outOfScope.fired()).isEmpty();
        assertThat(closed.fired()).isEqualTo(Map.of("2.7/suggested-channel", 1));
    }

    /** POLICY.md 2.8 (v3; S2: "This channel will remain open until the escalation is closed"). */
    @Nested
    class ArchivedWhileOpen {

        /** channel.drl on the questions, which say whether the escalation is actively managed. */
        private final RuleHarness archived = RuleHarness.of("questions.drl", "channel.drl")
                .ignoring(CadenceRulesTest.QUESTIONS);

        private final Instant opened = ago(48, 0);

        private RuleHarness.Run with(Activity... activity) {
            return archived.run(new OpenInScope(), escalation().openedAt(opened).activity(activity).build());
        }

        private Activity created(Instant at) {
            return Activity.of(ActivityKind.CHANNEL_CREATED, at);
        }

        private Activity archivedAt(Instant at) {
            return Activity.of(ActivityKind.CHANNEL_ARCHIVED, at);
        }

        @Test
        void aChannelArchivedAfterItsCreationIsFlagged() {
            var run = with(created(opened), archivedAt(ago(2, 0)));

            assertThat(run.fired()).isEqualTo(Map.of("2.8/channel-archived-while-open", 1));
            assertThat(run.derived(Finding.class)).singleElement().satisfies(f -> {
                assertThat(f.is(FindingCode.CHANNEL_ARCHIVED_WHILE_OPEN)).isTrue();
                assertThat(f.details()).isEmpty();
            });
            assertThat(run.explanation()).filteredOn(e -> e.ruleId().equals("2.8/channel-archived-while-open"))
                    .singleElement().satisfies(e -> assertThat(e.reason()).contains(ago(2, 0).toString()));
        }

        @Test
        void aChannelCreatedAgainOrNeverArchivedIsFine() {
            assertThat(with(created(opened), archivedAt(ago(2, 0)), created(ago(1, 0))).fired()).isEmpty();
            assertThat(with(created(opened)).fired()).isEmpty();
            assertThat(with().fired()).isEmpty();
        }

        @Test
        void anArchivingWithoutCreationIsFlagged() {
            assertThat(with(archivedAt(ago(1, 0))).fired()).containsEntry("2.8/channel-archived-while-open", 1);
        }

        /** The last in the order of {@code at}, not of the input; at equal instants, the later in the input. */
        @Test
        void theLastIsByInstantThenInputOrder() {
            Instant same = ago(3, 0);

            assertThat(with(created(same), archivedAt(same)).fired())
                    .containsEntry("2.8/channel-archived-while-open", 1);
            assertThat(with(archivedAt(same), created(same)).fired()).isEmpty();
            assertThat(with(archivedAt(ago(1, 0)), created(ago(2, 0))).fired())
                    .containsEntry("2.8/channel-archived-while-open", 1);
            assertThat(with(created(ago(1, 0)), archivedAt(ago(2, 0))).fired()).isEmpty();
        }

        /** Activities before the opening are another escalation's: at {@code openedAt} counts, a second before not. */
        @Test
        void onlyActivitiesAtOrAfterTheOpeningCount() {
            assertThat(with(archivedAt(opened)).fired()).containsEntry("2.8/channel-archived-while-open", 1);
            assertThat(with(archivedAt(opened.minusSeconds(1))).fired()).isEmpty();
            assertThat(with(archivedAt(opened.minusSeconds(1)), created(opened)).fired()).isEmpty();
            assertThat(with(created(opened.minusSeconds(1)), archivedAt(opened)).fired())
                    .containsEntry("2.8/channel-archived-while-open", 1);
        }

        /** S2 lets the channel be archived once the issue is resolved; a later change of severity flags it again. */
        @Test
        void notWhileMonitoringNorOnceClosed() {
            Activity archivedEarly = archivedAt(ago(2, 0));
            Activity reduced = Activity.of(ActivityKind.RISK_REDUCED, ago(3, 0));

            assertThat(with(created(opened), reduced, archivedEarly).fired()).isEmpty();
            assertThat(with(created(opened), reduced, archivedEarly,
                    Activity.severityChanged(ago(1, 0), Severity.HIGH)).fired())
                    .containsEntry("2.8/channel-archived-while-open", 1);
            Escalation closed = escalation().openedAt(opened).closedAt(ago(1, 0))
                    .activity(created(opened), archivedEarly).build();
            assertThat(archived.run(new InScope(), closed).fired()).isEmpty();
        }
    }
}
