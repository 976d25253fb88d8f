package dev.escalation.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.Finding;
import dev.escalation.decision.Moment;
import dev.escalation.json.EscalationJson;
import dev.escalation.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A scenario's {@code expect} object, read and checked. Each key is one expectation, checked in the order written,
 * and each unmet one gives one mismatch {@code KEY: got X, want Y}, values as JSON on one line:
 * <ul>
 *   <li>a dotted path into {@code decide}'s output ({@code plan.dri.role}, {@code plan.contacts},
 *       {@code findings.0.gap}; a list's elements by index from 0): the value there equals the one given, as
 *       {@link JsonValues} compares ({@code null} for nothing there); {@code got absent} when this decision has no
 *       such part;</li>
 *   <li>{@code findings}: exactly these finding codes, in any order; {@code findings+}: at least these;
 *       {@code findings-}: none of these;</li>
 *   <li>{@code rules+} / {@code rules-}: rule ids that must / must not be in the explanation;</li>
 *   <li>{@code at}: a list of {@code {"at": instant, "appeared": [...], "cleared": [...], ...}}, checked on the
 *       scenario's replay (its {@code "replay"} step) at that instant: the findings that appeared and cleared
 *       there, each named by code ({@code INTERNAL_UPDATE_OVERDUE}) or by subject
 *       ({@code CHECKLIST_ITEM_OVERDUE{item=DECLARE_ESCALATION}}), and any other key above, on the assessment of
 *       that instant.</li>
 * </ul>
 */
final class Expectations {

    static final String FINDINGS = "findings";
    static final String FINDINGS_PRESENT = "findings+";
    static final String FINDINGS_ABSENT = "findings-";
    static final String RULES_FIRED = "rules+";
    static final String RULES_NOT_FIRED = "rules-";
    static final String AT = "at";

    private final List<Expectation> expectations;
    private final boolean hasAt;

    private Expectations(List<Expectation> expectations, boolean hasAt) {
        this.expectations = List.copyOf(expectations);
        this.hasAt = hasAt;
    }

    /** What one run of a scenario gave: the assessment at {@code now}, its JSON, and the replay's points. */
    record Outcome(Assessment assessment, JsonNode output, Map<Instant, Moment> moments) {

        static Outcome of(Assessment assessment, Map<Instant, Moment> moments) {
            return new Outcome(assessment, JsonValues.tree(EscalationJson.writeCompact(assessment)), moments);
        }

