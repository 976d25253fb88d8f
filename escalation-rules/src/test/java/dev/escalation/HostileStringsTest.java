package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.ChannelNames;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.EscalationRole;
import dev.escalation.model.Account;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Closure;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * User text is data only: it is never concatenated into DRL or evaluated as MVEL. Each hostile string goes through
 * every string field and comes back verbatim where the policy echoes it, with the JVM still running.
 */
class HostileStringsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");
    private static final EscalationPolicy POLICY = EscalationPolicy.standard();

    @ParameterizedTest
    @ValueSource(strings = {"\"); System.exit(1); //", "${jndi:ldap://evil/x}", "#{7*7}", "@{1+1}",
        "${System.exit(1)}", "$1 \\ $2 {$running}", "end\nrule \"evil\" when then System.exit(1); end",
        "insert(new java.io.File(\"x\"))", "<!channel> <@U123>"})
    void everyStringFieldKeepsItsTextVerbatim(String text) {
        String name = text + " Corp";
        Account account = Account.builder(name, Segment.OTHER).strategicPartnership(true)
                .team(Team.builder().accountExecutive(text).cse(text).regionalManager(text).regionalCseLeader(text)
                        .build())
                .professionalServicesProject(new ProfessionalServicesProject(true, text)).build();
        Escalation escalation = Escalation.builder(Severity.HIGH, NOW.minus(Duration.ofHours(2))).productRelated(true)
                .productDri(text).channel(new SlackChannel(text, false)).exitCriteria(text)
                .closure(Closure.builder().summary(text).build()).build();
        Emergency emergency = Emergency.builder(text, NOW.minus(Duration.ofHours(5))).build();

        Assessment assessment = POLICY.assess(EscalationCase.of(account).emergency(emergency).escalation(escalation)
                .build(), NOW);

        var plan = assessment.plan().orElseThrow();
        assertThat(plan.dri()).isEqualTo(Assignment.of(EscalationRole.ACCOUNT_EXECUTIVE, text));
        assertThat(plan.channel()).isEqualTo(ChannelNames.suggest(name).orElseThrow());
        assertThat(assessment.findings(FindingCode.CHANNEL_NOT_PUBLIC)).extracting(Finding::details)
                .containsExactly(java.util.Map.of("channel", text));
        assertThat(assessment.explanation()).anySatisfy(e -> assertThat(e.reason())
                .isEqualTo("emergency " + text + ": the conversion is advice, decided together with the Support "
                        + "Manager On-call"));
        assertThat(assessment.explanation()).anySatisfy(e -> assertThat(e.reason())
                .contains("the account executive (" + text + ") is DRI"));
    }

    @Test
    void aPlaceholderInUserTextIsNotFilledIn() {
        Emergency emergency = Emergency.builder("{$running}", NOW.minus(Duration.ofHours(4))).build();

        Assessment assessment = POLICY.assess(EscalationCase.of(Account.builder("Acme", Segment.OTHER).build())
                .emergency(emergency).build(), NOW);

        assertThat(assessment.explanation()).anySatisfy(e -> assertThat(e.reason()).startsWith("emergency {$running}:"));
    }
}
