package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.account;
import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.SlackChannel;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.OpenInScope;
import dev.escalation.rules.facts.SuggestedChannel;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * channel.drl: POLICY.md 2.7 (S2: Temporary Slack Channel). The folding of names is tested in {@code ChannelNamesTest}.
 *
 * <p>Literal readings: a given channel's name is checked as given, case-sensitively, after at most one leading
 * {@code #}; {@code esc_} alone is a valid prefix; the suggested name is given for every in-scope escalation.
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
}
