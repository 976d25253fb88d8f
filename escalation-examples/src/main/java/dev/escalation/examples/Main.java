package dev.escalation.examples;

import java.io.PrintStream;
import java.util.Arrays;

/** The examples jar's entry point: {@code java -jar escalation-examples.jar <command> [options]}. */
public final class Main {

    private Main() {
    }

    /**
     * @param args the command and its options
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs a command without exiting, for tests.
     *
     * @param args the command and its options
     * @param out  standard output
     * @param err  standard error
     * @return the exit status
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "demo":
                return Demo.run(out);
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

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: java -jar escalation-examples.jar <command>",
                "",
                "commands:",
                "  demo    walk one escalation and print each decision with its reasons",
                "  help    print this help",
                "");
    }
}
