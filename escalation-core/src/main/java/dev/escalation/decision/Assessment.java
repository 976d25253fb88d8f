package dev.escalation.decision;

import dev.escalation.model.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every decision the policy makes about one case at one instant (POLICY.md section 3). A part is empty when the
 * case gave nothing to decide it: no emergency and no situation means no routes, no escalation means no plan,
 * and so on.
 *
 * @param inScope     whether the account is in the scope of the escalation process (2.3)
 * @param conversion  the conversion advice, when the case holds an emergency (2.1)
 * @param routes      where the problem should go, when the case holds an emergency or a situation (2.2);
 *                    iterates in declaration order
 * @param suggestedSeverity the severity level the situation's risks suggest, when the case holds a situation that
 *                    names risks (2.4a)
 * @param plan        how the escalation is run, when the case holds an escalation of an in-scope account (2.4-2.7)
 * @param findings    what needs attention now, in the order of {@link FindingCode}, then by instant
 * @param closure     whether the escalation may close, when it holds closure facts and is in scope (2.10)
 * @param broadcast   whether to post in {@code #escalated_customers}, when the case holds an event (2.9)
 * @param messages    the messages drafted for this moment (declaration, channel opening, daily update, closure
 *                    update), in {@link MessageKind} order; empty unless the case holds an in-scope escalation.
 *                    Which are due is decided with the rest; their text is rendered when first read
 *                    ({@link MessageDraft#deferred}), so a caller that reads none pays for none
 * @param explanation   every rule that fired, by policy clause
 * @param policyVersion the version of the policy that decided: the library version and a hash of the rule set and
 *                      the settings, e.g. {@code 0.1.0+3f2a...}; equal ids mean equal rules and settings
 * @param toNotify      whom to ping about the broadcast (the output key {@code notify}), when the event is broadcast
 *                      and the case holds an in-scope escalation (2.9, v3): the plan's DRI, lead technical collaborator and case owner, then
 *                      {@code PRODUCT_DRI} and {@code SUPPORT_DRI}; each role once, a known role with an unknown
 *                      name kept with an empty name
 * @param upcoming      what the policy will decide later if nothing is done (2.12, v3), sorted by instant, code,
 *                      then item or step; always present, possibly empty
 */
public record Assessment(boolean inScope, Optional<Conversion> conversion, Optional<Set<Route>> routes,
                         Optional<Severity> suggestedSeverity, Optional<Plan> plan, List<Finding> findings, Optional<ClosureDecision> closure,
                         Optional<Boolean> broadcast, Map<MessageKind, MessageDraft> messages, List<Explanation> explanation,
                         String policyVersion, Optional<List<Assignment>> toNotify, List<Upcoming> upcoming) {

    /**
     * Normalises {@code null} parts to empty and copies the collections.
     *
     * @param inScope see {@link #inScope()}
     * @param conversion see {@link #conversion()}
     * @param routes see {@link #routes()}
     * @param suggestedSeverity see {@link #suggestedSeverity()}
     * @param plan see {@link #plan()}
     * @param findings see {@link #findings()}
     * @param closure see {@link #closure()}
     * @param broadcast see {@link #broadcast()}
     * @param messages see {@link #messages()}
     * @param explanation see {@link #explanation()}
     * @param policyVersion see {@link #policyVersion()}
     * @param toNotify see {@link #toNotify()}
     * @param upcoming see {@link #upcoming()}; sorted here
     */
    public Assessment {
        conversion = Objects.requireNonNullElse(conversion, Optional.empty());
        routes = Objects.requireNonNullElse(routes, Optional.<Set<Route>>empty())
                .map(r -> Collections.unmodifiableSet(new LinkedHashSet<>(r)));
        suggestedSeverity = Objects.requireNonNullElse(suggestedSeverity, Optional.empty());
        plan = Objects.requireNonNullElse(plan, Optional.empty());
        findings = List.copyOf(findings);
        closure = Objects.requireNonNullElse(closure, Optional.empty());
        broadcast = Objects.requireNonNullElse(broadcast, Optional.empty());
        messages = messages == null || messages.isEmpty() ? Map.of()
                : messages instanceof DeferredDrafts ? messages : Collections.unmodifiableMap(new EnumMap<>(messages));
        explanation = List.copyOf(explanation);
        Objects.requireNonNull(policyVersion, "policyVersion");
        toNotify = Objects.requireNonNullElse(toNotify, Optional.<List<Assignment>>empty()).map(List::copyOf);
        List<Upcoming> sorted = new ArrayList<>(upcoming == null ? List.of() : upcoming);
        Collections.sort(sorted);
        upcoming = List.copyOf(sorted);
    }

    /**
     * An assessment as version 2 gave it: nobody to notify and nothing upcoming.
     *
     * @param inScope see {@link #inScope()}
     * @param conversion see {@link #conversion()}
     * @param routes see {@link #routes()}
     * @param suggestedSeverity see {@link #suggestedSeverity()}
     * @param plan see {@link #plan()}
     * @param findings see {@link #findings()}
     * @param closure see {@link #closure()}
     * @param broadcast see {@link #broadcast()}
     * @param messages see {@link #messages()}
     * @param explanation see {@link #explanation()}
     * @param policyVersion see {@link #policyVersion()}
     */
    public Assessment(boolean inScope, Optional<Conversion> conversion, Optional<Set<Route>> routes,
                      Optional<Severity> suggestedSeverity, Optional<Plan> plan, List<Finding> findings,
                      Optional<ClosureDecision> closure, Optional<Boolean> broadcast,
                      Map<MessageKind, MessageDraft> messages, List<Explanation> explanation, String policyVersion) {
        this(inScope, conversion, routes, suggestedSeverity, plan, findings, closure, broadcast, messages, explanation,
                policyVersion, Optional.empty(), List.of());
    }

    /**
     * When a service should assess the case again (POLICY.md 2.12, v3): the first upcoming instant. Nothing the
     * policy decides changes before it unless the case changes.
     *
     * @return the first {@link Upcoming#at()}; empty when nothing is upcoming
     */
    public Optional<Instant> nextReviewAt() {
        return upcoming.isEmpty() ? Optional.empty() : Optional.of(upcoming.get(0).at());
    }

    /**
     * @param code a standard finding code
     * @return the findings with that code, in order
     */
    public List<Finding> findings(FindingCode code) {
        return findings.stream().filter(f -> f.is(code)).toList();
    }

    /**
     * @param code a standard finding code
     * @return whether a finding with that code was made
     */
    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.is(code));
    }
}
