package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.Explanation;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Event;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import dev.escalation.rules.internal.RuleBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link EscalationPolicy#rules()}: every rule, standard and added, named as the explanation names it. */
class PolicyRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"", Pattern.MULTILINE);

    @Test
    void theStandardPolicyListsEveryRuleOfItsFilesOnceById() {
        long declared = RuleBase.standardRules().stream().mapToLong(source -> RULE.matcher(source.drl()).results()
                .count()).sum();

        List<PolicyRule> rules = EscalationPolicy.standard().rules();

        assertThat(rules).hasSize((int) declared);
        assertThat(rules).extracting(PolicyRule::id).doesNotHaveDuplicates()
                .contains("2.1/long-running-no-resolution", "2.10/ready");
        assertThat(rules).filteredOn(r -> r.id().equals("2.1/long-running-no-resolution")).singleElement()
                .isEqualTo(new PolicyRule("2.1/long-running-no-resolution",
                        "An emergency running long with no resolution in sight calls for an account escalation",
                        "S0: When to start an Account Escalation"));
    }

    @Test
    void rulesComeInTheOrderOfTheExplanation() {
        EscalationCase busy = EscalationCase.of(Account.builder("Acme", Segment.CSM_MANAGED)
                        .team(Team.builder().csm("Casey").build()).build())
                .emergency(Emergency.builder("ZD-1", NOW.minus(Duration.ofHours(4))).build())
                .escalation(Escalation.builder(Severity.HIGH, NOW.minus(Duration.ofDays(3)))
                        .activity(Activity.of(ActivityKind.DECLARED, NOW.minus(Duration.ofDays(2)))).build())
                .event(Event.OPENED).build();
        Assessment assessment = EscalationPolicy.standard().assess(busy, NOW);
        List<String> order = EscalationPolicy.standard().rules().stream().map(PolicyRule::id).toList();

        List<Integer> positions = assessment.explanation().stream().map(Explanation::ruleId).map(order::indexOf)
                .toList();

        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @Test
    void addedRulesAreListedWithTheStandardOnesWhateverTheirMetadata() {
        EscalationPolicy policy = EscalationPolicy.builder().addRulesFromClasspath("policy/renewals.drl")
                .addRules("bare.drl", """
                        package com.example.bare;
                        import dev.escalation.model.Account;
                        rule "An account is noticed"
                        when
                            Account()
                        then
                        end
                        query "accounts"
                            Account()
                        end
                        """).build();

        List<PolicyRule> rules = policy.rules();

        assertThat(rules).hasSize(EscalationPolicy.standard().rules().size() + 2);
        assertThat(rules).contains(new PolicyRule("renewals/strategic-renewal-at-least-high",
                        "A blocked renewal at a strategic partner is escalated at least HIGH",
                        "Team policy: strategic renewals"),
                new PolicyRule("com.example.bare/An account is noticed", "An account is noticed", "custom rule"));
        assertThat(rules).extracting(PolicyRule::name).doesNotContain("accounts");
    }
}
