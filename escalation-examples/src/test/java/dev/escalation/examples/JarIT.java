package dev.escalation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded {@code escalation-examples.jar} in a process of its own, as the README does: the knowledge base
 * must build from the jar (Drools' service files merged), and the commands must keep their exit statuses.
 */
class JarIT {

    private static final Path JAR = Path.of("target", "escalation-examples.jar");

    private record Result(int status, String out, String err) {
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        return java(List.of(), args);
    }

    private static Result java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jar-it", ".out");
        Path err = Files.createTempFile("jar-it", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("samples", "emergency.json").toFile())).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void decideAnswersASampleFromTheJar() throws Exception {
        Result result = java("decide", "samples/daily-review.json");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(Files.readString(Path.of("samples", "expected", "daily-review.json")));
    }

    /**
     * The library logs nothing at INFO when a policy is built, with added rules (compiled at run time) or without:
     * a host that logs INFO sees no line of ours or of Drools'.
     */
    @Test
    void buildingAPolicyLogsNothingAtInfo() throws Exception {
        List<String> info = List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");

        Result standard = java(info, "decide", "samples/daily-review.json");
        Result added = java(info, "decide", "--rules", "samples/renewals.drl", "samples/renewal-blocked.json");

        assertThat(standard.status()).isZero();
        assertThat(standard.err()).isEmpty();
        assertThat(added.status()).isZero();
        assertThat(added.err()).isEmpty();
        assertThat(added.out()).contains("SEVERITY_BELOW_TEAM_POLICY");
    }

    @Test
    void decideReadsStandardInput() throws Exception {
        Result result = java("decide");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo(Files.readString(Path.of("samples", "expected", "emergency.json")));
    }

    @Test
    void badInputExitsTwoWithOneLineAndNoStackTrace() throws Exception {
        Result result = java("decide", "samples/bad-input.json");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString().startsWith("decide: invalid input: ");
    }

    @Test
    void twoProcessesWriteTheSameBytes() throws Exception {
        Result first = java("decide", "--jsonl", "samples/batch.jsonl");
        Result second = java("decide", "--jsonl", "samples/batch.jsonl");

        assertThat(first.status()).isEqualTo(2);
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(first.out()).isEqualTo(Files.readString(Path.of("samples", "expected", "batch.jsonl")));
    }

    @Test
    void decideChecksTheShippedScenariosFromTheJar() throws Exception {
        Result result = java("decide", "--check", "scenarios/standard");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines()).last().asString().startsWith("11/11 scenarios passed; rules fired ");
    }

    @Test
    void theDemoRuns() throws Exception {
        Result result = java("demo");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("may close: true");
        assertThat(result.err()).isEmpty();
    }
}
