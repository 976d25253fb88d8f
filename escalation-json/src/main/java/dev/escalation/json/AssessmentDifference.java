package dev.escalation.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How two assessments of one case differ, as {@code decide} would print them: the top-level keys of its output whose
 * values differ, except {@link #IGNORED} (the explanation says why rather than what, and the policy version differs
 * whenever the policies do). Keys are compared as JSON, so a key a later version of the output adds is compared
 * like the others. Also the finding codes that appear and disappear, and the rules that fired in one assessment and
 * not the other, with their reasons.
 *
 * <p>A case is changed when a key differs; rules that fire differently without changing a key (a reworded reason,
 * an added rule that only explains) leave it unchanged.
 *
 * <p><b>Stability:</b> stable API; the keys are those of the output, so they grow with it.
 *
 * @param keys               the keys that differ, in the order {@code decide} prints them
 * @param before             each of those keys' value in the first assessment, JSON {@code null} when it has no such
 *                           key ({@code decide} leaves out a part it did not decide and never prints a key as null)
 * @param after              the same for the second assessment
 * @param findingsAppeared   the finding codes of the second assessment that the first has not, each once, in order
 * @param findingsDisappeared the finding codes of the first assessment that the second has not, each once, in order
 * @param rulesOnlyBefore    the explanation entries of rules that fired for the first assessment and not the second
 * @param rulesOnlyAfter     the explanation entries of rules that fired for the second assessment and not the first
 */
public record AssessmentDifference(List<String> keys, Map<String, JsonNode> before, Map<String, JsonNode> after,
                                   List<String> findingsAppeared, List<String> findingsDisappeared,
                                   List<Explanation> rulesOnlyBefore, List<Explanation> rulesOnlyAfter) {

    /** The keys of {@code decide}'s output that are never compared. */
    public static final Set<String> IGNORED = Set.of("explanation", "policyVersion");

    /** No difference at all. */
    public static final AssessmentDifference NONE = new AssessmentDifference(List.of(), Map.of(), Map.of(), List.of(),
            List.of(), List.of(), List.of());

    /**
     * Copies the lists and keeps the maps' order; the maps may hold JSON nulls but no Java {@code null}.
     *
     * @param keys                see {@link #keys()}
     * @param before              see {@link #before()}
     * @param after               see {@link #after()}
     * @param findingsAppeared    see {@link #findingsAppeared()}
     * @param findingsDisappeared see {@link #findingsDisappeared()}
     * @param rulesOnlyBefore     see {@link #rulesOnlyBefore()}
     * @param rulesOnlyAfter      see {@link #rulesOnlyAfter()}
     */
    public AssessmentDifference {
        keys = List.copyOf(keys);
        before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
        findingsAppeared = List.copyOf(findingsAppeared);
        findingsDisappeared = List.copyOf(findingsDisappeared);
        rulesOnlyBefore = List.copyOf(rulesOnlyBefore);
        rulesOnlyAfter = List.copyOf(rulesOnlyAfter);
    }

    /**
     * @param before the assessment of a case by one policy
     * @param after  the assessment of the same case, as of the same instant, by another
     * @return how they differ
     */
    public static AssessmentDifference of(Assessment before, Assessment after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Map<String, JsonNode> was = new LinkedHashMap<>();
        Map<String, JsonNode> is = new LinkedHashMap<>();
        List<String> keys = differingKeys(EscalationJson.tree(before), EscalationJson.tree(after), was, is);
        return new AssessmentDifference(keys, was, is, codesMissing(after, before), codesMissing(before, after),
                rulesMissing(before, after), rulesMissing(after, before));
    }

    /**
     * @param first  one output of {@code decide}
     * @param second another
     * @param was    where to put the first's value of each key that differs
     * @param is     where to put the second's
     * @return the keys that differ, whatever they are, except {@link #IGNORED}
     */
    static List<String> differingKeys(ObjectNode first, ObjectNode second, Map<String, JsonNode> was,
                                      Map<String, JsonNode> is) {
        List<String> keys = new ArrayList<>();
        for (String key : keysOf(first, second)) {
            JsonNode a = first.path(key);
            JsonNode b = second.path(key);
            if (!IGNORED.contains(key) && !a.equals(b)) {
                keys.add(key);
                was.put(key, a.isMissingNode() ? NullNode.getInstance() : a);
                is.put(key, b.isMissingNode() ? NullNode.getInstance() : b);
            }
        }
        return keys;
    }

    /** @return whether no key differs */
    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /**
     * Both objects' keys in output order: the second's, each key only the first has placed after the key it follows
     * there, so that a part one policy leaves out still shows where {@code decide} prints it.
     */
    private static List<String> keysOf(ObjectNode first, ObjectNode second) {
        List<String> keys = new ArrayList<>();
        second.fieldNames().forEachRemaining(keys::add);
        int at = 0;
        for (Iterator<String> names = first.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            int found = keys.indexOf(key);
            if (found >= 0) {
                at = found + 1;
            } else {
                keys.add(at++, key);
            }
        }
        return keys;
    }

    /** The codes of {@code of}'s findings that {@code other} has not, each once. */
    private static List<String> codesMissing(Assessment of, Assessment other) {
        Set<String> others = new LinkedHashSet<>();
        for (Finding finding : other.findings()) {
            others.add(finding.code());
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Finding finding : of.findings()) {
            if (!others.contains(finding.code())) {
                codes.add(finding.code());
            }
        }
        return List.copyOf(codes);
    }

    /** The explanation entries of {@code of} whose rule id never fired for {@code other}. */
    private static List<Explanation> rulesMissing(Assessment of, Assessment other) {
        Set<String> fired = new LinkedHashSet<>();
        for (Explanation explanation : other.explanation()) {
            fired.add(explanation.ruleId());
        }
        return of.explanation().stream().filter(e -> !fired.contains(e.ruleId())).toList();
    }
}
