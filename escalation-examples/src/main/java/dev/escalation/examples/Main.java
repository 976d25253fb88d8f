package dev.escalation.examples;

import dev.escalation.examples.decide.Decide;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The examples jar's entry point: {@code java -jar escalation-examples.jar <command> [options]}. */
public final class Main {

    private Main() {
    }

    /**
     * @param args the command and its options
     */
    public static void main(String[] args) {
        // Buffered: decide --jsonl writes a line per case, and flushing each one costs more than deciding it.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        int status = run(args, System.in, out, System.err);
        out.flush();
        System.exit(status);
    }

    /**
     * Runs a command without exiting, for tests.
     *
     * @param args the command and its options
     * @param in   standard input
     * @param out  standard output
     * @param err  standard error
     * @return the exit status
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "demo":
                return Demo.run(out);
            case "decide":
                return Decide.run(rest, in, out, err);
            case "bench":
                return Bench.run(rest, out, err);
            case "convert-emergency":
                return example(() -> ConvertEmergency.main(rest));
            case "open-escalation":
                return example(() -> OpenEscalation.main(rest));
            case "daily-review":
                return example(() -> DailyReview.main(rest));
            case "close-escalation":
                return example(() -> CloseEscalation.main(rest));
            case "next-review":
                return example(() -> NextReview.main(rest));
            case "help":
            case "--help":
            case "-h":
                out.print(usage());
                return 0;
            default:
                err.println("unknown command: " + command + " (try: help)");
                return 2;
        }
    }

    private static int example(Runnable main) {
        main.run();
        return 0;
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: java -jar escalation-examples.jar <command>",
                "",
                "commands:",
                "  demo                walk one escalation and print each decision with its reasons",
                "  decide              JSON case in, JSON decision out (decide --help)",
                "  convert-emergency   example: should this emergency become an account escalation?",
                "  open-escalation     example: the plan and checklist of a new escalation",
                "  daily-review        example: what is overdue in a running escalation",
                "  close-escalation    example: may this escalation close?",
                "  next-review         example: a service that re-assesses at nextReviewAt instead of polling",
                "  bench               time the policy here: bench [--cases N] [--threads T] [--warmup SECONDS]",
                "                      [--first-rules-alone]",
                "  help                print this help",
                "");
    }
}
