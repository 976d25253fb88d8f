package dev.escalation.examples.decide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escalation.decision.Explanation;
import dev.escalation.json.AssessmentDifference;
import dev.escalation.json.CaseComparison;
import dev.escalation.json.ComparisonSummary;
import dev.escalation.json.PolicyComparison;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code decide --compare}: the dry run of a policy change over a JSON Lines batch. As JSON, one line per changed or
 * refused case, in input order, then one summary line; as Markdown, a report for the review of the change: the
 * summary as tables, then the first {@value #SHOWN} changed cases with before, after and the reasons.
 */
final class Compare {

    /** How many changed cases, and refused lines, the Markdown report shows: a review reads examples, not all. */
    static final int SHOWN = 10;
    /** How often progress is shown on a terminal, in cases. */
    static final int PROGRESS_EVERY = 1_000;
    /** The longest value a Markdown cell shows; a message draft would fill a screen. */
    private static final int CELL = 160;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PolicyComparison comparison;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    /**
     * @param comparison the two policies
     * @param out        where the result goes
     * @param err        where progress goes, when {@code terminal}
     * @param terminal   whether standard error is a terminal worth showing progress on
     */
    Compare(PolicyComparison comparison, PrintStream out, PrintStream err, boolean terminal) {
        this.comparison = comparison;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * @param input     the batch, one case per line
     * @param threads   how many threads each policy assesses on
     * @param markdown  whether to write the Markdown report instead of JSON Lines
     * @param baseline  what the baseline is, for the report's heading
     * @param candidate what the candidate is
     * @return 0 when every line was compared, 2 when a line was refused
     */
    int run(BufferedReader input, int threads, boolean markdown, String baseline, String candidate) {
        AtomicInteger numbers = new AtomicInteger();
        Stream<Decide.Line> lines = input.lines().map(text -> new Decide.Line(numbers.incrementAndGet(), text));
        Report report = markdown ? new Report() : null;
        Consumer<CaseComparison<Decide.Line>> each = markdown ? report::add : this::printLine;
        ComparisonSummary summary = comparison.compare(lines, Decide::parse, threads, c -> {
            each.accept(c);
            progress(c.item().number(), false);
        });
        progress(numbers.get(), true);
        if (markdown) {
            out.print(report.text(summary, baseline, candidate));
        } else {
            out.println(compact(JSON.createObjectNode().set("summary", summary(summary))));
        }
        return summary.refused() > 0 ? 2 : 0;
    }

    private void progress(int cases, boolean done) {
        if (terminal && (done ? cases >= PROGRESS_EVERY : cases % PROGRESS_EVERY == 0)) {
            err.print("\rcompared " + cases + " cases" + (done ? System.lineSeparator() : ""));
            err.flush();
        }
    }

    private void printLine(CaseComparison<Decide.Line> c) {
        if (c.refused()) {
            out.println(compact(error(c)));
        } else if (c.changed()) {
            out.println(compact(changed(c)));
        }
    }

    /** The {@code {"line", "error"}} of a refused line, as {@code decide --jsonl} writes it. */
    private static ObjectNode error(CaseComparison<Decide.Line> c) {
        ObjectNode error = JSON.createObjectNode();
        error.put("line", c.item().number());
        error.put("error", c.error().orElseThrow().getMessage());
        return error;
    }

    /** {@code {line, changed, before, after, findings: {appeared, disappeared}, rules: {onlyBefore, onlyAfter}}}. */
    private static ObjectNode changed(CaseComparison<Decide.Line> c) {
        AssessmentDifference d = c.difference();
        ObjectNode line = JSON.createObjectNode();
        line.put("line", c.item().number());
        strings(line.putArray("changed"), d.keys());
        d.before().forEach(line.putObject("before")::set);
        d.after().forEach(line.putObject("after")::set);
        ObjectNode findings = line.putObject("findings");
        strings(findings.putArray("appeared"), d.findingsAppeared());
        strings(findings.putArray("disappeared"), d.findingsDisappeared());
        ObjectNode rules = line.putObject("rules");
        strings(rules.putArray("onlyBefore"), ids(d.rulesOnlyBefore()));
        strings(rules.putArray("onlyAfter"), ids(d.rulesOnlyAfter()));
        return line;
    }

    private static ObjectNode summary(ComparisonSummary summary) {
        ObjectNode node = JSON.createObjectNode();
        node.put("cases", summary.cases());
        node.put("changed", summary.changed());
        node.put("unchanged", summary.unchanged());
        node.put("refused", summary.refused());
        summary.keys().forEach(node.putObject("keys")::put);
        ObjectNode findings = node.putObject("findings");
        summary.appeared().forEach(findings.putObject("appeared")::put);
        summary.disappeared().forEach(findings.putObject("disappeared")::put);
        return node;
    }

    private static void strings(ArrayNode array, Iterable<String> values) {
        values.forEach(array::add);
    }

    /** The rule ids, each once, in the order they fired. */
    private static Set<String> ids(List<Explanation> explanations) {
        Set<String> ids = new LinkedHashSet<>();
        explanations.forEach(e -> ids.add(e.ruleId()));
        return ids;
    }

    private static String compact(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The Markdown report: keeps the first changed cases and refused lines, so it too runs in bounded memory. */
    private static final class Report {
        private final List<CaseComparison<Decide.Line>> changed = new ArrayList<>();
        private final List<CaseComparison<Decide.Line>> refused = new ArrayList<>();

        void add(CaseComparison<Decide.Line> c) {
            if (c.refused() && refused.size() < SHOWN) {
                refused.add(c);
            } else if (c.changed() && changed.size() < SHOWN) {
                changed.add(c);
            }
        }

        String text(ComparisonSummary summary, String baseline, String candidate) {
            StringBuilder md = new StringBuilder();
            line(md, "# Dry run of a policy change");
            line(md, "");
            line(md, "Baseline: " + baseline + ". Candidate: " + candidate + ".");
            line(md, "");
            line(md, "| cases | changed | unchanged | refused |");
            line(md, "|---:|---:|---:|---:|");
            line(md, "| " + summary.cases() + " | " + summary.changed() + " | " + summary.unchanged() + " | "
                    + summary.refused() + " |");
            line(md, "");
            if (!summary.keys().isEmpty()) {
                line(md, "| key of the decision | cases where it changed |");
                line(md, "|---|---:|");
                summary.keys().forEach((key, n) -> line(md, "| " + code(key) + " | " + n + " |"));
                line(md, "");
            }
            Set<String> codes = new TreeSet<>(summary.appeared().keySet());
            codes.addAll(summary.disappeared().keySet());
            if (!codes.isEmpty()) {
                line(md, "| finding | cases where it appears | cases where it disappears |");
                line(md, "|---|---:|---:|");
                for (String code : codes) {
                    line(md, "| " + code(code) + " | " + summary.appeared().getOrDefault(code, 0L) + " | "
                            + summary.disappeared().getOrDefault(code, 0L) + " |");
                }
                line(md, "");
            }
            if (!changed.isEmpty()) {
                line(md, changed.size() < summary.changed()
                        ? "## The first " + changed.size() + " of " + summary.changed() + " changed cases"
                        : "## Changed cases");
                changed.forEach(c -> changedCase(md, c));
            }
            if (!refused.isEmpty()) {
                line(md, "");
                line(md, refused.size() < summary.refused()
                        ? "## The first " + refused.size() + " of " + summary.refused() + " refused lines"
                        : "## Refused lines");
                line(md, "");
                refused.forEach(c -> line(md, "- line " + c.item().number() + ": "
                        + c.error().orElseThrow().getMessage()));
            }
            return md.toString();
        }

        private static void changedCase(StringBuilder md, CaseComparison<Decide.Line> c) {
            AssessmentDifference d = c.difference();
            line(md, "");
            line(md, "### Line " + c.item().number());
            line(md, "");
            line(md, "| what | before | after |");
            line(md, "|---|---|---|");
            for (String key : d.keys()) {
                paths(md, key, d.before().get(key), d.after().get(key));
            }
            if (!d.findingsAppeared().isEmpty() || !d.findingsDisappeared().isEmpty()) {
                line(md, "");
                line(md, "Findings that appear: " + codes(d.findingsAppeared()) + "; that disappear: "
                        + codes(d.findingsDisappeared()) + ".");
            }
            reasons(md, "Rules that fired with the candidate only:", d.rulesOnlyAfter());
            reasons(md, "Rules that fired with the baseline only:", d.rulesOnlyBefore());
        }

        /** One row per differing leaf: objects are followed key by key, arrays and values shown whole. */
        private static void paths(StringBuilder md, String path, JsonNode before, JsonNode after) {
            if (before.isObject() && after.isObject()) {
                Set<String> keys = new LinkedHashSet<>();
                before.fieldNames().forEachRemaining(keys::add);
                after.fieldNames().forEachRemaining(keys::add);
                for (String key : keys) {
                    JsonNode b = before.path(key);
                    JsonNode a = after.path(key);
                    if (!b.equals(a)) {
                        paths(md, path + "." + key, b, a);
                    }
                }
                return;
            }
            line(md, "| " + code(path) + " | " + cell(before) + " | " + cell(after) + " |");
        }

        private static void reasons(StringBuilder md, String heading, List<Explanation> explanations) {
            if (explanations.isEmpty()) {
                return;
            }
            line(md, "");
            line(md, heading);
            line(md, "");
            for (Explanation e : explanations) {
                line(md, "- " + escape(e.reason()) + " (" + code(e.ruleId()) + ": " + escape(e.rule()) + ")");
            }
        }

        private static String codes(List<String> codes) {
            if (codes.isEmpty()) {
                return "none";
            }
            StringBuilder text = new StringBuilder();
            for (Iterator<String> i = codes.iterator(); i.hasNext(); ) {
                text.append(code(i.next())).append(i.hasNext() ? ", " : "");
            }
            return text.toString();
        }

        /** A value as compact JSON in a code span; a part left out shows as a dash. */
        private static String cell(JsonNode value) {
            if (value.isMissingNode() || value.isNull()) {
                return "—";
            }
            String json = compact(value);
            if (json.length() > CELL) {
                json = json.substring(0, CELL) + " …";
            }
            return code(json).replace("|", "\\|");
        }

        /** A code span that holds any text: a backtick inside takes a longer fence. */
        private static String code(String text) {
            return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
        }

        /** Text outside code spans, so that a reason with a table pipe or an underscore reads as written. */
        private static String escape(String text) {
            return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                    .replace("<", "&lt;");
        }

        private static void line(StringBuilder md, String text) {
            md.append(text).append('\n');
        }
    }
}
