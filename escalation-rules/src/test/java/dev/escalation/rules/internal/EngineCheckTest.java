package dev.escalation.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.rules.internal.EngineCheck.Entry;
import dev.escalation.rules.internal.EngineCheck.Use;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table of Drools' service entries is complete, and the check names what an unmerged uber jar lost. */
class EngineCheckTest {

    private static final String SUPPLIER = "org.drools.wiring.api.ComponentsSupplier";
    private static final String STATIC = "org.drools.wiring.statics.StaticComponentsSupplier";
    private static final String DYNAMIC = "org.drools.wiring.dynamic.DynamicComponentsSupplier";

    @TempDir
    Path temp;

    /** Every "service implementation" line of the Drools and KIE jars on this test's classpath. */
    private static Set<String> shippedEntries() throws IOException {
        Set<String> shipped = new TreeSet<>();
        List<String> jars = new ArrayList<>();
        for (String element : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String name = Path.of(element).getFileName().toString();
            if (!name.endsWith(".jar") || !(name.startsWith("drools-") || name.startsWith("kie-"))) {
                continue;
            }
            jars.add(name);
            try (JarFile jar = new JarFile(element)) {
                for (var entry : Collections.list(jar.entries())) {
                    String path = entry.getName();
                    if (!path.startsWith("META-INF/services/") || entry.isDirectory()) {
                        continue;
                    }
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(jar.getInputStream(entry),
                            StandardCharsets.UTF_8))) {
                        in.lines().map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty())
                                .forEach(line -> shipped.add(path.substring("META-INF/services/".length()) + " "
                                        + line));
                    }
                }
            }
        }
        assertThat(jars).as("Drools jars on the test classpath").contains("drools-core-10.1.0.jar",
                "drools-wiring-dynamic-10.1.0.jar", "drools-model-compiler-10.1.0.jar", "drools-tms-10.1.0.jar");
        return shipped;
    }

    @Test
    void theTableListsEveryServiceEntryOfTheDroolsJars() throws IOException {
        Set<String> shipped = shippedEntries();
        Set<String> listed = EngineCheck.ENTRIES.stream().map(e -> e.service() + " " + e.implementation())
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> toAdd = new TreeSet<>(shipped);
        toAdd.removeAll(listed);
        Set<String> toRemove = new TreeSet<>(listed);
        toRemove.removeAll(shipped);
        assertThat(toAdd).as("service entries to add to EngineCheck.ENTRIES (find out, by hiding each, which use "
                + "needs it)").isEmpty();
        assertThat(toRemove).as("entries of EngineCheck.ENTRIES no Drools jar ships any longer").isEmpty();
    }

    @Test
    void aCompleteClasspathPassesForBothUses() {
        ClassLoader loader = getClass().getClassLoader();

        assertThat(EngineCheck.check(loader, Use.GENERATED)).isEmpty();
        assertThat(EngineCheck.check(loader, Use.COMPILED)).isEmpty();
    }

    /** What shade without transformers does: of the two files, the first one's, drools-wiring-static's, is kept. */
    @Test
    void anUnmergedComponentsSupplierFailsCompilingInOneLineButNotTheStandardRules() throws IOException {
        ClassLoader loader = withServiceFile(SUPPLIER, STATIC);

        assertThat(EngineCheck.check(loader, Use.GENERATED)).isEmpty();
        assertThat(EngineCheck.check(loader, Use.COMPILED)).contains("Drools is incomplete on this classpath: "
                + "META-INF/services/org.drools.wiring.api.ComponentsSupplier does not name "
                + "org.drools.wiring.dynamic.DynamicComponentsSupplier (drools-wiring-dynamic), which is here; a shaded "
                + "jar must merge service files (maven-shade-plugin: ServicesResourceTransformer), see "
                + "'Shaded jars' in docs/packaging.md");
    }

    @Test
    void eitherComponentsSupplierServesTheStandardRules() throws IOException {
        assertThat(EngineCheck.check(withServiceFile(SUPPLIER, DYNAMIC), Use.GENERATED)).isEmpty();
        assertThat(EngineCheck.check(withServiceFile(SUPPLIER, DYNAMIC), Use.COMPILED)).isEmpty();
        assertThat(EngineCheck.check(withServiceFile(SUPPLIER), Use.GENERATED)).hasValueSatisfying(line -> assertThat(
                line).contains("ComponentsSupplier does not name " + STATIC + " (drools-wiring-static), which is here;")
                .doesNotContain("\n"));
    }

    @Test
    void everyMissingEntryIsNamedOnTheOneLine() throws IOException {
        ClassLoader loader = withServiceFile("org.kie.api.KieServices",
                withServiceFile("org.drools.core.reteoo.RuntimeComponentFactory", getClass().getClassLoader()));

        assertThat(EngineCheck.check(loader, Use.GENERATED)).contains("Drools is incomplete on this classpath: "
                + "META-INF/services/org.kie.api.KieServices does not name "
                + "org.drools.compiler.kie.builder.impl.KieServicesImpl (drools-compiler), and "
                + "META-INF/services/org.drools.core.reteoo.RuntimeComponentFactory does not name "
                + "org.drools.kiesession.factory.RuntimeComponentFactoryImpl (drools-kiesession), which are here; a shaded "
                + "jar must merge service files (maven-shade-plugin: ServicesResourceTransformer), see "
                + "'Shaded jars' in docs/packaging.md");
    }

    @Test
    void theTableSaysWhatEachUseNeeds() {
        Map<Use, Long> checked = java.util.Arrays.stream(Use.values()).collect(Collectors.toMap(u -> u,
                u -> EngineCheck.ENTRIES.stream().filter(e -> e.neededBy().contains(u)).count()));

        assertThat(checked).containsEntry(Use.GENERATED, 6L).containsEntry(Use.COMPILED, 12L);
        assertThat(EngineCheck.ENTRIES).filteredOn(e -> e.alternative() != null).extracting(Entry::implementation)
                .containsExactly(STATIC);
    }

    /** A class loader that sees {@code service}'s file as naming {@code implementations} only, in every jar. */
    private ClassLoader withServiceFile(String service, String... implementations) throws IOException {
        return withServiceFile(service, getClass().getClassLoader(), implementations);
    }

    private ClassLoader withServiceFile(String service, ClassLoader parent, String... implementations)
            throws IOException {
        Path file = Files.writeString(temp.resolve(service + "-" + implementations.length),
                String.join("\n", implementations) + "\n");
        URL url = file.toUri().toURL();
        String hidden = "META-INF/services/" + service;
        return new ClassLoader(parent) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals(hidden) ? Collections.enumeration(List.of(url)) : super.getResources(name);
            }
        };
    }
}
