package dev.escalation.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Test listener: counts the rules that fire in one session by {@linkplain #idOf(Rule) id}, and remembers every rule
 * that fired anywhere in the suite for {@link RuleCoverageTest}: in this JVM, and, when the build names a folder in the
 * system property {@value #RECORD}, in a file of this JVM's own there (one line per rule the first time it fires), so
 * that test JVMs never overwrite each other; the build empties the folder before the tests.
 */
final class FiredRules extends DefaultAgendaEventListener {

    /** The system property naming the folder where each test JVM records the rules fired in it. */
    static final String RECORD = "fired.rules.record";

    /** The id of every rule that fired in any session of this JVM. */
    static final Set<String> EVER = ConcurrentHashMap.newKeySet();

    private static final Path RECORDED = recordFile();

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String rule = idOf(event.getMatch().getRule());
        counts.merge(rule, 1, Integer::sum);
        if (EVER.add(rule) && RECORDED != null) {
            record(rule);
        }
    }

    /** @return the id of each rule that fired in this session and how many times, in first-firing order */
    Map<String, Integer> counts() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /**
     * Tests name rules by id, so that a rule is renamed in its DRL alone.
     *
     * @param rule a rule of a knowledge base
     * @return its {@code @id}; for a rule without one (a test's own), its package and name, as its explanation says
     */
    static String idOf(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id != null ? String.valueOf(id) : rule.getPackageName() + "/" + rule.getName();
    }

    private static synchronized void record(String rule) {
        try {
            Files.write(RECORDED, List.of(rule), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path recordFile() {
        String name = System.getProperty(RECORD);
        if (name == null) {
            return null;
        }
        try {
            Path file = Path.of(name).resolve("jvm-" + ProcessHandle.current().pid() + ".txt");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
