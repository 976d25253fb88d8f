package dev.escalation.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code #esc_} channel name of POLICY.md 2.7, folded exactly as specified. Literal reading: the folded name is
 * trimmed of {@code _} first and cut to 80 characters after, so a cut may end in {@code _}.
 */
class ChannelNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Acme Corp|#esc_acme_corp",
        "  Société Générale  |#esc_societe_generale",
        "Ünïcode--Tëst!!|#esc_unicode_test",
        "__already_folded__|#esc_already_folded",
        "ACME 2000 (EMEA)|#esc_acme_2000_emea",
        "Smørrebrød & Co|#esc_sm_rrebr_d_co",
        "日本 Acme|#esc_acme",
    })
    void foldsToLowerCaseAsciiRunsOfOthersBecomeOneUnderscore(String account, String channel) {
        assertThat(ChannelNames.suggest(account)).contains(channel);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!", "株式会社", "___"})
    void aNameOfNothingButOtherCharactersFoldsToNothing(String account) {
        assertThat(ChannelNames.suggest(account)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"75,80", "76,80", "200,80", "74,79"})
    void theWholeNameIsCutToEightyCharacters(int letters, int expectedLength) {
        String name = ChannelNames.suggest("a".repeat(letters)).orElseThrow();

        assertThat(name).hasSize(expectedLength).startsWith("#esc_a");
    }

    @Test
    void aCutMayEndInAnUnderscore() {
        String name = ChannelNames.suggest("a".repeat(74) + " tail").orElseThrow();

        assertThat(name).isEqualTo("#esc_" + "a".repeat(74) + "_");
    }
}
