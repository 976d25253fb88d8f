package dev.escalation.rules.internal;

import dev.escalation.decision.Explanation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;

/**
 * What the explanation needs of one rule, read from its metadata once per knowledge base: id, name, section, the
 * reason template split into text and placeholders, and the keys that order explanations (POLICY.md clause, then
 * declaration order).
 */
final class RuleInfo {

    private static final Pattern CLAUSE = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,4})*)([a-z]?)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$[A-Za-z_][A-Za-z0-9_]*)}");

    final String id;
    final String name;
    final String section;
    final int[] clause;
    final int position;
    /** Alternating literal text and placeholder names: text, name, text, name, ..., text. */
    private final String[] template;

    private RuleInfo(Rule rule, int position) {
        Map<String, Object> metadata = rule.getMetaData();
        this.name = rule.getName();
        this.id = metadata.containsKey("id") ? String.valueOf(metadata.get("id"))
                : rule.getPackageName() + "/" + rule.getName();
        this.section = metadata.containsKey("section") ? String.valueOf(metadata.get("section")) : "custom rule";
        this.clause = clauseKey(id);
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
    }

    static RuleInfo of(Rule rule, CompiledRules rules) {
        return new RuleInfo(rule, rules.position(rule.getName()));
    }

    /** @return the reason with each placeholder replaced by the figure the match bound; unknown ones kept */
    Explanation explain(Match match) {
        StringBuilder reason = new StringBuilder(template[0]);
        List<String> declared = template.length > 1 ? match.getDeclarationIds() : List.of();
        for (int i = 1; i < template.length; i += 2) {
            String placeholder = template[i];
            reason.append(declared.contains(placeholder) ? Figures.format(match.getDeclarationValue(placeholder))
                    : "{" + placeholder + "}");
            reason.append(template[i + 1]);
        }
        return new Explanation(id, name, section, reason.toString());
    }

    /**
     * A clause such as {@code 2.10} or {@code 2.4a} as numbers ({@code 2.4a} is {@code 2, 4, 1}: after 2.4, before 2.5);
     * anything else (custom rules) sorts after every number.
     */
    private static int[] clauseKey(String id) {
        int slash = id.indexOf('/');
        Matcher clause = CLAUSE.matcher(slash < 0 ? id : id.substring(0, slash));
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
        int byClause = Arrays.compare(a.clause, b.clause);
        return byClause != 0 ? byClause : Integer.compare(a.position, b.position);
    }
}
