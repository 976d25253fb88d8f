package dev.escalation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code target/bin/decide} as a user does: installed under a path with a space, started from another directory,
 * beside a directory it may write its class-data archive to and beside one it may not. Whatever the archive, it prints
 * what {@code java -jar escalation-examples.jar decide} prints and exits alike.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    private static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    Path temp;

    private record Result(int status, String out, String err) {
    }

    /** The launcher and the jar as the build lays them out, copied to {@code temp/<name>}. */
    private Path install(String name) throws IOException {
        Path home = temp.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.copy(Path.of("target", "bin", "decide"), home.resolve("bin").resolve("decide"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Path.of("target", "escalation-examples.jar"), home.resolve("escalation-examples.jar"));
        return home;
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("launcher-it", ".out");
        Path err = Files.createTempFile("launcher-it", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(SAMPLES.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The launcher, run in the samples directory: the arguments are the caller's, relative to where it stands. */
    private static Result decide(Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("decide").toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private static Result javaJar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", Path.of("target", "escalation-examples.jar").toAbsolutePath().toString(),
                "decide"));
        command.addAll(List.of(args));
        return run(command);
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static Result opening;

    /** What {@code java -jar} prints for {@code opening.json}, run once for the tests that compare with it. */
    private static synchronized Result javaJarOnOpening() throws IOException, InterruptedException {
        if (opening == null) {
            opening = javaJar("opening.json");
        }
        return opening;
    }

    @Test
    void theFirstRunWritesTheArchiveAndEveryRunPrintsWhatJavaJarPrints() throws Exception {
        Path home = install("with space");
        Result expected = javaJarOnOpening();

        Result first = decide(home, "opening.json");
        Result second = decide(home, "opening.json");

        assertThat(expected.status()).isZero();
        assertThat(expected.out()).startsWith("{").contains("\"policyVersion\"");
        assertThat(first).isEqualTo(expected);
        assertThat(second).isEqualTo(expected);
        assertThat(home.resolve("decide.jsa")).isNotEmptyFile();
        assertThat(names(home)).as("no half-written archive left")
                .containsExactlyInAnyOrder("bin", "decide.jsa", "escalation-examples.jar");
    }

    /**
     * The archive holds the classes its run loaded: one from a run that stopped at a missing file or printed the help
     * would leave out the policy, the JSON and the drafts, and every later run would load them from the jar again.
     */
    @Test
    void aRunThatDecidesNothingWritesNoArchiveAndTheNextThatDecidesDoes() throws Exception {
        Path home = install("with space");

        Result missing = decide(home, "no-such-case.json");
        Result help = decide(home, "--help");
        boolean archivedBeforeDeciding = Files.exists(home.resolve("decide.jsa"));
        Result decided = decide(home, "opening.json");

        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("decide: cannot read no-such-case.json: no such file\n");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("usage: ");
        assertThat(archivedBeforeDeciding).as("an archive written before a run decided anything").isFalse();
        assertThat(decided).isEqualTo(javaJarOnOpening());
        assertThat(names(home)).containsExactlyInAnyOrder("bin", "decide.jsa", "escalation-examples.jar");
    }

    @Test
    void aBatchExitsAsJavaJarDoesAndPrintsTheSame() throws Exception {
        Path home = install("with space");

        Result result = decide(home, "--jsonl", "batch.jsonl");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result).isEqualTo(javaJar("--jsonl", "batch.jsonl"));
    }

    @Test
    void anArchiveOlderThanTheJarIsWrittenAgain() throws Exception {
        Path home = install("with space");
        decide(home, "opening.json");
        Path archive = home.resolve("decide.jsa");
        FileTime jar = Files.getLastModifiedTime(home.resolve("escalation-examples.jar"));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(jar.toMillis() - 3_600_000));

        Result result = decide(home, "opening.json");

        assertThat(result).isEqualTo(javaJarOnOpening());
        assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(jar);
    }

    @Test
    void aDirectoryThatCannotBeWrittenRunsWithoutTheArchiveAndSaysNothing() throws Exception {
        Path home = install("read only");
        readOnly(home);
        try {
            Result result = decide(home, "opening.json");

            assertThat(result).isEqualTo(javaJarOnOpening());
            assertThat(home.resolve("decide.jsa")).doesNotExist();
            try (var files = Files.list(home)) {
                assertThat(files).hasSize(2);
            }
        } finally {
            writable(home);
        }
    }

    /** Read-only for its owner; root ignores permissions, so there it is made immutable, where the system allows. */
    private static void readOnly(Path dir) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (canWrite(dir)) {
            chattr("+i", dir);
        }
        boolean writable = canWrite(dir);
        if (writable) {
            writable(dir);
        }
        Assumptions.assumeFalse(writable, "this user can write any directory, and chattr +i is not allowed");
    }

    private static boolean canWrite(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, "probe", null));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void writable(Path dir) throws IOException, InterruptedException {
        chattr("-i", dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Linux only, and not in every container: where it fails, the test is skipped (see above). */
    private static void chattr(String flag, Path dir) throws InterruptedException {
        try {
            new ProcessBuilder("chattr", flag, dir.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            // No chattr here: the directory stays writable, and readOnly says so.
        }
    }
}
