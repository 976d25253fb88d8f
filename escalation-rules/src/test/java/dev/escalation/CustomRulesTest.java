package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.decision.Action;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Blocker;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Account;
import dev.escalation.model.Closure;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Initiative;
import dev.escalation.model.Outcome;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules of a team's own join the standard ones in one knowledge base and show in the assessment like them. */
class CustomRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");
    private static final Account PARTNER = Account.builder("Partner Inc", Segment.OTHER).strategicPartnership(true)
            .team(Team.builder().accountExecutive("Alex").build()).build();
    private static final Emergency RENEWAL_BLOCKED = Emergency.builder("ZD-5", NOW)
            .blockedInitiatives(Initiative.RENEWAL).build();

    private static EscalationPolicy withRenewals;

    @BeforeAll
    static void build() {
        withRenewals = EscalationPolicy.builder().addRulesFromClasspath("policy/renewals.drl").build();
    }

    @Test
    void aCustomRuleAddsItsFindingAndExplainsIt() {
        Assessment assessment = withRenewals.assess(EscalationCase.of(PARTNER).emergency(RENEWAL_BLOCKED)
                .escalation(Escalation.builder(Severity.MEDIUM, NOW).build()).build(), NOW);

        assertThat(assessment.findings()).last().isEqualTo(Finding.of("SEVERITY_BELOW_TEAM_POLICY",
                "severity", Severity.MEDIUM, "minimum", Severity.HIGH));
        assertThat(assessment.explanation()).last().isEqualTo(new Explanation("renewals/strategic-renewal-at-least-high",
                "A blocked renewal at a strategic partner is escalated at least HIGH", "Team policy: strategic renewals",
                "the renewal of strategic partner Partner Inc is blocked; severity MEDIUM is below HIGH"));
    }

    @Test
    void aCustomRuleStaysQuietWhenItsConditionsDoNotHold() {
        Assessment high = withRenewals.assess(EscalationCase.of(PARTNER).emergency(RENEWAL_BLOCKED)
                .escalation(Escalation.builder(Severity.HIGH, NOW).build()).build(), NOW);
        Assessment standard = EscalationPolicy.standard().assess(EscalationCase.of(PARTNER).emergency(RENEWAL_BLOCKED)
                .escalation(Escalation.builder(Severity.MEDIUM, NOW).build()).build(), NOW);

        assertThat(high.findings()).noneMatch(f -> f.code().equals("SEVERITY_BELOW_TEAM_POLICY"));
        assertThat(standard.findings()).noneMatch(f -> f.code().equals("SEVERITY_BELOW_TEAM_POLICY"));
    }

    /**
     * The added blocker fires before the standard rules (salience 100) or after readiness was concluded (salience
     * -100): either way readiness is withdrawn.
     */
    @ParameterizedTest(name = "salience {0}")
    @ValueSource(ints = {100, -100})
    void aCustomBlockerWithdrawsReadinessWhateverTheFiringOrder(int salience) {
        EscalationPolicy strict = EscalationPolicy.builder().addRules("strict.drl", """
                package com.example.strict;
                import dev.escalation.model.Escalation;
                import dev.escalation.decision.Blocker;
                rule "A platform escalation closes only with an RCA"
                    @id("strict/rca-always") @section("Team policy: RCAs") @reason("platform related: an RCA is always due")
                    salience %d
                when
                    Escalation(platformRelated, closure != null, !closure.rcaDelivered)
                then
                    insert(Blocker.RCA_PENDING);
                end
                """.formatted(salience)).build();
        Closure agreed = Closure.builder().customerAgreed(true).documented(true).driAgreed(true)
                .outcome(Outcome.POSITIVE).exitCriteriaMet(true).summary("done").build();
        EscalationCase closing = EscalationCase.of(PARTNER).escalation(Escalation.builder(Severity.LOW, NOW)
                .platformRelated(true).closure(agreed).build()).build();

        var standard = EscalationPolicy.standard().assess(closing, NOW).closure().orElseThrow();
        var custom = strict.assess(closing, NOW).closure().orElseThrow();

        assertThat(standard.ready()).isTrue();
        assertThat(custom.ready()).isFalse();
        assertThat(custom.blockers()).containsExactly(Blocker.RCA_PENDING);
        assertThat(custom.steps()).isEmpty();
        assertThat(strict.assess(closing, NOW).explanation()).extracting(Explanation::ruleId)
                .contains("strict/rca-always").doesNotContain("2.10/ready");
    }

    /**
     * The standard rules collect routes and findings per call while no rule matches them; a rule that does match them
     * makes them facts again, and sees every one.
     */
    @Test
    void aCustomRuleSeesTheDecisionsNoStandardRuleMatches() {
        EscalationPolicy watching = EscalationPolicy.builder().addRules("watch.drl", """
                package com.example.watch;
                import dev.escalation.decision.Finding;
                import dev.escalation.decision.Route;
                import dev.escalation.model.Situation;
                rule "An account escalation route is noted"
                when
                    Route(this == Route.ACCOUNT_ESCALATION)
                then
                    insert(Finding.of("ROUTED_TO_ACCOUNT_ESCALATION"));
                end
                rule "Out of scope is noted"
                when
                    Finding(code == "OUT_OF_SCOPE")
                    Situation()
                then
                    insert(Finding.of("NOTED_OUT_OF_SCOPE"));
                end
                """).build();
        EscalationCase atRisk = EscalationCase.of(Account.builder("Acme", Segment.OTHER).build())
                .situation(new dev.escalation.model.Situation(false, false, false, true)).build();

        Assessment watched = watching.assess(atRisk, NOW);
        Assessment standard = EscalationPolicy.standard().assess(atRisk, NOW);

        assertThat(watched.routes()).isEqualTo(standard.routes());
        assertThat(watched.findings()).extracting(Finding::code)
                .containsExactly("OUT_OF_SCOPE", "NOTED_OUT_OF_SCOPE", "ROUTED_TO_ACCOUNT_ESCALATION");
        assertThat(standard.findings()).extracting(Finding::code).containsExactly("OUT_OF_SCOPE");
    }

    @Test
    void rulesThatDoNotCompileAreReportedWithFileAndLine() {
        assertThatThrownBy(() -> EscalationPolicy.builder().addRules("typo.drl", """
                package com.example;
                rule "typo"
                when
                    Escalaton()
                then
                end
                """).build())
                .isInstanceOfSatisfying(PolicyDefinitionException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().startsWith("typo.drl:4:").contains("Escalaton"));
    }

    @Test
    void anAddedFileNeverReplacesAnotherWhateverItsName() {
        String noop = "package dev.escalation.rules.internal.model;\nrule \"%s\"\nwhen\n    eval(false)\nthen\nend\n";
        EscalationPolicy added = EscalationPolicy.builder().addRules("scope.drl", noop.formatted("one"))
                .addRules("scope.drl", noop.formatted("two")).addRules("notes.txt", """
                        package com.example;
                        import dev.escalation.model.Account;
                        import dev.escalation.decision.Finding;
                        rule "from a file not named .drl"
                        when
                            Account()
                        then
                            insert(Finding.of("TXT_RULE_RAN"));
                        end
                        """).build();

        Assessment assessment = added.assess(EscalationCase.of(Account.builder("Acme", Segment.CSM_MANAGED).build())
                .build(), NOW);

        assertThat(assessment.inScope()).as("the standard scope.drl is still there").isTrue();
        assertThat(assessment.findings()).extracting(Finding::code).containsExactly("TXT_RULE_RAN");
    }

    /** A type declared in the added DRL is compiled with it and lives in the policy's own class loader. */
    @Test
    void addedRulesMayDeclareTypesOfTheirOwn() {
        EscalationPolicy declaring = EscalationPolicy.builder().addRules("declared.drl", """
                package com.example;
                import dev.escalation.model.Account;
                import dev.escalation.decision.Finding;
                declare Tier
                    name : String
                end
                rule "A strategic partner is a top-tier account"
                when
                    Account(strategicPartnership)
                then
                    insert(new Tier("top"));
                end
                rule "A top-tier account is named in a finding"
                when
                    Tier($name : name)
                then
                    insert(Finding.of("TIER", "tier", $name));
                end
                """).build();

        Assessment assessment = declaring.assess(EscalationCase.of(PARTNER).build(), NOW);

        assertThat(assessment.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("TIER");
            assertThat(finding.details()).containsEntry("tier", "top");
        });
    }

    /**
     * A firing that wrote a decision to the per-call collector keeps its explanation while that decision stays in the
     * assessment, even when a rule of yours deletes the fact the same firing inserted besides.
     */
    @Test
    void aFiringWhoseCollectedDecisionsStayKeepsItsExplanation() {
        EscalationPolicy deleting = EscalationPolicy.builder().addRules("delete.drl", """
                package com.example;
                import dev.escalation.rules.facts.ConversionRecommended;
                rule "The recommendation fact is deleted after the standard rules concluded"
                    salience -100
                when
                    $recommended : ConversionRecommended()
                then
                    delete($recommended);
                end
                """).build();
        Account account = Account.builder("Acme", Segment.CSM_MANAGED).build();
        Emergency emergency = Emergency.builder("ZD-1", NOW.minus(Duration.ofHours(4))).build();

        Conversion conversion = deleting.adviseConversion(account, emergency, NOW);

        assertThat(conversion.actions()).contains(Action.CHOOSE_SEVERITY_LEVEL, Action.CONTACT_ESCALATION_DRI);
        assertThat(conversion.explanation()).extracting(Explanation::ruleId).contains("2.1/recommended");
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> EscalationPolicy.builder().addRulesFromClasspath("policy/none.drl"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no such classpath resource: policy/none.drl");
    }

    @Test
    void customFindingCodesSortAfterTheStandardOnes() {
        Assessment assessment = withRenewals.assess(EscalationCase.of(PARTNER).emergency(RENEWAL_BLOCKED)
                .escalation(Escalation.builder(Severity.LOW, NOW.minusSeconds(7200)).build()).build(), NOW);

        assertThat(assessment.findings()).extracting(Finding::code).endsWith("SEVERITY_BELOW_TEAM_POLICY")
                .contains(FindingCode.CHECKLIST_ITEM_OVERDUE.name());
    }
}
