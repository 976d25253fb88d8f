package dev.escalation.examples.decide;

import dev.escalation.decision.Plan;
import dev.escalation.decision.EscalationRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The handbook's DRI flowchart (S2: Escalation DRI) as a Mermaid {@code flowchart TD}, with the path a case took
 * highlighted: the nodes by a {@code classDef}, the edges by {@code linkStyle}. The path is read from the plan the
 * rules made (the DRI's role and the lead technical collaborator), not decided again here.
 */
public final class DriFlowchart {

    /** The handbook's edges, in order; Mermaid numbers links from 0 in this order. */
    private static final List<String> EDGES = List.of(
            "A --> B",
            "B -->|Yes| C",
            "B -->|No| D",
            "D -->|Yes| E",
            "D -->|No| F",
            "F --> G",
            "G --> H",
            "D -.->|No, another segment| G");

    private DriFlowchart() {
    }

    /**
     * @param plan     the plan of the case, or empty when the case has no in-scope escalation
     * @param tamScale whether the account is a TAM Scale account, which the handbook's path to the AE assumes
     * @return the Mermaid text, ending with a line break
     */
    public static String of(Optional<Plan> plan, boolean tamScale) {
        List<String> lines = new ArrayList<>();
        lines.add("flowchart TD");
        lines.add("    A[Account Escalation Identified]");
        lines.add("    B{Is this related to a Professional Services Project?}");
        lines.add("    C[Professional Services Project Manager is DRI]");
        lines.add("    D{Does customer have an assigned CSM?}");
        lines.add("    E[CSM is DRI]");
        lines.add("    F[Customer assigned to TAM Scale]");
        lines.add("    G[AE is DRI]");
        lines.add("    H[CSE assigned via CSE Help Case. CSE is lead technical collaborator.]");
        EDGES.forEach(edge -> lines.add("    " + edge));
        if (plan.isEmpty()) {
            lines.add("    %% no DRI was decided: the case holds no escalation of an in-scope account");
        } else {
            Set<Integer> taken = path(plan.get(), tamScale);
            Set<String> nodes = new LinkedHashSet<>();
            for (int edge : taken) {
                String[] ends = EDGES.get(edge).split(" -\\.?->(\\|[^|]*\\|)? ");
                nodes.add(ends[0]);
                nodes.add(ends[1]);
            }
            lines.add("    %% DRI: " + plan.get().dri().role() + plan.get().dri().name()
                    .map(n -> " (" + n.replaceAll("[\\r\\n]+", " ") + ")").orElse(""));
            lines.add("    classDef taken fill:#fde68a,stroke:#b45309,stroke-width:3px");
            lines.add("    class " + String.join(",", nodes) + " taken");
            lines.add("    linkStyle " + taken.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + " stroke:#b45309,stroke-width:3px");
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /**
     * The edges taken to the plan's DRI, and on to the lead technical collaborator when there is one. The handbook
     * draws the way to the AE through "Customer assigned to TAM Scale"; for another segment without a CSM the AE is
     * DRI too, by the dotted edge added for it.
     */
    private static Set<Integer> path(Plan plan, boolean tamScale) {
        Set<Integer> edges = new LinkedHashSet<>();
        edges.add(0);
        EscalationRole dri = plan.dri().role();
        if (dri == EscalationRole.PS_PROJECT_MANAGER) {
            edges.add(1);
            return edges;
        }
        edges.add(2);
        if (dri == EscalationRole.CSM) {
            edges.add(3);
            return edges;
        }
        if (!tamScale) {
            edges.add(7);
            return edges;
        }
        edges.add(4);
        edges.add(5);
        if (plan.leadTechnicalCollaborator().isPresent()) {
            edges.add(6);
        }
        return edges;
    }
}
