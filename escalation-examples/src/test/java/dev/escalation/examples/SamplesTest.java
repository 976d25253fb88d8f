package dev.escalation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped sample is decided byte for byte as {@code samples/expected/} says, so the examples of the docs stay
 * true and the output stays deterministic. After an intended change of output, regenerate with
 * {@code mvn -pl escalation-examples test -Dtest=SamplesTest -Dsamples.update=true} and review the diff.
 */
class SamplesTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final java.util.Set<String> NOT_CASES = java.util.Set.of("bad-input.json", "settings.json",
            "weekdays.json", "two-hours.json");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .filter(n -> !NOT_CASES.contains(n)).sorted().toList().stream();
        }
    }

    private static void check(String expectedFile, String actual) throws IOException {
        Path expected = SAMPLES.resolve("expected").resolve(expectedFile);
        if (Boolean.getBoolean("samples.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everySampleIsDecidedAsExpected(String file) throws IOException {
        CommandRun run = CommandRun.of("", "decide", SAMPLES.resolve(file).toString());

        assertThat(run.status()).as(run.err()).isZero();
        check(file, run.out());
    }

    @Test
    void theBatchSampleAnswersEveryLineAndFlagsTheBadOne() throws IOException {
        CommandRun run = CommandRun.of("", "decide", "--jsonl", SAMPLES.resolve("batch.jsonl").toString());

        assertThat(run.status()).isEqualTo(2);
        check("batch.jsonl", run.out());
    }

    /**
     * Friday's update is not overdue on Monday morning for a team that works Monday to Friday: it comes due on Monday
     * at 16:00 in New York (20:00 UTC, after the change to daylight saving time), 24 working hours after Friday 16:00.
     */
    @Test
    void theWeekdaysSettingsCountOnlyWorkingDays() throws IOException {
        CommandRun wallClock = CommandRun.of("", "decide", SAMPLES.resolve("monday-morning.json").toString());
        CommandRun weekdays = CommandRun.of("", "decide", "--settings", SAMPLES.resolve("weekdays.json").toString(),
                SAMPLES.resolve("monday-morning.json").toString());

        assertThat(weekdays.status()).isZero();
        assertThat(findings(wallClock.out())).contains("\"code\" : \"INTERNAL_UPDATE_OVERDUE\"");
        assertThat(findings(weekdays.out())).doesNotContain("\"code\" : \"INTERNAL_UPDATE_OVERDUE\"");
        assertThat(weekdays.out()).contains("\"nextReviewAt\" : \"2026-03-09T20:00:00Z\"");
        check("monday-morning-weekdays.json", weekdays.out());
    }

    /** @return the part of decide's output that lists the findings, before what is upcoming */
    private static String findings(String decided) {
        return decided.substring(decided.indexOf("\"findings\""), decided.indexOf("\"upcoming\""));
    }

    @Test
    void theBadSampleIsRefused() {
        CommandRun run = CommandRun.of("", "decide", SAMPLES.resolve("bad-input.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("decide: invalid input: account.tier: unknown field");
    }

    @Test
    void theSameCaseGivesTheSameBytesTwice() {
        String file = SAMPLES.resolve("daily-review.json").toString();

        assertThat(CommandRun.of("", "decide", file).out()).isEqualTo(CommandRun.of("", "decide", file).out());
    }
}
