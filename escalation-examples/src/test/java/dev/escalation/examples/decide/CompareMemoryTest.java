package dev.escalation.examples.decide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.examples.Main;
import dev.escalation.json.CaseInput;
import dev.escalation.json.EscalationJson;
import dev.escalation.model.EscalationCase;
import dev.escalation.reference.RealisticCases;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code decide --compare} over 100,000 realistic cases in a JVM whose heap is {@value #HEAP}: a run that kept
 * anything per case (a comparison is kilobytes) could not finish in it, and every full collection leaves less than
 * {@value #LIVE_LIMIT_MB} MB. It prints the heap each full collection leaves, from the JVM's GC log. Many minutes on
 * two shared cores, so it runs only with {@code -Ddryrun.memory=true} ({@code -Ddryrun.cases=N} for another size).
 */
@EnabledIfSystemProperty(named = "dryrun.memory", matches = "true")
class CompareMemoryTest {

    private static final int CASES = Integer.getInteger("dryrun.cases", 100_000);
    private static final String HEAP = "32m";
    /** A full collection in the unified GC log, the heap left after it in group 1: {@code Pause Full ... 30M->8M}. */
    private static final Pattern FULL_COLLECTION = Pattern.compile("Pause Full .* \\d+M->(\\d+)M");
    /** Above the 8 to 11 MB a run holds, below what 100 bytes kept per case would add over 100,000 cases. */
    private static final int LIVE_LIMIT_MB = 16;

    @TempDir
    Path files;

    @Test
    void aHundredThousandCasesRunInASmallHeap() throws Exception {
        Path settings = Files.writeString(files.resolve("tighter.json"),
                "{\"conversionThreshold\": \"PT2H\", \"internalUpdateGap\": \"PT12H\"}");
        Path gc = files.resolve("gc.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-XX:+UseSerialGC", "-Xlog:gc:file=" + gc, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "decide", "--compare", "--settings", settings.toString(), "--threads", "2");
        Process process = new ProcessBuilder(command).redirectError(files.resolve("err.txt").toFile()).start();
        long start = System.nanoTime();
        CompletableFuture<Void> input = CompletableFuture.runAsync(() -> write(process.getOutputStream()));
        long lines = 0;
        String last = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = line;
                lines++;
            }
        }
        assertThat(process.waitFor(30, TimeUnit.MINUTES)).isTrue();
        input.join();
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(process.exitValue()).as(Files.readString(files.resolve("err.txt"))).isZero();
        assertThat(last).startsWith("{\"summary\":{\"cases\":" + CASES + ",");
        List<Integer> live = new ArrayList<>();
        for (String entry : Files.readAllLines(gc)) {
            Matcher full = FULL_COLLECTION.matcher(entry);
            if (full.find()) {
                live.add(Integer.parseInt(full.group(1)));
            }
        }
        System.out.printf("decide --compare over %,d cases with -Xmx%s: %.0f s, %,d changed lines; live heap after "
                        + "each of %d full collections: first %d MB, last %d MB, largest %d MB%n", CASES, HEAP,
                seconds, lines - 1, live.size(), live.get(0), live.get(live.size() - 1),
                live.stream().max(Integer::compare).orElseThrow());
        // What survives a full collection is what the run holds: the policies and the cases in flight, 8 to 11 MB.
        assertThat(live).as("live heap after each full collection, MB").allMatch(mb -> mb < LIVE_LIMIT_MB);
    }

    /** Writes the batch as it is read, cycling through 2,000 realistic cases, so this JVM holds no batch either. */
    private static void write(OutputStream stdin) {
        try (Writer batch = new BufferedWriter(new OutputStreamWriter(stdin, StandardCharsets.UTF_8))) {
            ObjectMapper json = new ObjectMapper();
            List<String> lines = new ArrayList<>();
            for (EscalationCase c : RealisticCases.generate(2_000, 20_261_123L)) {
                lines.add(json.readTree(EscalationJson.writeCase(new CaseInput(RealisticCases.NOW, c))).toString());
            }
            for (int i = 0; i < CASES; i++) {
                batch.write(lines.get(i % lines.size()));
                batch.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
