package dev.escalation.test;

import dev.escalation.PolicyRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which rules of a policy, standard and added, fired in a suite: a rule fired when its id is in the explanation of
 * some decision the suite made.
 *
 * <p><b>Stability:</b> stable API.
 *
 * @param rules the policy's rules, as {@link dev.escalation.EscalationPolicy#rules()} lists them
 * @param fired the ids of the rules that fired
 */
public record RuleCoverage(List<PolicyRule> rules, Set<String> fired) {

    /**
     * Copies the collections.
     *
     * @param rules see {@link #rules()}
     * @param fired see {@link #fired()}
     */
    public RuleCoverage {
        rules = List.copyOf(rules);
        fired = Collections.unmodifiableSet(new LinkedHashSet<>(fired));
    }

    /** @return the ids of the policy's rules, each once, in the policy's order */
    public List<String> ids() {
        return rules.stream().map(PolicyRule::id).distinct().toList();
    }

    /** @return how many of the policy's rules fired */
    public int firedCount() {
        return (int) ids().stream().filter(fired::contains).count();
    }

    /** @return the ids of the rules that never fired, in the policy's order */
    public List<String> neverFired() {
        return ids().stream().filter(id -> !fired.contains(id)).toList();
    }

    /** @return the share of the rules that fired, from 0 to 100; 100 for a policy without rules */
    public double percent() {
        int total = ids().size();
        return total == 0 ? 100 : 100.0 * firedCount() / total;
    }

    /**
     * @param which the rules to keep, e.g. {@code rule -> rule.id().startsWith("renewals/")} for a team's own
     * @return the coverage of those rules alone
     */
    public RuleCoverage restrictedTo(Predicate<PolicyRule> which) {
        return new RuleCoverage(rules.stream().filter(which).toList(), fired);
    }

    /** @return {@code rules fired K/R; never fired: [ID, ID]} */
    public String summary() {
        return "rules fired " + firedCount() + "/" + ids().size() + "; never fired: [" + String.join(", ", neverFired())
                + "]";
    }

    /**
     * @param minPercent the least share of rules that must fire, from 0 to 100
     * @return whether fewer fired
     */
    public boolean isBelow(double minPercent) {
        return percent() < minPercent;
    }

    /**
     * @param minPercent the least share of rules that must fire
     * @return {@code FAIL rule coverage: got K/R rules fired (P %), want at least MIN %}
     */
    public String failure(double minPercent) {
        return "FAIL rule coverage: got " + firedCount() + "/" + ids().size() + " rules fired ("
                + decimal(percent(), 1) + " %), want at least " + decimal(minPercent, 2) + " %";
    }

    private static String decimal(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
    }
}
