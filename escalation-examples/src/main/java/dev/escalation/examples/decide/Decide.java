package dev.escalation.examples.decide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escalation.Batched;
import dev.escalation.CaseAt;
import dev.escalation.EscalationPolicy;
import dev.escalation.PolicyDefinitionException;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Moment;
import dev.escalation.json.CaseInput;
import dev.escalation.json.EscalationJson;
import dev.escalation.json.PolicyComparison;
import dev.escalation.model.EscalationCase;
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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code decide}: one JSON case in (standard input or a file), one JSON decision out (POLICY.md section 3); with
 * {@code --check}, scenario files checked (see {@link CheckScenarios}); with {@code --compare}, the dry run of a
 * policy change over a batch (see {@link Compare}).
 * Exit status 0 on success, 2 on bad input or usage (one line on standard error naming every field at fault),
 * 1 on an internal error or a failed check; never a stack trace.
 */
public final class Decide {

    static final String USAGE = String.join("\n",
            "usage: java -jar escalation-examples.jar decide [options] [FILE]",
            "       java -jar escalation-examples.jar decide --check [--coverage-min P] [options] PATH...",
            "       java -jar escalation-examples.jar decide --compare [--settings FILE] [--rules FILE.drl]",
            "              [--baseline-settings FILE] [--baseline-rules FILE.drl] [--format markdown] [FILE]",
            "",
            "Reads one case as JSON from FILE (or standard input) and writes the decision as JSON.",
            "Input keys: now (required), account (required), emergency, situation, escalation, event; the",
            "field names of POLICY.md section 1, version 3 (version 2: situation.impact and risks,",
            "escalation.openedSeverity and closedAt, a SEVERITY_CHANGED activity's severity; version 3:",
            "emergency.shiftEndsAt, which may lie after now, and the activity kinds RISK_REDUCED,",
            "INVOLVED_INFORMED, PRODUCT_DRI_ADDED, GAINSIGHT_CTA_CREATED, CLOSURE_POSTED, CLOSURE_ANNOUNCED,",
            "CHANNEL_ARCHIVED, SENTIMENT_UPDATED). The decision also says what comes next if nothing is done:",
            "upcoming, and nextReviewAt, when to decide the case again.",
            "With --check, checks scenario files instead (a case plus \"name\" and \"expect\"; see docs/testing.md):",
            "one line per scenario, ok NAME or FAIL NAME: path: got X, want Y, then the rules that fired.",
            "With --compare, reads a batch of cases, one per line, and decides each with two policies: the",
            "candidate (--settings and --rules) and the baseline (the standard policy, or --baseline-settings",
            "and --baseline-rules). One JSON line per changed case: {\"line\": N, \"changed\": [keys],",
            "\"before\": {...}, \"after\": {...}, \"findings\": {\"appeared\": [...], \"disappeared\": [...]},",
            "\"rules\": {\"onlyBefore\": [ids], \"onlyAfter\": [ids]}} (a key a policy leaves out is null), a bad",
            "line gives {\"line\": N, \"error\": \"...\"}, then one {\"summary\": {...}} line with the counts.",
            "",
            "options:",
            "  --jsonl            one case per line in, one decision per line out; a bad line gives",
            "                     {\"line\": N, \"error\": \"...\"} in its place and exit status 2 at the end",
            "  --threads N        with --jsonl: decide on N threads, output still in input order (default 1)",
            "  --explain          also write a readable explanation to standard error",
            "  --format FORMAT    json (default), or mermaid: the DRI flowchart with this case's path highlighted,",
            "                     or with --compare markdown: a report of the counts and the first changed cases",
            "  --settings FILE    policy settings as JSON, e.g. {\"conversionThreshold\": \"PT2H\"}; the rest keep",
            "                     their defaults (durations in ISO-8601: PT3H, P14D). Gaps per cadence in",
            "                     customerUpdateGaps and standupGaps ({\"STANDARD\": \"P30D\"}, null for none); gaps",
            "                     counted on working days with {\"calendar\": {\"zone\": \"Europe/Berlin\",",
            "                     \"workingDays\": [\"MONDAY\", ...], \"holidays\": [\"2026-12-25\"]}}; version 3 adds",
            "                     handoverWindow, managerStepInAfter, gainsightSync and closingStepsGrace",
            "  --rules FILE.drl   add rules of your own to the standard ones (repeatable)",
            "  --replay STEP      replay the case from --from (default: its first instant) to now, every STEP",
            "                     (ISO-8601, e.g. PT6H) and at every activity; one JSON line per point in time",
            "  --from INSTANT     where --replay starts",
            "  --check PATH...    check the scenarios in these .json and .jsonl files and folders",
            "  --coverage-min P   with --check: fail when fewer than P % of the rules (standard and added) fired",
            "  --compare          compare two policies over a batch (--threads N: each policy on N threads)",
            "  --baseline-settings FILE, --baseline-rules FILE.drl",
            "                     with --compare: the baseline's settings and added rules, as for the candidate",
            "  --help             print this help",
            "",
            "exit status: 0 decided (with --check: every scenario passed; with --compare: every line compared,",
            "whatever changed), 2 bad input or usage (a scenario that cannot be read, a line --compare refused),",
            "1 a scenario or the coverage failed, or an internal error",
            "");

