package dev.escalation.rules.internal;

import dev.escalation.decision.Explanation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.rule.Declaration;
import org.drools.core.reteoo.RuleTerminalNodeLeftTuple;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;

/**
 * What the explanation needs of one rule, read from its metadata once, when the engine of a knowledge base is built:
 * id, name, section, the reason template split into text and placeholders, the POLICY.md clause, and the keys that
 * order explanations (clause, then declaration order). Immutable, shared by every evaluation.
 */
final class RuleInfo {

    private static final Pattern CLAUSE = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,4})*)([a-z]?)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$[A-Za-z_][A-Za-z0-9_]*)}");
    /** The value captured for a placeholder the match did not bind: printed back as written. */
    private static final Object UNBOUND = new Object();
    private static final Object[] NO_VALUES = {};

    final String id;
    final String name;
    final String section;
    /** The POLICY.md clause, the part of the id before the {@code /}, as {@link Explanation#policyClause()}. */
    final String policyClause;
    final int[] clause;
    final int position;
    /** Alternating literal text and placeholder names: text, name, text, name, ..., text. */
    private final String[] template;
    /** The reason of a template without placeholders: the same for every firing. */
    private final String fixedReason;

    private RuleInfo(Rule rule, int position) {
        Map<String, Object> metadata = rule.getMetaData();
        this.name = rule.getName();
        this.id = metadata.containsKey("id") ? String.valueOf(metadata.get("id"))
                : rule.getPackageName() + "/" + rule.getName();
        this.section = metadata.containsKey("section") ? String.valueOf(metadata.get("section")) : "custom rule";
        this.policyClause = explanation("").policyClause(); // as every explanation of this rule will say it
        this.clause = clauseKey(policyClause);
        this.position = position;
        String reason = metadata.containsKey("reason") ? String.valueOf(metadata.get("reason")) : name;
        List<String> parts = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(reason);
        int last = 0;
        while (placeholder.find()) {
            parts.add(reason.substring(last, placeholder.start()));
            parts.add(placeholder.group(1));
            last = placeholder.end();
        }
        parts.add(reason.substring(last));
        this.template = parts.toArray(String[]::new);
        this.fixedReason = template.length == 1 ? template[0] : null;
    }

    static RuleInfo of(Rule rule, CompiledRules rules) {
        return new RuleInfo(rule, rules.position(rule.getName()));
    }

    /**
     * Reads, while the match is firing, the values its placeholders need; the reason is formatted from them later,
     * only for a firing whose conclusion still holds ({@link #reason(Object[])}).
     *
     * @return the value of each placeholder, in template order; {@code UNBOUND} for one the match does not declare
     */
    Object[] capture(Match match) {
        if (fixedReason != null) {
            return NO_VALUES;
        }
        Object[] values = new Object[template.length / 2];
        if (match instanceof RuleTerminalNodeLeftTuple tuple) {
            // What getDeclarationValue does, without building the list of every declared id to check each name.
            Map<String, Declaration> declared = tuple.getTerminalNode().getSubRule().getOuterDeclarations();
            for (int i = 0; i < values.length; i++) {
                Declaration declaration = declared.get(template[2 * i + 1]);
                values[i] = declaration == null ? UNBOUND : declaration.getValue(tuple);
            }
        } else {
            List<String> ids = match.getDeclarationIds();
            for (int i = 0; i < values.length; i++) {
                String placeholder = template[2 * i + 1];
                values[i] = ids.contains(placeholder) ? match.getDeclarationValue(placeholder) : UNBOUND;
            }
        }
        return values;
    }

    /** @return the reason with each placeholder replaced by the figure captured for it; unbound ones kept */
    String reason(Object[] values) {
        if (fixedReason != null) {
            return fixedReason;
        }
        StringBuilder reason = new StringBuilder(template[0]);
        for (int i = 1; i < template.length; i += 2) {
            Object value = values[i / 2];
            reason.append(value == UNBOUND ? "{" + template[i] + "}" : Figures.format(value));
            reason.append(template[i + 1]);
        }
        return reason.toString();
    }

    Explanation explanation(String reason) {
        return new Explanation(id, name, section, reason);
    }

    /**
     * A clause such as {@code 2.10} or {@code 2.4a} as numbers ({@code 2.4a} is {@code 2, 4, 1}: after 2.4, before 2.5);
     * anything else (custom rules) sorts after every number.
     */
    private static int[] clauseKey(String policyClause) {
        Matcher clause = CLAUSE.matcher(policyClause);
        if (!clause.matches()) {
            return new int[] {Integer.MAX_VALUE};
        }
        String[] parts = clause.group(1).split("\\.");
        String letter = clause.group(2);
        int[] key = new int[parts.length + (letter.isEmpty() ? 0 : 1)];
        for (int i = 0; i < parts.length; i++) {
            key[i] = Integer.parseInt(parts[i]);
        }
        if (!letter.isEmpty()) {
            key[parts.length] = letter.charAt(0) - 'a' + 1;
        }
        return key;
    }

    /** Orders by clause, then declaration order. */
    static int compare(RuleInfo a, RuleInfo b) {
        if (a == b) {
            return 0;
        }
        int byClause = Arrays.compare(a.clause, b.clause);
        return byClause != 0 ? byClause : Integer.compare(a.position, b.position);
    }
}
