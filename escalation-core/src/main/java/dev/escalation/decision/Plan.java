package dev.escalation.decision;

import dev.escalation.model.Cadence;
import dev.escalation.model.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an in-scope escalation is run: cadence and involvement, who does what, what product must provide, the
 * channel and the checklist (POLICY.md 2.4 to 2.7).
 *
 * @param severity                  the escalation's severity now, which sets cadence and involvement
 * @param peakSeverity              the highest severity it has had (POLICY.md section 1), which sets the Product DRI
 *                                  requirement and the product leader
 * @param cadence                   the cadence of meetings and communications at that severity
 * @param involvement               who is involved at that severity, in declaration order
 * @param dri                       the escalation DRI: exactly one, always
 * @param leadTechnicalCollaborator the CSE leading technically when the AE is DRI of a TAM Scale account
 * @param caseOwner                 the owner of the CS Help request; empty when the DRI is the PS project manager
 *                                  (the CS Help request is for escalations of non-PS projects)
 * @param contacts                  whom support reaches out to, in order, ending with the Support Manager On-call
 * @param productDriRequired        whether a Product DRI is required
 * @param productLeader             the product leader acting as stable counterpart, if any
 * @param channel                   the suggested name of the temporary Slack channel, e.g. {@code #esc_acme_corp}
 * @param checklist                 the opening and ongoing checklist, in declaration order
 * @param explanation               the rules of 2.4 to 2.7 that fired
 * @param state                     whether the escalation is open, monitoring or closed (v3; POLICY.md 2.8)
 */
public record Plan(Severity severity, Severity peakSeverity, Cadence cadence, List<Stakeholder> involvement,
                   Assignment dri, Optional<Assignment> leadTechnicalCollaborator, Optional<Assignment> caseOwner, List<Assignment> contacts,
                   boolean productDriRequired, Optional<ProductLeader> productLeader, String channel,
                   List<ChecklistEntry> checklist, List<Explanation> explanation, EscalationState state) {

    /** The POLICY.md clauses (2.4 to 2.7) whose rules this part's explanation holds, as a rule id begins. */
    public static final List<String> CLAUSES = List.of("2.4", "2.5", "2.6", "2.7");

    /**
     * Rejects missing parts and copies the lists.
     *
     * @param severity see {@link #severity()}
     * @param peakSeverity see {@link #peakSeverity()}
     * @param cadence see {@link #cadence()}
     * @param involvement see {@link #involvement()}
     * @param dri see {@link #dri()}
     * @param leadTechnicalCollaborator see {@link #leadTechnicalCollaborator()}
     * @param caseOwner see {@link #caseOwner()}
     * @param contacts see {@link #contacts()}
     * @param productDriRequired see {@link #productDriRequired()}
     * @param productLeader see {@link #productLeader()}
     * @param channel see {@link #channel()}
     * @param checklist see {@link #checklist()}
     * @param explanation see {@link #explanation()}
     * @param state see {@link #state()}
     */
    public Plan {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(peakSeverity, "peakSeverity");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(dri, "dri");
        caseOwner = caseOwner == null ? Optional.empty() : caseOwner;
        involvement = List.copyOf(involvement);
        leadTechnicalCollaborator = leadTechnicalCollaborator == null ? Optional.empty() : leadTechnicalCollaborator;
        contacts = List.copyOf(contacts);
        productLeader = productLeader == null ? Optional.empty() : productLeader;
        Objects.requireNonNull(channel, "channel");
        checklist = List.copyOf(checklist);
        explanation = List.copyOf(explanation);
        Objects.requireNonNull(state, "state");
    }

    /**
     * A plan of an open escalation, as version 2 gave it.
     *
     * @param severity see {@link #severity()}
     * @param peakSeverity see {@link #peakSeverity()}
     * @param cadence see {@link #cadence()}
     * @param involvement see {@link #involvement()}
     * @param dri see {@link #dri()}
     * @param leadTechnicalCollaborator see {@link #leadTechnicalCollaborator()}
     * @param caseOwner see {@link #caseOwner()}
     * @param contacts see {@link #contacts()}
     * @param productDriRequired see {@link #productDriRequired()}
     * @param productLeader see {@link #productLeader()}
     * @param channel see {@link #channel()}
     * @param checklist see {@link #checklist()}
     * @param explanation see {@link #explanation()}
     */
    public Plan(Severity severity, Severity peakSeverity, Cadence cadence, List<Stakeholder> involvement,
                Assignment dri, Optional<Assignment> leadTechnicalCollaborator, Optional<Assignment> caseOwner,
                List<Assignment> contacts, boolean productDriRequired, Optional<ProductLeader> productLeader,
                String channel, List<ChecklistEntry> checklist, List<Explanation> explanation) {
        this(severity, peakSeverity, cadence, involvement, dri, leadTechnicalCollaborator, caseOwner, contacts,
                productDriRequired, productLeader, channel, checklist, explanation, EscalationState.OPEN);
    }

    /**
     * @param item a checklist item
     * @return its entry, if the item is on this checklist
     */
    public Optional<ChecklistEntry> checklist(ChecklistItem item) {
        return checklist.stream().filter(e -> e.item() == item).findFirst();
    }
}
