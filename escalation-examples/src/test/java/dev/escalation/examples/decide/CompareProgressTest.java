package dev.escalation.examples.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code decide --compare} shows its progress on standard error on a terminal only, never on standard output. */
class CompareProgressTest {

    private static final String CASE = "{\"now\":\"2026-03-02T15:30:00Z\",\"account\":{\"name\":\"Acme Corp\","
            + "\"segment\":\"CSM_MANAGED\"},\"emergency\":{\"ticketId\":\"ZD-1\","
            + "\"startedAt\":\"2026-03-02T13:00:00Z\"}}\n";

    private static String[] run(boolean terminal) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Decide.run(new String[] {"--compare"},
                new ByteArrayInputStream(CASE.repeat(2_500).getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal);
        assertThat(status).isZero();
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aTerminalSeesTheCountEveryThousandCasesAndAtTheEnd() {
        String[] run = run(true);

        assertThat(run[1]).isEqualTo("\rcompared 1000 cases\rcompared 2000 cases\rcompared 2500 cases"
                + System.lineSeparator());
        assertThat(run[0]).startsWith("{\"summary\":{\"cases\":2500,").doesNotContain("compared");
    }

    @Test
    void elsewhereStandardErrorStaysEmpty() {
        String[] run = run(false);

        assertThat(run[1]).isEmpty();
        assertThat(run[0]).isEqualTo(run(true)[0]);
    }
}
