package dev.escalation.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escalation.json.CaseInput;
import dev.escalation.json.EscalationJson;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads scenario files: a {@code .json} file holds one scenario, a {@code .jsonl} file one per non-blank line; a
 * folder, every such file below it in path order (hidden ones left out). A scenario holds its case, or names with
 * {@code "case"} a {@code decide} input kept elsewhere, so a sample exists once. Everything wrong with every scenario
 * is collected, one line per scenario naming its file (and line) and each field at fault, before anything runs.
 */
final class ScenarioReader {

    /** The keys of a scenario beside those of a {@code decide} input. */
    private static final List<String> OWN_KEYS = List.of("name", "expect", "replay", "case");
    private static final List<String> CASE_KEYS = List.of("now", "account", "emergency", "situation", "escalation",
            "event");
    /** A line of a {@code .jsonl} file, as a scenario's source names it: {@code batch.jsonl:3}. */
    private static final Pattern LINE_OF_JSONL = Pattern.compile("(.+\\.jsonl):([1-9][0-9]*)");

    /**
     * A file or folder to read, and how to name it in messages.
     *
     * @param path    where it is
     * @param display its name in messages and sources, e.g. {@code scenarios} as the user wrote it
     */
    record Root(Path path, String display) {
    }

    private final List<String> problems = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();

    private ScenarioReader() {
    }

    /**
     * @param roots the files and folders
     * @return every scenario, in the order of the roots, then of paths, then of lines
     * @throws InvalidScenarioException naming every scenario that cannot be read, and why
     * @throws UncheckedIOException     when a root does not exist or a file cannot be read
     */
    static List<Scenario> read(List<Root> roots) {
        ScenarioReader reader = new ScenarioReader();
        for (Root root : roots) {
            reader.readRoot(root);
        }
        reader.requireUniqueNames();
        if (!reader.problems.isEmpty()) {
            throw new InvalidScenarioException(reader.problems);
        }
        return List.copyOf(reader.scenarios);
    }

    private void readRoot(Root root) {
        if (!Files.exists(root.path())) {
            throw new UncheckedIOException(new NoSuchFileException(root.display(), null, "no such file or folder"));
        }
        if (!Files.isDirectory(root.path())) {
            String file = root.path().getFileName().toString();
            readFile(root.path(), root.display(), withoutExtension(file));
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.path())) {
            files = walk.filter(Files::isRegularFile).filter(p -> isScenarioFile(root.path().relativize(p)))
                    .sorted(Comparator.comparing(p -> slashed(root.path().relativize(p)))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            problems.add(root.display() + ": no scenario files (*.json, *.jsonl) in this folder");
        }
        for (Path file : files) {
            String relative = slashed(root.path().relativize(file));
            readFile(file, join(root.display(), relative), withoutExtension(relative));
        }
    }

    private static boolean isScenarioFile(Path relative) {
        String name = relative.getFileName().toString();
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return name.endsWith(".json") || name.endsWith(".jsonl");
    }

