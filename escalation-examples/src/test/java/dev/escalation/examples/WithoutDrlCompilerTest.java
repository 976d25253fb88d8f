package dev.escalation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A service that adds no rules of its own may leave the DRL compiler out of its dependencies (docs/packaging.md, "Runtime
 * dependencies"): the standard rules come as an executable model generated at build time. {@code decide} runs here in
 * a process whose classpath lacks exactly the artifacts docs/packaging.md lists, and must decide the samples byte for byte
 * as with them; adding rules there fails with one line saying what is missing.
 */
class WithoutDrlCompilerTest {

    /** What docs/packaging.md says a user without DRL of their own may exclude, by artifact id. */
    static final Set<String> EXCLUDABLE = Set.of("ecj", "drools-ecj", "drools-mvel", "mvel2", "drools-wiring-dynamic",
            "drools-drl-parser", "drools-drl-ast", "drools-drl-extensions", "antlr4-runtime", "antlr-runtime",
            "kie-util-maven-support");

    private static final Pattern ARTIFACT = Pattern.compile("(.+?)-\\d[^/\\\\]*\\.jar");

    private record Result(int status, String out, String err) {
    }

    @Test
    void decideDecidesTheSamplesWithoutTheCompiler() throws Exception {
        Result batch = decide("--jsonl", "samples/batch.jsonl");
        Result one = decide("samples/daily-review.json");

        assertThat(batch.status()).as(batch.err()).isEqualTo(2); // the batch holds one bad line on purpose
        assertThat(batch.out()).isEqualTo(Files.readString(Path.of("samples", "expected", "batch.jsonl")));
        assertThat(one.status()).as(one.err()).isZero();
        assertThat(one.out()).isEqualTo(Files.readString(Path.of("samples", "expected", "daily-review.json")));
    }

    @Test
    void addedRulesSayTheCompilerIsMissing() throws Exception {
        Result result = decide("--rules", "samples/renewals.drl", "samples/renewal-blocked.json");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("decide: rules added to the standard ones are compiled from DRL when the policy is built")
                .contains("do not exclude drools-drl-parser, drools-mvel, mvel2");
    }

    /** Runs decide in a new JVM on this test's classpath without the excludable artifacts. */
    private static Result decide(String... args) throws IOException, InterruptedException {
        List<String> kept = new ArrayList<>();
        Set<String> left = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Matcher jar = ARTIFACT.matcher(Path.of(entry).getFileName().toString());
            if (jar.matches() && EXCLUDABLE.contains(jar.group(1))) {
                left.add(jar.group(1));
            } else {
                kept.add(entry);
            }
        }
        assertThat(left).as("every excludable artifact was on the classpath, and is left out").isEqualTo(EXCLUDABLE);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", String.join(File.pathSeparator, kept), Main.class.getName(), "decide"));
        command.addAll(Arrays.asList(args));
        Path out = Files.createTempFile("without-compiler", ".out");
        Path err = Files.createTempFile("without-compiler", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
