package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.decision.Assessment;
import dev.escalation.model.Cadence;
import dev.escalation.model.EscalationCase;
import dev.escalation.rules.internal.GeneratedModel;
import dev.escalation.rules.internal.RuleBase;
import dev.escalation.rules.internal.RuleSource;
import dev.escalation.rules.internal.StandardRules;
import dev.escalation.settings.PolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The standard rules reach the engine two ways: the executable model generated from the DRL at build time (the
 * standard policy, and any policy with other settings only) and the DRL compiled at run time (any policy with added
 * rules). Both must hold the same rules and decide alike, explanations included; and a model generated from other DRL
 * than the classpath holds must be refused. The rule tests run both ways too (see {@code RuleHarness}).
 */
class GeneratedModelTest {

    private static final Instant NOW = ArbitraryCases.NOW;
    // DifferentialTest also runs every fifth of its 16,000 cases on the rules compiled at run time, against the
    // reference: here the two ways are compared with each other directly, on fewer cases.
    private static final int DEFAULT_CASES = 2_000;
    private static final int CUSTOM_CASES = 500;
    private static final int REPORTED = 3;

    private static final PolicySettings CUSTOM = PolicySettings.builder()
            .conversionThreshold(Duration.ofHours(2))
            .upgradeProblemCount(3)
            .standupDeadline(Duration.ofHours(12))
            .customerUpdateGap(Cadence.WEEKLY_TO_BIWEEKLY, null)
            .customerUpdateGap(Cadence.STANDARD, Duration.ofDays(30))
            .customerUpdatesPerWeek(5)
            .callLimit(Duration.ofHours(1))
            .build();

    @Test
    void bothWaysHoldTheSameRulesWithTheSameMetadata() {
        Map<String, Map<String, Object>> generated = metadataByRule(RuleBase.generated().knowledgeBase());
        Map<String, Map<String, Object>> compiled = metadataByRule(RuleBase.build(RuleBase.standardRules())
                .knowledgeBase());

        assertThat(generated).isNotEmpty().isEqualTo(compiled);
        assertThat(generated.keySet().stream().map(rule -> rule.substring(rule.indexOf('/') + 1)))
                .as("the rules the standard DRL files declare").containsExactlyInAnyOrderElementsOf(
                        RuleBase.build(RuleBase.standardRules()).declarationOrder().keySet());
    }

    @Test
    void bothWaysAssessAlikeExplanationsIncluded() {
        long seed = ArbitraryCases.seed("GeneratedModelTest");
        Iterator<EscalationCase> cases = ArbitraryCases.valid(seed).iterator();
        List<String> mismatches = new ArrayList<>();
        int[] count = new int[1];
        compare("default", cases, DEFAULT_CASES, EscalationPolicy.standard(),
                Compilation.DRL_AT_RUN_TIME.policy(PolicySettings.defaults()), mismatches, count);
        compare("custom", cases, CUSTOM_CASES, Compilation.GENERATED_AT_BUILD_TIME.policy(CUSTOM),
                Compilation.DRL_AT_RUN_TIME.policy(CUSTOM), mismatches, count);

        assertThat(mismatches).as("%d of %d cases differ (seed %d); the first ones:%n%s", count[0],
                DEFAULT_CASES + CUSTOM_CASES, seed, String.join("\n", mismatches)).isEmpty();
    }

    @Test
    void aModelGeneratedFromOtherDrlIsRefused() {
        StandardRules standard = StandardRules.get();
        Map<String, String> digests = new HashMap<>(standard.digests());
        digests.put("closure.drl", "0".repeat(64));

        assertThatThrownBy(() -> GeneratedModel.of(new StandardRules(standard.sources(), digests)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closure.drl changed after the model was generated");
    }

    @Test
    void aModelWithoutARuleTheDrlDeclaresIsRefused() {
        StandardRules standard = StandardRules.get();
        List<RuleSource> sources = new ArrayList<>(standard.sources());
        RuleSource scope = sources.get(RuleBase.STANDARD_FILES.indexOf("scope.drl"));
        sources.set(sources.indexOf(scope), new RuleSource(scope.name(), scope.drl()
                + "\nrule \"A rule added without generating the model again\"\nwhen\nthen\nend\n"));

        assertThatThrownBy(() -> GeneratedModel.of(new StandardRules(sources, standard.digests())).knowledgeBase())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only in the DRL [A rule added without generating the model again]");
    }

    @Test
    void policiesWithOtherSettingsKeepTheirOwnVersion() {
        EscalationPolicy tuned = EscalationPolicy.builder().settings(CUSTOM).build();

        assertThat(tuned.version()).isNotEqualTo(EscalationPolicy.standard().version())
                .isEqualTo(Compilation.DRL_AT_RUN_TIME.policy(CUSTOM).version());
        assertThat(Compilation.DRL_AT_RUN_TIME.policy(PolicySettings.defaults()).version())
                .isEqualTo(EscalationPolicy.standard().version());
    }

    private static void compare(String label, Iterator<EscalationCase> cases, int n, EscalationPolicy generated,
                                EscalationPolicy compiled, List<String> mismatches, int[] count) {
        for (int i = 0; i < n; i++) {
            EscalationCase c = cases.next();
            Assessment expected = compiled.assess(c, NOW);
            Assessment actual = generated.assess(c, NOW);
            // Finding equality ignores the order of details: compare the printed form too
            if (!actual.equals(expected) || !actual.toString().equals(expected.toString())) {
                count[0]++;
                if (mismatches.size() < REPORTED) {
                    mismatches.add(label + " #" + i + ": " + c + "\n  compiled at run time: " + expected
                            + "\n  generated model:      " + actual);
                }
            }
        }
    }

    private static Map<String, Map<String, Object>> metadataByRule(KieBase knowledgeBase) {
        Map<String, Map<String, Object>> rules = new TreeMap<>();
        for (KiePackage kiePackage : knowledgeBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                rules.put(kiePackage.getName() + "/" + rule.getName(), new TreeMap<>(rule.getMetaData()));
            }
        }
        return rules;
    }
}
