package dev.escalation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Runs last (see {@code junit-platform.properties}): every rule of the standard knowledge base must have fired in
 * some test of the suite. Run alone, it fails, since nothing else fired.
 */
@Order(Integer.MAX_VALUE)
class RuleCoverageTest {

    @Test
    void everyStandardRuleFiredSomewhereInTheSuite() {
        Set<String> rules = new TreeSet<>();
        for (KiePackage kiePackage : RuleHarness.all().knowledgeBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                rules.add(rule.getName());
            }
        }
        assertThat(rules).as("rules in the knowledge base").isNotEmpty();
        assertThat(FiredRules.EVER).as("rules that fired in the suite (class order: %s)",
                ClassOrderer.OrderAnnotation.class.getSimpleName()).containsAll(rules);
    }
}
