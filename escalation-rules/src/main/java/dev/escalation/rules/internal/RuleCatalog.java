package dev.escalation.rules.internal;

import dev.escalation.PolicyRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** The rules of a compiled knowledge base, described as the explanation names them. */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    /**
     * @param rules a compiled rule set
     * @return every rule (queries left out), ordered as explanations are: by policy clause, then declaration order
     */
    public static List<PolicyRule> of(CompiledRules rules) {
        List<RuleInfo> infos = new ArrayList<>();
        for (KiePackage kiePackage : rules.knowledgeBase().getKiePackages()) {
            // A query is a Rule to Drools (its rule class implements both), so it is told apart by name.
            Set<String> queries = new HashSet<>();
            kiePackage.getQueries().forEach(query -> queries.add(query.getName()));
            for (Rule rule : kiePackage.getRules()) {
                if (!queries.contains(rule.getName())) {
                    infos.add(RuleInfo.of(rule, rules));
                }
            }
        }
        infos.sort(RuleInfo::compare);
        return infos.stream().map(info -> new PolicyRule(info.id, info.name, info.section)).toList();
    }
}
