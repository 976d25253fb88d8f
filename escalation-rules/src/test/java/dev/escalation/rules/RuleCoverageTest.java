package dev.escalation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Every rule of the standard knowledge base, by id, must have fired in some test of the suite. The build runs this test
 * after every other (see the pom), reading the ids of the rules they fired from the files in the folder the system
 * property {@value #RECORDED} names, one per test JVM; it fails when there is none. Run alone, it fails, since nothing
 * fired.
 */
class RuleCoverageTest {

    /** The system property naming the folder where the rest of the suite recorded the rules it fired. */
    static final String RECORDED = "fired.rules.recorded";

    @Test
    void everyStandardRuleFiredSomewhereInTheSuite() throws IOException {
        Set<String> rules = new TreeSet<>();
        for (KiePackage kiePackage : RuleHarness.all().knowledgeBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                rules.add(FiredRules.idOf(rule));
            }
        }
        Set<String> fired = new TreeSet<>(FiredRules.EVER);
        String recorded = System.getProperty(RECORDED);
        if (recorded != null) {
            List<Path> files;
            try (Stream<Path> listed = Files.isDirectory(Path.of(recorded)) ? Files.list(Path.of(recorded))
                    : Stream.empty()) {
                files = listed.filter(file -> file.toString().endsWith(".txt")).toList();
            }
            assertThat(files).as("the rules fired by the rest of the suite, recorded in %s", recorded).isNotEmpty();
            for (Path file : files) {
                fired.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(rules).as("rules in the knowledge base").isNotEmpty();
        assertThat(fired).as("rules that fired in the suite (recorded in %s)", recorded).containsAll(rules);
    }
}
