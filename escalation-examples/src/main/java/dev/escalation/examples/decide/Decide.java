package dev.escalation.examples.decide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.validation.InvalidEscalationInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code decide}: one JSON case in (standard input or a file), one JSON decision out (POLICY.md section 3).
 * Exit status 0 on success, 2 on bad input or usage (one line on standard error naming every field at fault),
 * 1 on an internal error; never a stack trace.
 */
public final class Decide {

    static final String USAGE = String.join("\n",
            "usage: java -jar escalation-examples.jar decide [options] [FILE]",
            "",
            "Reads one case as JSON from FILE (or standard input) and writes the decision as JSON.",
            "Input keys: now (required), account (required), emergency, situation, escalation, event.",
            "",
            "options:",
            "  --jsonl            one case per line in, one decision per line out; a bad line gives",
            "                     {\"line\": N, \"error\": \"...\"} in its place and exit status 2 at the end",
            "  --explain          also write a readable explanation to standard error",
            "  --format FORMAT    json (default), or mermaid: the DRI flowchart with this case's path highlighted",
            "  --help             print this help",
            "",
            "exit status: 0 decided, 2 bad input or usage, 1 internal error",
            "");

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final EscalationPolicy policy;

    private Decide(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.policy = EscalationPolicy.standard();
    }

    /**
     * @param args the options and the optional file
     * @param in   standard input
     * @param out  standard output
     * @param err  standard error
     * @return the exit status
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("decide: " + e.getMessage() + " (try: decide --help)");
            return 2;
        }
        if (options.help()) {
            out.print(USAGE);
            return 0;
        }
        try {
            return new Decide(options, out, err).decide(in);
        } catch (UncheckedIOException e) {
            String why = e.getCause() instanceof NoSuchFileException ? "no such file" : e.getCause().getMessage();
            err.println("decide: cannot read " + options.inputName() + ": " + why);
            return 2;
        } catch (RuntimeException | Error e) {
            err.println("decide: internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }

    private int decide(InputStream stdin) {
        try (BufferedReader input = open(stdin)) {
            return options.jsonl() ? decideLines(input) : decideOne(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BufferedReader open(InputStream stdin) throws IOException {
        if (options.file() == null || options.file().equals("-")) {
            return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(options.file()), StandardCharsets.UTF_8);
    }

    private int decideOne(BufferedReader input) throws IOException {
        StringBuilder json = new StringBuilder();
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            json.append(line).append('\n');
        }
        CaseInput caseInput;
        Assessment assessment;
        try {
            caseInput = CaseReader.read(json.toString());
            assessment = policy.assess(caseInput.escalationCase(), caseInput.now());
        } catch (InvalidEscalationInputException e) {
            err.println("decide: invalid input: " + e.getMessage());
            return 2;
        }
        if (options.mermaid()) {
            out.print(DriFlowchart.of(assessment.plan()));
        } else {
            out.println(pretty(AssessmentWriter.write(assessment)));
        }
        if (options.explain()) {
            err.print(ExplanationText.of(assessment, caseInput.now()));
        }
        return 0;
    }

    private int decideLines(BufferedReader input) throws IOException {
        boolean anyBad = false;
        int number = 0;
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            number++;
            try {
                CaseInput caseInput = CaseReader.read(line);
                Assessment assessment = policy.assess(caseInput.escalationCase(), caseInput.now());
                out.println(compact(AssessmentWriter.write(assessment)));
                if (options.explain()) {
                    err.print("line " + number + ": " + ExplanationText.of(assessment, caseInput.now()));
                }
            } catch (InvalidEscalationInputException e) {
                anyBad = true;
                ObjectNode error = CaseReader.MAPPER.createObjectNode();
                error.put("line", number);
                error.put("error", e.getMessage());
                out.println(compact(error));
            }
        }
        return anyBad ? 2 : 0;
    }

    private static String pretty(ObjectNode node) {
        try {
            return CaseReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String compact(ObjectNode node) {
        try {
            return CaseReader.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The command line, parsed. */
    record Options(boolean jsonl, boolean explain, boolean mermaid, boolean help, String file) {

        static Options parse(String[] args) {
            boolean jsonl = false;
            boolean explain = false;
            boolean mermaid = false;
            boolean help = false;
            String file = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--jsonl" -> jsonl = true;
                    case "--explain" -> explain = true;
                    case "--help", "-h" -> help = true;
                    case "--format" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("--format needs a value: json or mermaid");
                        }
                        String format = args[++i];
                        if (!format.equals("json") && !format.equals("mermaid")) {
                            throw new IllegalArgumentException("unknown format " + format + ": json or mermaid");
                        }
                        mermaid = format.equals("mermaid");
                    }
                    default -> {
                        if (arg.startsWith("--") || file != null) {
                            throw new IllegalArgumentException(file != null && !arg.startsWith("--")
                                    ? "one input file at most, got " + file + " and " + arg
                                    : "unknown option " + arg);
                        }
                        file = arg;
                    }
                }
            }
            if (jsonl && mermaid) {
                throw new IllegalArgumentException("--format mermaid takes one case, not --jsonl");
            }
            return new Options(jsonl, explain, mermaid, help, file);
        }

        String inputName() {
            return file == null || file.equals("-") ? "standard input" : file;
        }
    }
}
