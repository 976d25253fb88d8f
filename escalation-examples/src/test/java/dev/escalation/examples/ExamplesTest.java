package dev.escalation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each example program runs and prints its answer, so none can rot. */
class ExamplesTest {

    @Test
    void theJarRunsEachExampleByName() {
        for (String name : new String[] {"convert-emergency", "open-escalation", "daily-review", "close-escalation",
                "next-review"}) {
            int[] status = new int[1];
            String printed = captured(() -> status[0] = CommandRun.of("", name).status());
            assertThat(status[0]).as(name).isZero();
            assertThat(printed).as(name).isNotBlank();
        }
    }

    @Test
    void examplesPrintTheirAnswers() {
        assertThat(captured(() -> ConvertEmergency.main(new String[0])))
                .contains("recommended: true", "[LONG_RUNNING_NO_RESOLUTION, OUTSIDE_FACTORS_BLOCKED]",
                        "reach out:   CSM (Casey Jones), SUPPORT_MANAGER_ON_CALL (nobody named)");
        assertThat(captured(() -> OpenEscalation.main(new String[0])))
                .contains("DRI:          PS_PROJECT_MANAGER (Pat Quinn)", "channel:      #esc_initech",
                        "SCHEDULE_INTERNAL_STANDUP due 2026-03-03T15:30:00Z");
        assertThat(captured(() -> DailyReview.main(new String[0])))
                .contains("5 findings:", "CHECKLIST_ITEM_OVERDUE {item=INFORM_INVOLVED", "INTERNAL_UPDATE_OVERDUE",
                        "CUSTOMER_UPDATES_TOO_FEW {count=1, minimum=3", "STANDUP_OVERDUE {cadence=MULTIPLE_TIMES_PER_WEEK",
                        "GAINSIGHT_CTA_MISSING {caseOpenedAt=2026-03-02T17:00:00Z");
        assertThat(captured(() -> CloseEscalation.main(new String[0])))
                .contains("before the RCA: ready false, blockers [RCA_PENDING]", "after the RCA:  ready true");
    }

    /** The service re-assesses one second after each nextReviewAt, and each time the announced finding has come. */
    @Test
    void theServiceReviewsAtEachNextReviewAndFindsWhatWasAnnounced() {
        assertThat(captured(() -> NextReview.main(new String[0])))
                .contains("ESC-42 at 2026-03-09T19:00:00Z: 0 findings",
                        "  upcoming 2026-03-10T14:00:00Z CHECKLIST_ITEM_OVERDUE SCHEDULE_INTERNAL_STANDUP",
                        "  next review after 2026-03-10T14:00:00Z",
                        "ESC-42 at 2026-03-10T14:00:01Z: 1 findings",
                        "  now      CHECKLIST_ITEM_OVERDUE SCHEDULE_INTERNAL_STANDUP",
                        "ESC-42 at 2026-03-10T17:00:01Z: 2 findings", "  now      INTERNAL_UPDATE_OVERDUE",
                        "ESC-42 at 2026-03-11T15:00:01Z: 3 findings", "  now      NEXT_TOUCHPOINT_MISSING",
                        "  next review after 2026-03-11T17:00:00Z");
    }

    @Test
    void theDemoWalksFromEmergencyToClosure() {
        CommandRun run = CommandRun.of("", "demo");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("convert to an account escalation: not yet",
                "convert to an account escalation: recommended", "finding CALL_OVER_THREE_HOURS",
                "DRI ACCOUNT_EXECUTIVE (Alex Morgan)", "finding CHECKLIST_ITEM_OVERDUE",
                "may close: false, blocked by [CLOSURE_QUESTIONS_UNANSWERED]",
                "may close: true, steps [POST_CLOSURE_UPDATE", "post in #escalated_customers: true",
                "[S2: Escalation DRI]");
    }

    /** One run of bench (a few seconds), in the mode that times the rules alone in the fresh JVM. */
    @Test
    void benchPrintsItsFiguresLast() {
        CommandRun run = CommandRun.of("", "bench", "--cases", "200", "--warmup", "1", "--threads", "2",
                "--first-rules-alone");

        assertThat(run.status()).isZero();
        assertThat(run.out()).containsPattern("fresh JVM: standard policy built in \\d+ ms, first 1,000 runs of the"
                + " rules alone \\(no explanation, nothing assembled\\) took \\d+\\.\\d\\d s");
        assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow())
                .matches("median_us=\\d+\\.\\d reference_ratio=\\d+\\.\\d throughput_per_s=\\d+ kbase_ms=\\d+\\.\\d"
                        + " first_1000_rules_alone_s=\\d+\\.\\d\\d floor_ratio=\\d+\\.\\d");
        assertThat(CommandRun.of("", "bench", "--cases", "x").status()).isEqualTo(2);
    }

    private static String captured(Runnable main) {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
