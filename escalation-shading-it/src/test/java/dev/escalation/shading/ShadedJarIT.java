package dev.escalation.shading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs a service that embeds the library from the two uber jars this module's build makes, each in a process of its
 * own as {@code java -jar} would: {@code consumer-readme.jar}, shaded exactly as docs/packaging.md's "Shaded jars" says, and
 * {@code consumer-common.jar}, shaded the common way (signature excludes, no transformers).
 */
class ShadedJarIT {

    private static final String SUPPLIERS = "META-INF/services/org.drools.wiring.api.ComponentsSupplier";
    private static final String INCOMPLETE = "added: java.lang.IllegalStateException: Drools is incomplete on this "
            + "classpath: " + SUPPLIERS + " does not name org.drools.wiring.dynamic.DynamicComponentsSupplier "
            + "(drools-wiring-dynamic), which is here; a shaded jar must merge service files (maven-shade-plugin: "
            + "ServicesResourceTransformer), see 'Shaded jars' in docs/packaging.md";

    private record Result(int status, String out, String err) {
    }

    private static Result java(String jar, String... modes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-jar", Path.of("target", jar).toString()));
        command.addAll(List.of(modes));
        Path out = Files.createTempFile("shaded-it", ".out");
        Path err = Files.createTempFile("shaded-it", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String entry(String jar, String name) throws IOException {
        try (JarFile file = new JarFile(Path.of("target", jar).toFile())) {
            var entry = file.getJarEntry(name);
            return entry == null ? null : new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theReadmeJarRunsTheStandardPolicyAndOneWithAnAddedRule() throws Exception {
        Result result = java("consumer-readme.jar", "standard", "added");

        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("""
                standard: recommended true
                added: recommended true, findings [TEAM_NOTED]
                """);
    }

    /**
     * The executable model runs with the one components supplier shade kept; compiling added rules needs the other,
     * and says so in one line, the same on a second attempt (no NoClassDefFoundError after a failed first one).
     */
    @Test
    void theCommonJarRunsTheStandardPolicyAndRefusesAddedRulesInOneLine() throws Exception {
        Result result = java("consumer-common.jar", "standard", "added", "added", "standard");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("""
                standard: recommended true
                standard: recommended true
                """);
        assertThat(result.err().lines()).containsExactly(INCOMPLETE, INCOMPLETE);
        assertThat(result.err()).hasSizeLessThan(1_000);
    }

    /** The common jar is the broken case: of the two files at one path, shade kept drools-wiring-static's alone. */
    @Test
    void theCommonJarLostOneServiceEntryAndTheReadmeJarKeptBoth() throws Exception {
        assertThat(entry("consumer-common.jar", SUPPLIERS)).contains("StaticComponentsSupplier")
                .doesNotContain("DynamicComponentsSupplier");
        assertThat(entry("consumer-readme.jar", SUPPLIERS)).contains("StaticComponentsSupplier")
                .contains("DynamicComponentsSupplier");
        // ecj is signed: without the signature excludes neither jar would start.
        assertThat(entry("consumer-common.jar", "META-INF/ECLIPSE_.SF")).isNull();
        assertThat(entry("consumer-readme.jar", "META-INF/ECLIPSE_.SF")).isNull();
    }

    /** docs/packaging.md shows the very transformers and filters the readme jar was built with. */
    @Test
    void theDocsShowTheConfigurationThisModuleBuildsWith() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "packaging.md"));
        String section = page.substring(page.indexOf("## Shaded jars"), page.indexOf("## Runtime dependencies"));
        Matcher xml = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(xml.find()).as("an xml block in docs/packaging.md's Shaded jars").isTrue();
        String shown = normalized(xml.group(1));
        String pom = Files.readString(Path.of("pom.xml"));
        String execution = normalized(pom.substring(pom.indexOf("<id>consumer-readme</id>"),
                pom.indexOf("</execution>", pom.indexOf("<id>consumer-readme</id>"))));

        for (String block : List.of("transformers", "filters")) {
            Matcher part = Pattern.compile("<" + block + ">.*?</" + block + ">").matcher(shown);
            assertThat(part.find()).as(block + " in docs/packaging.md").isTrue();
            assertThat(execution).as(block).contains(part.group());
        }
    }

    /** XML without comments, and with one space wherever there was white space, none between tags. */
    private static String normalized(String xml) {
        return xml.replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", " ").replaceAll("> <", "><").strip();
    }
}