    private void readFile(Path file, String display, String defaultName) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URI uri = uriOf(file);
        if (!display.endsWith(".jsonl")) {
            readOne(file, text, display, defaultName, uri, false);
            return;
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                readOne(file, lines.get(i), display + ":" + (i + 1), defaultName + ":" + (i + 1), uri, true);
            }
        }
    }

    private static URI uriOf(Path file) {
        try {
            return file.toUri();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void readOne(Path file, String text, String source, String defaultName, URI uri, boolean oneLine) {
        List<Violation> found = new ArrayList<>();
        Scenario scenario = null;
        try {
            scenario = parse(file, text, source, defaultName, uri, found);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : oneLine ? " at column " + e.getLocation().getColumnNr()
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            found.add(new Violation("(input)", "malformed JSON" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("").strip()));
        }
        if (!found.isEmpty()) {
            problems.add(source + ": " + String.join("; ", found.stream().map(Violation::toString).toList()));
        } else if (scenario != null) {
            scenarios.add(scenario);
        }
    }

    private static Scenario parse(Path file, String text, String source, String defaultName, URI uri,
                                  List<Violation> found) throws JsonProcessingException {
        if (text.isBlank()) {
            found.add(new Violation("(input)", "is empty: expected one JSON object, a decide input with \"name\" "
                    + "and \"expect\""));
            return null;
        }
        JsonNode root = JsonValues.MAPPER.readTree(text);
        if (!root.isObject()) {
            found.add(new Violation("(input)", "must be a JSON object: a decide input with \"name\" and \"expect\""));
            return null;
        }
        ObjectNode caseNode = JsonValues.MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (CASE_KEYS.contains(field.getKey())) {
                caseNode.set(field.getKey(), field.getValue());
            } else if (!OWN_KEYS.contains(field.getKey())) {
                found.add(new Violation(field.getKey(), "unknown field (expected one of "
                        + String.join(", ", OWN_KEYS) + ", " + String.join(", ", CASE_KEYS) + ")"));
            }
        }
        String name = name(root.get("name"), defaultName, found);
        CaseInput input = null;
        JsonNode reference = root.get("case");
        if (reference == null) {
            try {
                input = EscalationJson.readCase(caseNode.toString());
            } catch (InvalidEscalationInputException e) {
                found.addAll(e.violations());
            }
        } else if (!caseNode.isEmpty()) {
            found.add(new Violation("case", "names the case in another file: the scenario cannot also hold "
                    + String.join(", ", caseNode.properties().stream().map(Map.Entry::getKey).toList())));
        } else {
            input = referencedCase(file, reference, found);
        }
        Duration step = null;
        Instant from = null;
        JsonNode replay = root.get("replay");
        if (replay != null) {
            JsonNode stepNode = replay.isObject() ? replay.get("step") : replay;
            String stepField = replay.isObject() ? "replay.step" : "replay";
            if (replay.isObject()) {
                replay.fieldNames().forEachRemaining(key -> {
                    if (!key.equals("step") && !key.equals("from")) {
                        found.add(new Violation("replay." + key, "unknown field (expected one of step, from)"));
                    }
                });
                from = from(replay.get("from"), input, found);
            }
            step = step(stepNode, stepField, found);
        }
        Expectations expect = null;
        JsonNode expectNode = root.get("expect");
        if (expectNode == null) {
            found.add(new Violation("expect", "is required: what the decision must hold, e.g. "
                    + "{\"conversion.recommended\": true}"));
        } else {
            expect = Expectations.read(expectNode, "expect", true, found);
            if (expect.needsReplay() && replay == null) {
                found.add(new Violation("expect.at", "needs \"replay\": the step between the points of the replay, "
                        + "e.g. \"replay\": \"PT6H\""));
            }
            if (!expect.needsReplay() && replay != null) {
                found.add(new Violation("replay", "is only used by expect.at, which this scenario does not have"));
            }
        }
        return found.isEmpty() ? new Scenario(name, source, uri, input, expect, step, from) : null;
    }

    /**
     * The {@code decide} input a scenario names, e.g. {@code "../../samples/opening.json"} or
     * {@code "../../samples/batch.jsonl:2"}, relative to the scenario's own file.
     */
    private static CaseInput referencedCase(Path file, JsonNode reference, List<Violation> found) {
        if (!reference.isTextual() || reference.textValue().isBlank()) {
            found.add(new Violation("case", "must be the path of a decide input, relative to this file, e.g. "
                    + "\"../samples/opening.json\" or \"../samples/batch.jsonl:2\" (was " + reference + ")"));
            return null;
        }
        String path = reference.textValue();
        Matcher line = LINE_OF_JSONL.matcher(path);
        String filePart = line.matches() ? line.group(1) : path;
        if (filePart.endsWith(".jsonl") && !line.matches()) {
            found.add(new Violation("case", "names a .jsonl file: add the line of the case, e.g. \"" + path
                    + ":1\""));
            return null;
        }
        Path target = file.resolveSibling(filePart).normalize();
        String text;
        try {
            text = Files.readString(target, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            found.add(new Violation("case", "no such file: " + path));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line.matches()) {
            List<String> lines = text.lines().toList();
            int number = Integer.parseInt(line.group(2));
            if (number > lines.size() || lines.get(number - 1).isBlank()) {
                found.add(new Violation("case", path + ": no case on this line (the file ends at line "
                        + lines.size() + ")"));
                return null;
            }
            text = lines.get(number - 1);
        }
        try {
            return EscalationJson.readCase(text);
        } catch (InvalidEscalationInputException e) {
            e.violations().forEach(v -> found.add(new Violation("case", path + ": " + v)));
            return null;
        }
    }

    private static String name(JsonNode node, String defaultName, List<Violation> found) {
        if (node == null) {
            return defaultName;
        }
        if (!node.isTextual() || node.textValue().isBlank() || node.textValue().strip().lines().count() > 1) {
            // A name is printed on the scenario's one line of output.
            found.add(new Violation("name", "must be a non-blank string on one line (was " + node + ")"));
            return defaultName;
        }
        return node.textValue().strip();
    }

    private static Duration step(JsonNode node, String field, List<Violation> found) {
        if (node == null) {
            found.add(new Violation(field, "is required: an ISO-8601 duration such as PT6H"));
            return null;
        }
        try {
            Duration step = node.isTextual() ? Duration.parse(node.textValue()) : null;
            if (step != null && !step.isNegative() && !step.isZero()) {
                return step;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        found.add(new Violation(field, "must be a positive ISO-8601 duration such as PT6H (was " + node + ")"));
        return null;
    }

    private static Instant from(JsonNode node, CaseInput input, List<Violation> found) {
        if (node == null) {
            return null;
        }
        Instant from = node.isTextual() ? JsonValues.instant(node.textValue()).orElse(null) : null;
        if (from == null) {
            found.add(new Violation("replay.from", "must be an ISO-8601 instant such as 2026-03-02T15:30:00Z (was "
                    + node + ")"));
        } else if (input != null && from.isAfter(input.now())) {
            found.add(new Violation("replay.from", "must not be after now (" + input.now() + ")"));
        }
        return from;
    }

    /** Two scenarios of one name would print the same line: each must be told apart. */
    private void requireUniqueNames() {
        Map<String, Scenario> first = new HashMap<>();
        for (Scenario scenario : scenarios) {
            Scenario other = first.putIfAbsent(scenario.name(), scenario);
            if (other != null) {
                problems.add(scenario.source() + ": name: \"" + scenario.name() + "\" is already the name of "
                        + other.source());
            }
        }
    }

    private static String withoutExtension(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && dot > 0 ? path.substring(0, dot) : path;
    }

    private static String slashed(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private static String join(String folder, String relative) {
        return folder.endsWith("/") ? folder + relative : folder + "/" + relative;
    }
}
