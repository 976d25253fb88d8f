package dev.escalation.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The jar a host gets, as packaged: JMustache travels inside it, relocated, so nothing on the host's classpath is
 * named {@code com.samskivert} (which switches on Spring Boot's Mustache auto-configuration); it names its JPMS module;
 * sources and javadoc jars come with it.
 */
class LibraryJarIT {

    private static JarFile libraryJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("escalation-rules-[^-]+.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().matches(".*-(sources|javadoc|tests)\\.jar"))
                    .toList();
            assertThat(jars).as("the packaged library jar in target/").hasSize(1);
            return new JarFile(jars.get(0).toFile());
        }
    }

    @Test
    void jmustacheIsInsideAndRelocated() throws IOException {
        try (JarFile jar = libraryJar()) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();

            assertThat(names).noneMatch(n -> n.startsWith("com/samskivert"));
            assertThat(names).contains("dev/escalation/rules/internal/mustache/Mustache.class",
                    "dev/escalation/rules/internal/MessageDrafts.class",
                    "META-INF/LICENSE-jmustache.txt"); // its BSD license travels with the binary copy
        }
    }

    /**
     * What a host's IDE offers from this jar: the facade and the facts a rule of your own matches. The executable model
     * generated from the DRL (hundreds of public classes implementing Drools interfaces) and the relocated JMustache
     * live under {@code dev.escalation.rules.internal}, where javadoc and the README say nothing is API.
     */
    @Test
    void everyClassIsInTheFacadeTheFactsOrAnInternalPackage() throws IOException {
        try (JarFile jar = libraryJar()) {
            List<String> packages = jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.')).distinct().toList();

            assertThat(packages).contains("dev.escalation", "dev.escalation.rules.facts",
                    "dev.escalation.rules.internal", "dev.escalation.rules.internal.model");
            assertThat(packages).allMatch(p -> p.equals("dev.escalation") || p.equals("dev.escalation.rules.facts")
                    || p.startsWith("dev.escalation.rules.internal"));
        }
    }

    @Test
    void theJarNamesItsModuleAndComesWithSourcesAndJavadoc() throws IOException {
        try (JarFile jar = libraryJar()) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isEqualTo("dev.escalation.rules");
        }
        try (var files = Files.list(Path.of("target"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.endsWith("-sources.jar")).anyMatch(n -> n.endsWith("-javadoc.jar"));
        }
    }
}