        Set<String> fired() {
            return assessment.explanation().stream().map(Explanation::ruleId)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /** A rule id a scenario names, with the field it is named in. */
    record RuleReference(String field, String id) {
    }

    /** One key of {@code expect}. */
    private sealed interface Expectation {
        void check(Outcome outcome, String prefix, List<String> mismatches);

        default List<RuleReference> rules() {
            return List.of();
        }
    }

    /**
     * @param expect   the {@code expect} object
     * @param field    its name in messages, {@code expect} or {@code expect.at[1]}
     * @param topLevel whether {@code at} may appear (not inside an {@code at} entry)
     * @param problems where to report what is wrong, every field named
     * @return the expectations (those that could be read)
     */
    static Expectations read(JsonNode expect, String field, boolean topLevel, List<Violation> problems) {
        List<Expectation> read = new ArrayList<>();
        if (!expect.isObject()) {
            problems.add(new Violation(field, "must be a JSON object of expectations, e.g. "
                    + "{\"plan.dri.role\": \"CSM\", \"findings\": []}"));
            return new Expectations(read, false);
        }
        for (Iterator<Map.Entry<String, JsonNode>> keys = expect.fields(); keys.hasNext();) {
            Map.Entry<String, JsonNode> entry = keys.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            String where = field + "." + key;
            switch (key) {
                case FINDINGS -> texts(value, where, "finding codes", problems).ifPresent(codes -> read.add(
                        new FindingsExactly(codes)));
                case FINDINGS_PRESENT -> texts(value, where, "finding codes", problems).ifPresent(codes -> read.add(
                        new FindingsPresent(codes)));
                case FINDINGS_ABSENT -> texts(value, where, "finding codes", problems).ifPresent(codes -> read.add(
                        new FindingsAbsent(codes)));
                case RULES_FIRED -> texts(value, where, "rule ids", problems).ifPresent(ids -> read.add(
                        new RulesFired(where, ids, true)));
                case RULES_NOT_FIRED -> texts(value, where, "rule ids", problems).ifPresent(ids -> read.add(
                        new RulesFired(where, ids, false)));
                case AT -> {
                    if (topLevel) {
                        readAt(value, where, problems, read);
                    } else {
                        problems.add(new Violation(where, "an \"at\" entry cannot hold another \"at\""));
                    }
                }
                default -> {
                    String quoted = field + ".\"" + key + "\"";
                    Optional<String> problem = OutputFormat.problem(key);
                    if (problem.isPresent()) {
                        problems.add(new Violation(quoted, problem.get()));
                    } else {
                        read.add(new PathValue(key, value));
                    }
                }
            }
        }
        return new Expectations(read, topLevel && expect.has(AT));
    }

    private static void readAt(JsonNode value, String where, List<Violation> problems, List<Expectation> read) {
        if (!value.isArray() || value.isEmpty()) {
            problems.add(new Violation(where, "must be a list of {\"at\": instant, \"appeared\": [...], "
                    + "\"cleared\": [...]}"));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode entry = value.get(i);
            String entryField = where + "[" + i + "]";
            if (!entry.isObject()) {
                problems.add(new Violation(entryField, "must be a JSON object {\"at\": instant, \"appeared\": [...], "
                        + "\"cleared\": [...]}"));
                continue;
            }
            Instant at = null;
            JsonNode instant = entry.get(AT);
            if (instant == null) {
                problems.add(new Violation(entryField + ".at", "is required: the instant of the replay to check"));
            } else {
                at = instant.isTextual() ? JsonValues.instant(instant.textValue()).orElse(null) : null;
                if (at == null) {
                    problems.add(new Violation(entryField + ".at", "must be an ISO-8601 instant such as "
                            + "2026-03-02T15:30:00Z (was " + instant + ")"));
                }
            }
            Optional<List<String>> appeared = entry.has("appeared")
                    ? texts(entry.get("appeared"), entryField + ".appeared", "finding codes or subjects", problems)
                    : Optional.empty();
            Optional<List<String>> cleared = entry.has("cleared")
                    ? texts(entry.get("cleared"), entryField + ".cleared", "finding codes or subjects", problems)
                    : Optional.empty();
            ObjectNode rest = entry.deepCopy();
            rest.remove(List.of(AT, "appeared", "cleared"));
            Expectations nested = read(rest, entryField, false, problems);
            if (at != null) {
                read.add(new AtInstant(entryField, at, appeared, cleared, nested));
            }
        }
    }

    private static Optional<List<String>> texts(JsonNode value, String where, String what, List<Violation> problems) {
        boolean ok = value.isArray();
        List<String> texts = new ArrayList<>();
        if (ok) {
            for (JsonNode element : value) {
                ok &= element.isTextual() && !element.textValue().isBlank();
                texts.add(element.asText());
            }
        }
        if (!ok) {
            problems.add(new Violation(where, "must be a list of " + what + " (was " + value + ")"));
            return Optional.empty();
        }
        return Optional.of(List.copyOf(texts));
    }

    /** @return whether there is an {@code at} key, whose expectations need a replay */
    boolean needsReplay() {
        return hasAt;
    }

    /** @return every rule id named, with its field, for checking them against a policy */
    List<RuleReference> rules() {
        return expectations.stream().flatMap(e -> e.rules().stream()).toList();
    }

    /**
     * @param outcome what the run gave
     * @param prefix  what to put before each key in a mismatch, e.g. {@code at[2026-03-02T15:30:00Z].}
     * @return every unmet expectation, in the order written
     */
    List<String> check(Outcome outcome, String prefix) {
        List<String> mismatches = new ArrayList<>();
        for (Expectation expectation : expectations) {
            expectation.check(outcome, prefix, mismatches);
        }
        return mismatches;
    }

    private static JsonNode list(List<String> texts) {
        return JsonValues.of(texts);
    }

    private static List<String> foundCodes(List<Finding> findings) {
        return findings.stream().map(Finding::code).distinct().toList();
    }

    /** A path and the value it must hold. */
    private record PathValue(String path, JsonNode want) implements Expectation {
        @Override
        public void check(Outcome outcome, String prefix, List<String> mismatches) {
            JsonNode got = OutputFormat.valueAt(outcome.output(), path);
            if (!JsonValues.matches(got, want)) {
                mismatches.add(prefix + path + ": got " + JsonValues.show(got) + ", want " + JsonValues.show(want));
            }
        }
    }

    /** {@code findings}: exactly these codes. */
    private record FindingsExactly(List<String> codes) implements Expectation {
        @Override
        public void check(Outcome outcome, String prefix, List<String> mismatches) {
            List<String> got = foundCodes(outcome.assessment().findings());
            if (!Set.copyOf(got).equals(Set.copyOf(codes))) {
                mismatches.add(prefix + FINDINGS + ": got " + list(got) + ", want " + list(codes));
            }
        }
    }

    /** {@code findings+}: at least these codes. */
    private record FindingsPresent(List<String> codes) implements Expectation {
        @Override
        public void check(Outcome outcome, String prefix, List<String> mismatches) {
            List<String> got = foundCodes(outcome.assessment().findings());
            codes.stream().distinct().filter(Predicate.not(got::contains)).forEach(code -> mismatches.add(
                    prefix + FINDINGS_PRESENT + " \"" + code + "\": got absent, want present"));
        }
    }

    /** {@code findings-}: none of these codes. */
    private record FindingsAbsent(List<String> codes) implements Expectation {
        @Override
        public void check(Outcome outcome, String prefix, List<String> mismatches) {
            List<String> got = foundCodes(outcome.assessment().findings());
            codes.stream().distinct().filter(got::contains).forEach(code -> mismatches.add(
                    prefix + FINDINGS_ABSENT + " \"" + code + "\": got present, want absent"));
        }
    }

    /** {@code rules+} ({@code fired}) or {@code rules-}. */
    private record RulesFired(String field, List<String> ids, boolean fired) implements Expectation {
        @Override
        public void check(Outcome outcome, String prefix, List<String> mismatches) {
            Set<String> got = outcome.fired();
            for (String id : ids.stream().distinct().toList()) {
                if (got.contains(id) != fired) {
                    mismatches.add(prefix + (fired ? RULES_FIRED : RULES_NOT_FIRED) + " \"" + id + "\": got "
                            + (fired ? "not fired, want fired" : "fired, want not fired"));
                }
            }
        }

        @Override
        public List<RuleReference> rules() {
            return ids.stream().map(id -> new RuleReference(field, id)).toList();
        }
    }

    /** An {@code at} entry: a point of the replay. */
    private record AtInstant(String field, Instant at, Optional<List<String>> appeared,
                             Optional<List<String>> cleared, Expectations nested) implements Expectation {
        @Override
        public void check(Outcome outcome, String prefix, List<String> mismatches) {
            String here = prefix + AT + "[" + at + "]";
            Moment moment = outcome.moments().get(at);
            if (moment == null) {
                mismatches.add(here + ": got absent, want a point of the replay (one every step from its start, and "
                        + "one at every activity)");
                return;
            }
            appeared.ifPresent(want -> changes(here + ".appeared", moment.appeared(), want, mismatches));
            cleared.ifPresent(want -> changes(here + ".cleared", moment.cleared(), want, mismatches));
            mismatches.addAll(nested.check(Outcome.of(moment.assessment(), Map.of()), here + "."));
        }

        /** The findings that changed, each listed by its code or its subject, and nothing else. */
        private static void changes(String where, List<Finding> got, List<String> want, List<String> mismatches) {
            boolean everyFindingListed = got.stream().allMatch(f -> want.contains(f.code())
                    || want.contains(f.subject()));
            boolean everyEntryFound = want.stream().allMatch(w -> got.stream().anyMatch(f -> f.code().equals(w)
                    || f.subject().equals(w)));
            if (!everyFindingListed || !everyEntryFound) {
                boolean bySubject = want.stream().anyMatch(w -> w.contains("{"));
                List<String> shown = got.stream().map(f -> bySubject ? f.subject() : f.code()).distinct().toList();
                mismatches.add(where + ": got " + list(shown) + ", want " + list(want));
            }
        }

        @Override
        public List<RuleReference> rules() {
            return nested.rules();
        }
    }
}
