package dev.escalation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The commands of the README and of {@code docs/*.md} work as written. Every command of an {@code sh} block, and every
 * {@code $} line of a {@code text} block, is a test: a command of the examples jar runs (from this module, so
 * {@code escalation-examples/} leaves its paths) and exits as the pages say; after a {@code $} line, what follows is
 * what it prints, line for line, a line holding {@code ...} matching any line that starts with the text before it and
 * ending the comparison. Commands a test cannot run (Maven, the other jars, {@code curl}) must name files that exist
 * and jars the build makes.
 */
class DocsCommandsTest {

    private static final Path ROOT = Path.of("..");
    private static final String EXAMPLES_JAR = "escalation-examples/target/escalation-examples.jar";
    /** The launcher the build puts beside the jar: {@code bin/decide ARGS} is {@code java -jar ... decide ARGS}. */
    private static final String DECIDE_LAUNCHER = "escalation-examples/target/bin/decide";
    /** The samples that show how bad input is reported: {@code decide} exits 2 on them. */
    private static final Set<String> BAD_INPUT = Set.of("samples/bad-input.json", "samples/batch.jsonl");
    /** Runs a minute or more: its figures are tested by {@code ExamplesTest} on fewer cases. */
    private static final Set<String> TOO_LONG = Set.of("bench");
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)$");

    /** A command as a page shows it, and the output shown after it when it follows a {@code $}. */
    private record Command(String where, String text, List<String> output) {
    }

    private static List<Path> pages() {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every command of one page: those of {@code sh} blocks, and those after {@code $} in {@code text} blocks. */
    private static List<Command> commands(Path page) {
        List<Command> commands = new ArrayList<>();
        List<String> lines = read(page).lines().toList();
        String where = ROOT.relativize(page).toString();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches() || fence.group(1).isEmpty()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).equals("```")) {
                end++;
            }
            List<String> block = lines.subList(i + 1, end);
            if (fence.group(1).equals("sh")) {
                shCommands(block, where + ":" + (i + 2), commands);
            } else if (fence.group(1).equals("text")) {
                shownCommands(block, where + ":" + (i + 2), commands);
            }
            i = end;
        }
        return commands;
    }

    private static void shCommands(List<String> block, String where, List<Command> commands) {
        for (int j = 0; j < block.size(); j++) {
            StringBuilder line = new StringBuilder();
            while (block.get(j).endsWith("\\")) {
                line.append(block.get(j), 0, block.get(j).length() - 1).append(' ');
                j++;
            }
            line.append(block.get(j));
            String text = withoutComment(line.toString()).strip();
            for (String part : text.split("&&")) {
                if (!part.isBlank()) {
                    commands.add(new Command(where, part.strip().replaceAll("\\s+", " "), null));
                }
            }
        }
    }

    private static void shownCommands(List<String> block, String where, List<Command> commands) {
        int j = 0;
        while (j < block.size()) {
            if (!block.get(j).startsWith("$ ")) {
                j++;
                continue;
            }
            StringBuilder line = new StringBuilder(block.get(j).substring(2));
            while (line.toString().endsWith("\\")) {
                line.setLength(line.length() - 1);
                line.append(' ').append(block.get(++j));
            }
            List<String> output = new ArrayList<>();
            for (j++; j < block.size() && !block.get(j).startsWith("$ "); j++) {
                output.add(block.get(j));
            }
            commands.add(new Command(where, line.toString().strip().replaceAll("\\s+", " "), output));
        }
    }

    /** A shell comment starts at a {@code #} after white space, or at the start of the line. */
    private static String withoutComment(String line) {
        Matcher comment = Pattern.compile("(^|\\s)#").matcher(line);
        return comment.find() ? line.substring(0, comment.start()) : line;
    }

    /** Words as the shell splits them, quotes removed; enough for the commands the pages show. */
    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(command);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : word.group(3));
        }
        return words;
    }

    @TestFactory
    Stream<DynamicTest> everyCommandWorksAsShown() {
        List<Command> commands = pages().stream().flatMap(page -> commands(page).stream()).toList();
        assertThat(commands).as("commands in the README and docs").hasSizeGreaterThan(20);
        return commands.stream().map(c -> DynamicTest.dynamicTest(c.where() + ": " + c.text(), () -> check(c)));
    }

    private static void check(Command command) {
        List<String> words = words(command.text());
        words.stream().map(w -> w.startsWith("@") ? w.substring(1) : w)
                .filter(w -> w.startsWith("escalation-") && w.contains("/")).forEach(DocsCommandsTest::exists);
        switch (words.get(0)) {
            case "mvn" -> assertThat(Set.of("-B", "-q", "install", "package", "verify", "-DskipTests"))
                    .as("a Maven command the build supports").containsAll(words.subList(1, words.size()));
            case DECIDE_LAUNCHER -> runExample(command,
                    Stream.concat(Stream.of("decide"), words.subList(1, words.size()).stream()).toList());
            case "curl" -> assertThat(command.output()).as("curl needs the running service: no output shown")
                    .isNull();
            case "java" -> {
                assertThat(words.get(1)).isEqualTo("-jar");
                if (words.get(2).equals(EXAMPLES_JAR)) {
                    runExample(command, words.subList(3, words.size()));
                }
            }
            default -> throw new AssertionError("a command this test does not know how to check: "
                    + command.text());
        }
    }

    /**
     * A path of the repository exists; a jar under target/ is one its module's build makes, a launcher under
     * target/bin/ one its build copies from src/main/bin/.
     */
    private static void exists(String path) {
        int target = path.indexOf("/target/");
        if (target < 0) {
            assertThat(ROOT.resolve(path)).as(path).exists();
            return;
        }
        String module = path.substring(0, target);
        String jar = path.substring(target + "/target/".length());
        if (jar.startsWith("bin/")) {
            assertThat(ROOT.resolve(module).resolve("src/main").resolve(jar)).as(path).exists();
            assertThat(read(ROOT.resolve(module).resolve("pom.xml"))).as(module + " builds " + jar)
                    .contains("<copy file=\"${project.basedir}/src/main/" + jar + "\"");
            return;
        }
        assertThat(jar).as(path).endsWith(".jar");
        assertThat(read(ROOT.resolve(module).resolve("pom.xml"))).as(module + " builds " + jar)
                .contains("<finalName>" + jar.substring(0, jar.length() - ".jar".length()) + "</finalName>");
    }

    private static void runExample(Command command, List<String> shown) {
        if (TOO_LONG.contains(shown.get(0))) {
            return;
        }
        String[] args = shown.stream().map(a -> a.startsWith("escalation-examples/")
                ? a.substring("escalation-examples/".length()) : a).toArray(String[]::new);
        // The example programs print to System.out, decide to the streams it is given: both are what a user sees.
        PrintStream original = System.out;
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        System.setOut(new PrintStream(direct, true, StandardCharsets.UTF_8));
        CommandRun run;
        try {
            run = CommandRun.of("", args);
        } finally {
            System.setOut(original);
        }

        boolean badInput = Stream.of(args).anyMatch(BAD_INPUT::contains);
        assertThat(run.status()).as("exit status, " + run.err()).isEqualTo(badInput ? 2 : 0);
        if (command.output() != null) {
            List<String> printed = Stream.of(direct.toString(StandardCharsets.UTF_8), run.out(), run.err())
                    .flatMap(String::lines).toList();
            matches(command.output(), printed);
        }
    }

    /**
     * A shown line {@code ...} alone skips printed lines up to the one equal to the next shown line (or, last, all the
     * rest); a line holding {@code ...} matches a printed line that starts with the text before it.
     */
    private static void matches(List<String> shown, List<String> printed) {
        int p = 0;
        for (int i = 0; i < shown.size(); i++) {
            String line = shown.get(i);
            if (line.strip().equals("...")) {
                if (i + 1 == shown.size()) {
                    return;
                }
                String next = shown.get(i + 1);
                while (p < printed.size() && !printed.get(p).equals(next)) {
                    p++;
                }
                continue;
            }
            assertThat(printed).as("printed lines, up to the one shown as %s", line).hasSizeGreaterThan(p);
            int elided = line.indexOf("...");
            if (elided >= 0) {
                assertThat(printed.get(p)).as("printed line %d", p + 1).startsWith(line.substring(0, elided));
                if (i + 1 == shown.size()) {
                    return;
                }
            } else {
                assertThat(printed.get(p)).as("printed line %d", p + 1).isEqualTo(line);
            }
            p++;
        }
        assertThat(printed).as("printed lines, as many as shown").hasSize(p);
    }

    /** docs/testing.md's Java test is the one this module runs, {@link TestingYourPolicyTest}. */
    @Test
    void theJavaTestOfTestingIsTheOneThatRuns() {
        String page = read(ROOT.resolve("docs").resolve("testing.md"));
        String test = read(Path.of("src", "test", "java", "dev", "escalation", "examples",
                "TestingYourPolicyTest.java"));

        String method = "void aBlockedRenewalEscalatedMediumIsBelowTheTeamsMinimum() {";
        assertThat(body(page, method)).isNotEmpty().isEqualTo(body(test, method));
    }

    /** docs/adding-rules.md shows the sample rule as the file has it. */
    @Test
    void theRuleShownIsTheSampleRule() {
        Matcher drl = Pattern.compile("```drl\n(.*?)```", Pattern.DOTALL)
                .matcher(read(ROOT.resolve("docs").resolve("adding-rules.md")));

        assertThat(drl.find()).as("a drl block").isTrue();
        assertThat(read(Path.of("samples", "renewals.drl"))).contains(drl.group(1));
    }

    private static String body(String text, String method) {
        int start = text.indexOf(method);
        assertThat(start).as(method).isNotNegative();
        return text.substring(start, text.indexOf("\n    }\n", start)).replaceAll("\\s+", " ");
    }
}
