package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.model.Account;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Segment;
import dev.escalation.settings.PolicySettings;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every assessment names the policy that made it; same rules and settings, same id; any change, another id. */
class PolicyVersionTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");
    private static final EscalationCase CASE = EscalationCase.of(Account.builder("Acme", Segment.OTHER).build()).build();

    @Test
    void theSameRulesAndSettingsGiveTheSameId() {
        EscalationPolicy rebuilt = EscalationPolicy.builder().build();

        assertThat(rebuilt.version()).isEqualTo(EscalationPolicy.standard().version())
                .matches("0\\.1\\.0-SNAPSHOT\\+[0-9a-f]{16}");
        assertThat(EscalationPolicy.standard().assess(CASE, NOW).policyVersion())
                .isEqualTo(EscalationPolicy.standard().version());
    }

    @Test
    void anotherSettingGivesAnotherId() {
        EscalationPolicy tuned = EscalationPolicy.builder()
                .settings(PolicySettings.builder().callLimit(Duration.ofHours(2)).build()).build();

        assertThat(tuned.version()).isNotEqualTo(EscalationPolicy.standard().version());
        assertThat(tuned.assess(CASE, NOW).policyVersion()).isEqualTo(tuned.version());
    }

    @Test
    void anAddedRuleGivesAnotherIdAndLineEndingsDoNot() {
        String drl = "package x;\nrule \"noop\"\nwhen\n    eval(false)\nthen\nend\n";
        EscalationPolicy unix = EscalationPolicy.builder().addRules("noop.drl", drl).build();
        EscalationPolicy windows = EscalationPolicy.builder().addRules("noop.drl", drl.replace("\n", "\r\n")).build();

        assertThat(unix.version()).isNotEqualTo(EscalationPolicy.standard().version()).isEqualTo(windows.version());
    }
}