    /** Writes the {@code {"line", "error"}} object that stands in for a bad line of a batch. */
    private static final ObjectMapper ERRORS = new ObjectMapper();

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final EscalationPolicy policy;

    private Decide(Options options, PrintStream out, PrintStream err, EscalationPolicy policy) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.policy = policy;
    }

    /** The standard policy, or one built with the settings and rules named. */
    private static EscalationPolicy policy(String settings, List<String> added) throws IOException {
        if (settings == null && added.isEmpty()) {
            return EscalationPolicy.standard();
        }
        EscalationPolicy.Builder builder = EscalationPolicy.builder();
        if (settings != null) {
            builder.settings(EscalationJson.readSettings(Files.readString(Path.of(settings), StandardCharsets.UTF_8)));
        }
        for (String rules : added) {
            builder.addRules(Path.of(rules).getFileName().toString(),
                    Files.readString(Path.of(rules), StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    /**
     * @param args the options and the optional file
     * @param in   standard input
     * @param out  standard output
     * @param err  standard error
     * @return the exit status
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, System.console() != null);
    }

    /**
     * @param args     the options and the optional file
     * @param in       standard input
     * @param out      standard output
     * @param err      standard error
     * @param terminal whether the command runs on a terminal, where a long {@code --compare} shows its progress on
     *                 standard error
     * @return the exit status
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
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
        EscalationPolicy policy;
        EscalationPolicy baseline = null;
        String settingsWhat = "settings";
        try {
            policy = policy(options.settings(), options.rules());
            if (options.compare()) {
                settingsWhat = "baseline settings";
                baseline = policy(options.baselineSettings(), options.baselineRules());
            }
        } catch (IOException e) {
            err.println("decide: cannot read " + fileOf(e) + ": " + why(e));
            return 2;
        } catch (InvalidEscalationInputException e) {
            err.println("decide: invalid " + settingsWhat + ": " + e.getMessage());
            return 2;
        } catch (PolicyDefinitionException e) {
            err.println("decide: " + e.getMessage());
            return 2;
        } catch (IllegalStateException e) {
            // Not the input's fault: the classpath lacks the DRL compiler for --rules, or holds a broken build.
            err.println("decide: " + e.getMessage());
            return 1;
        }
        try {
            if (options.check()) {
                return CheckScenarios.run(options.paths(), options.coverageMin(), policy, out, err);
            }
            if (options.compare()) {
                return compare(options, in, PolicyComparison.of(baseline, policy), out, err, terminal);
            }
            return new Decide(options, out, err, policy).decide(in);
        } catch (UncheckedIOException e) {
            err.println("decide: cannot read " + options.inputName() + ": " + why(e.getCause()));
            return 2;
        } catch (RuntimeException | Error e) {
            err.println("decide: internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }

    private static int compare(Options options, InputStream stdin, PolicyComparison comparison, PrintStream out,
                               PrintStream err, boolean terminal) {
        Compare compare = new Compare(comparison, out, err, terminal);
        try (BufferedReader input = options.open(stdin)) {
            return compare.run(input, options.threads(), options.markdown(),
                    describe(options.baselineSettings(), options.baselineRules(), comparison.baseline()),
                    describe(options.settings(), options.rules(), comparison.candidate()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a policy of the command line is, for a report's reader: its files and its version. */
    private static String describe(String settings, List<String> rules, EscalationPolicy policy) {
        List<String> parts = new ArrayList<>();
        if (settings != null) {
            parts.add("settings " + Path.of(settings).getFileName());
        }
        for (String file : rules) {
            parts.add("rules " + Path.of(file).getFileName());
        }
        return (parts.isEmpty() ? "the standard policy" : "the standard policy with " + String.join(", ", parts))
                + " (`" + policy.version() + "`)";
    }

    private static String why(IOException e) {
        return e instanceof NoSuchFileException ? "no such file" : e.getMessage();
    }

    private static String fileOf(IOException e) {
        return e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : "a file";
    }

    private int decide(InputStream stdin) {
        try (BufferedReader input = options.open(stdin)) {
            return options.jsonl() ? decideLines(input) : decideOne(input);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int decideOne(BufferedReader input) throws IOException {
        StringBuilder json = new StringBuilder();
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            json.append(line).append('\n');
        }
        CaseInput caseInput;
        Assessment assessment;
        try {
            caseInput = EscalationJson.readCase(json.toString());
            assessment = policy.assess(caseInput.escalationCase(), caseInput.now());
        } catch (InvalidEscalationInputException e) {
            err.println("decide: invalid input: " + e.getMessage());
            return 2;
        }
        if (options.replay() != null) {
            return replay(caseInput);
        }
        if (options.mermaid()) {
            out.print(DriFlowchart.of(assessment.plan(),
                    caseInput.escalationCase().account().segment() == dev.escalation.model.Segment.TAM_SCALE));
        } else {
            out.println(EscalationJson.writePretty(assessment));
        }
        if (options.explain()) {
            err.print(ExplanationText.of(assessment, caseInput.now()));
        }
        return 0;
    }

    private int replay(CaseInput caseInput) {
        Instant from = options.from() != null ? options.from() : firstInstant(caseInput);
        List<Moment> moments;
        try {
            moments = policy.replay(caseInput.escalationCase(), from, caseInput.now(), options.replay());
        } catch (InvalidEscalationInputException e) {
            err.println("decide: invalid input: " + e.getMessage());
            return 2;
        }
        for (Moment moment : moments) {
            out.println(EscalationJson.writeCompact(moment));
        }
        return 0;
    }

    /** Where a replay starts by default: the first instant the case records. */
    private static Instant firstInstant(CaseInput caseInput) {
        EscalationCase c = caseInput.escalationCase();
        List<Instant> instants = new ArrayList<>(List.of(caseInput.now()));
        if (c.emergency() != null) {
            instants.add(c.emergency().startedAt());
        }
        if (c.escalation() != null) {
            instants.add(c.escalation().openedAt());
            c.escalation().activity().forEach(a -> instants.add(a.at()));
        }
        return instants.stream().min(Instant::compareTo).orElseThrow();
    }

    private int decideLines(BufferedReader input) {
        boolean[] anyBad = {false};
        AtomicInteger numbers = new AtomicInteger();
        Stream<Line> lines = input.lines().map(text -> new Line(numbers.incrementAndGet(), text));
        try (Stream<Written> results = policy.assessAll(lines, Decide::parse, this::write, options.threads())) {
            results.forEachOrdered(written -> {
                out.println(written.json());
                anyBad[0] |= !written.decided();
                if (written.explanation() != null) {
                    err.print(written.explanation());
                }
            });
        }
        return anyBad[0] ? 2 : 0;
    }

    /** One output line, written on a worker thread, with its explanation when asked for. */
    private record Written(String json, boolean decided, String explanation) {
    }

    private Written write(Batched<Line> result) {
        Line line = result.item();
        if (result.assessed()) {
            Assessment assessment = result.assessment().orElseThrow();
            return new Written(EscalationJson.writeCompact(assessment), true, options.explain()
                    ? "line " + line.number() + ": " + ExplanationText.of(assessment, null) : null);
        }
        ObjectNode error = ERRORS.createObjectNode();
        error.put("line", line.number());
        error.put("error", result.error().orElseThrow().getMessage());
        return new Written(compact(error), false, null);
    }

    /**
     * One line of a JSON Lines input, numbered from 1.
     *
     * @param number the line's number, from 1
     * @param text   the line
     */
    record Line(int number, String text) {
    }

    /** @return the case and instant of one line of a batch */
    static CaseAt parse(Line line) {
        CaseInput input = EscalationJson.readCase(line.text());
        return new CaseAt(input.escalationCase(), input.now());
    }

    private static String compact(ObjectNode node) {
        try {
            return ERRORS.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The command line, parsed. */
    record Options(boolean jsonl, boolean explain, boolean mermaid, boolean help, String file, String settings,
                   List<String> rules, Duration replay, Instant from, int threads, boolean check,
                   List<String> paths, Double coverageMin, boolean compare, String baselineSettings,
                   List<String> baselineRules, boolean markdown) {

        static Options parse(String[] args) {
            boolean jsonl = false;
            boolean explain = false;
            boolean mermaid = false;
            boolean help = false;
            String file = null;
            String settings = null;
            List<String> rules = new ArrayList<>();
            Duration replay = null;
            Instant from = null;
            int threads = 1;
            boolean check = false;
            Double coverageMin = null;
            boolean compare = false;
            boolean markdown = false;
            String baselineSettings = null;
            List<String> baselineRules = new ArrayList<>();
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--jsonl" -> jsonl = true;
                    case "--explain" -> explain = true;
                    case "--help", "-h" -> help = true;
                    case "--format" -> {
                        String format = value(args, ++i, "--format", "json, mermaid or markdown");
                        if (!format.equals("json") && !format.equals("mermaid") && !format.equals("markdown")) {
                            throw new IllegalArgumentException("unknown format " + format
                                    + ": json, mermaid or markdown");
                        }
                        mermaid = format.equals("mermaid");
                        markdown = format.equals("markdown");
                    }
                    case "--compare" -> compare = true;
                    case "--baseline-settings" -> baselineSettings = value(args, ++i, "--baseline-settings",
                            "a JSON file");
                    case "--baseline-rules" -> baselineRules.add(value(args, ++i, "--baseline-rules", "a DRL file"));
                    case "--settings" -> settings = value(args, ++i, "--settings", "a JSON file");
                    case "--rules" -> rules.add(value(args, ++i, "--rules", "a DRL file"));
                    case "--replay" -> replay = parse(value(args, ++i, "--replay", "an ISO-8601 duration"),
                            Duration::parse, "--replay needs an ISO-8601 duration such as PT6H");
                    case "--threads" -> threads = threads(value(args, ++i, "--threads", "a number of threads"));
                    case "--from" -> from = parse(value(args, ++i, "--from", "an ISO-8601 instant"),
                            text -> OffsetDateTime.parse(text).toInstant(),
                            "--from needs an ISO-8601 instant such as 2026-03-02T15:30:00Z");
                    case "--check" -> check = true;
                    case "--coverage-min" -> coverageMin = percent(value(args, ++i, "--coverage-min",
                            "a percentage from 0 to 100"));
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        positional.add(arg);
                    }
                }
            }
            if (compare && (check || mermaid || replay != null || from != null || explain)) {
                throw new IllegalArgumentException("--compare compares a batch: it does not go with --check, "
                        + "--format mermaid, --replay, --from or --explain");
            }
            if (!compare && (baselineSettings != null || !baselineRules.isEmpty())) {
                throw new IllegalArgumentException("--baseline-settings and --baseline-rules need --compare");
            }
            if (markdown && !compare) {
                throw new IllegalArgumentException("--format markdown needs --compare");
            }
            if (check) {
                if (positional.isEmpty()) {
                    throw new IllegalArgumentException("--check needs at least one scenario file or folder");
                }
                if (jsonl || mermaid || replay != null || from != null || threads != 1 || explain) {
                    throw new IllegalArgumentException("--check runs scenarios: it does not go with --jsonl, "
                            + "--format, --replay, --from, --threads or --explain");
                }
            } else if (coverageMin != null) {
                throw new IllegalArgumentException("--coverage-min needs --check");
            } else if (positional.size() > 1) {
                throw new IllegalArgumentException("one input file at most, got " + positional.get(0) + " and "
                        + positional.get(1));
            } else if (!positional.isEmpty()) {
                file = positional.get(0);
            }
            if (jsonl && (mermaid || replay != null)) {
                throw new IllegalArgumentException("--jsonl decides many cases; --format mermaid and --replay take one");
            }
            if (mermaid && replay != null) {
                throw new IllegalArgumentException("--format mermaid and --replay do not go together");
            }
            if (from != null && replay == null) {
                throw new IllegalArgumentException("--from needs --replay");
            }
            if (threads != 1 && !jsonl && !compare) {
                throw new IllegalArgumentException("--threads needs --jsonl");
            }
            return new Options(jsonl, explain, mermaid, help, file, settings, List.copyOf(rules), replay, from,
                    threads, check, check ? List.copyOf(positional) : List.of(), coverageMin, compare,
                    baselineSettings, List.copyOf(baselineRules), markdown);
        }

        private static double percent(String text) {
            try {
                double percent = Double.parseDouble(text);
                if (percent >= 0 && percent <= 100) {
                    return percent;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--coverage-min needs a percentage from 0 to 100, was " + text);
        }

        private static int threads(String text) {
            try {
                int threads = Integer.parseInt(text);
                if (threads >= 1 && threads <= 256) {
                    return threads;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--threads needs a whole number from 1 to 256, was " + text);
        }

        private static String value(String[] args, int i, String option, String what) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value: " + what);
            }
            return args[i];
        }

        private static <T> T parse(String text, java.util.function.Function<String, T> parser, String message) {
            try {
                return parser.apply(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(message);
            }
        }

        BufferedReader open(InputStream stdin) throws IOException {
            if (file == null || file.equals("-")) {
                return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            }
            return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
        }

        String inputName() {
            return file == null || file.equals("-") ? "standard input" : file;
        }
    }
}
