package dev.escalation.test;

import dev.escalation.decision.Assignment;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.EscalationRole;
import dev.escalation.decision.EscalationState;
import dev.escalation.decision.Plan;
import dev.escalation.model.Cadence;
import dev.escalation.model.Severity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Plan}; failures name the plan's keys as {@code decide} writes them ({@code plan.dri}).
 *
 * <p><b>Stability:</b> stable API.
 */
public final class PlanAssert extends AbstractObjectAssert<PlanAssert, Plan> {

    PlanAssert(Plan actual) {
        super(actual, PlanAssert.class);
    }

    private PlanAssert check(boolean ok, String key, Object got, Object want) {
        isNotNull();
        if (!ok) {
            failWithMessage("%s", Mismatch.of("plan." + key, got, want));
        }
        return this;
    }

    /**
     * @param severity a severity level
     * @return this, when the escalation's severity now is that
     */
    public PlanAssert hasSeverity(Severity severity) {
        return check(actual.severity() == severity, "severity", actual.severity(), severity);
    }

    /**
     * @param severity a severity level
     * @return this, when the highest severity the escalation has had is that
     */
    public PlanAssert hasPeakSeverity(Severity severity) {
        return check(actual.peakSeverity() == severity, "peakSeverity", actual.peakSeverity(), severity);
    }

    /**
     * @param cadence a cadence
     * @return this, when the escalation is worked at that cadence
     */
    public PlanAssert hasCadence(Cadence cadence) {
        return check(actual.cadence() == cadence, "cadence", actual.cadence(), cadence);
    }

    /**
     * @param role the DRI's role
     * @param name the person, or {@code null} for nobody named
     * @return this, when the DRI is that role held by that person
     */
    public PlanAssert hasDri(EscalationRole role, String name) {
        Assignment want = Assignment.of(role, name);
        return check(actual.dri().equals(want), "dri", actual.dri(), want);
    }

    /**
     * @param role the DRI's role
     * @return this, when the DRI has that role, whoever holds it
     */
    public PlanAssert hasDri(EscalationRole role) {
        return check(actual.dri().role() == role, "dri.role", actual.dri().role(), role);
    }

    /**
     * @param role the role
     * @param name the person, or {@code null} for nobody named
     * @return this, when the lead technical collaborator is that
     */
    public PlanAssert hasLeadTechnicalCollaborator(EscalationRole role, String name) {
        Optional<Assignment> want = Optional.of(Assignment.of(role, name));
        return check(actual.leadTechnicalCollaborator().equals(want), "leadTechnicalCollaborator",
                actual.leadTechnicalCollaborator(), want);
    }

    /** @return this, when there is no lead technical collaborator */
    public PlanAssert hasNoLeadTechnicalCollaborator() {
        return check(actual.leadTechnicalCollaborator().isEmpty(), "leadTechnicalCollaborator",
                actual.leadTechnicalCollaborator(), Optional.empty());
    }

    /**
     * @param role the role
     * @param name the person, or {@code null} for nobody named
     * @return this, when the CS Help request's case owner is that
     */
    public PlanAssert hasCaseOwner(EscalationRole role, String name) {
        Optional<Assignment> want = Optional.of(Assignment.of(role, name));
        return check(actual.caseOwner().equals(want), "caseOwner", actual.caseOwner(), want);
    }

    /** @return this, when there is no case owner (an escalation of an active PS project) */
    public PlanAssert hasNoCaseOwner() {
        return check(actual.caseOwner().isEmpty(), "caseOwner", actual.caseOwner(), Optional.empty());
    }

    /**
     * @param roles roles
     * @return this, when support reaches out to exactly these, in this order
     */
    public PlanAssert hasContacts(EscalationRole... roles) {
        List<EscalationRole> got = actual.contacts().stream().map(Assignment::role).toList();
        return check(got.equals(Arrays.asList(roles)), "contacts", got, Arrays.asList(roles));
    }

    /** @return this, when a Product DRI is required */
    public PlanAssert requiresProductDri() {
        return check(actual.productDriRequired(), "productDriRequired", false, true);
    }

    /** @return this, when no Product DRI is required */
    public PlanAssert doesNotRequireProductDri() {
        return check(!actual.productDriRequired(), "productDriRequired", true, false);
    }

    /**
     * @param channel a channel name, e.g. {@code #esc_acme_corp}
     * @return this, when that is the suggested channel name
     */
    public PlanAssert hasChannel(String channel) {
        return check(actual.channel().equals(channel), "channel", actual.channel(), channel);
    }

    /**
     * @param state where the escalation stands
     * @return this, when {@code plan.state} is that (v3: open, monitoring or closed)
     */
    public PlanAssert hasState(EscalationState state) {
        return check(actual.state() == state, "state", actual.state(), state);
    }

    /**
     * @param item a checklist item
     * @param due  when it is due
     * @return this, when the item is on the checklist, due then
     */
    public PlanAssert hasItemDue(ChecklistItem item, Instant due) {
        Optional<Instant> got = actual.checklist(item).flatMap(ChecklistEntry::due);
        return check(actual.checklist(item).isPresent() && got.equals(Optional.of(due)), "checklist " + item
                + ".due", actual.checklist(item).isPresent() ? got : "not on the checklist", due);
    }

    /**
     * @param item a checklist item
     * @return this, when the item is on the checklist and done
     */
    public PlanAssert hasItemDone(ChecklistItem item) {
        Optional<Boolean> done = actual.checklist(item).map(ChecklistEntry::done);
        return check(done.orElse(false), "checklist " + item + ".done",
                done.isPresent() ? (Object) false : "not on the checklist", true);
    }
}
