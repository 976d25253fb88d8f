package dev.escalation.examples;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.Plan;
import dev.escalation.model.Account;
import dev.escalation.model.Escalation;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import java.time.Instant;

/** An escalation is being opened: who is DRI, how often do we meet, what must happen by when? */
public final class OpenEscalation {

    private OpenEscalation() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Instant now = Instant.parse("2026-03-02T15:30:00Z");
        Account account = Account.builder("Initech", Segment.CSM_MANAGED)
                .team(Team.builder().csm("Casey Jones").accountExecutive("Alex Morgan").build())
                .professionalServicesProject(new ProfessionalServicesProject(true, "Pat Quinn")).build();
        Escalation escalation = Escalation.builder(Severity.CRITICAL, now).relatedToPsProject(true)
                .productRelated(true).build();

        Plan plan = EscalationPolicy.standard().plan(account, escalation, now).orElseThrow();

        System.out.println("cadence:      " + plan.cadence() + ", involve " + plan.involvement());
        System.out.println("DRI:          " + Show.person(plan.dri()));
        System.out.println("case owner:   " + plan.caseOwner().map(Show::person)
                .orElse("none (an escalation of an active PS project has no CS Help request)"));
        System.out.println("product:      DRI required " + plan.productDriRequired() + ", counterpart "
                + plan.productLeader().map(Enum::name).orElse("none"));
        System.out.println("channel:      " + plan.channel());
        for (ChecklistEntry entry : plan.checklist()) {
            System.out.println("  " + entry.item() + entry.due().map(due -> " due " + due).orElse(" ongoing"));
        }
    }
}
