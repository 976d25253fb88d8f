package dev.escalation.rules.internal;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.MessageDraft;
import dev.escalation.decision.MessageKind;
import dev.escalation.decision.Plan;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.Closure;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Event;
import dev.escalation.model.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts the handbook's messages from a case and the decisions the rules made about it. The wording is in one
 * Mustache template per message ({@code dev/escalation/messages/<key>.mustache}); this class only gathers the data.
 * Every value a template prints is escaped for Slack ({@code &}, {@code <}, {@code >}), so user text cannot ping or
 * link; the templates' own markup (links, bold) is not.
 */
public final class MessageDrafts {

    private static final String FOLDER = "/dev/escalation/messages/";
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .withEscaper(Escapers.simple(new String[][] {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}}))
            .nullValue("");
    private static final Map<MessageKind, Template> TEMPLATES = compileAll();

    private MessageDrafts() {
    }

    private static Map<MessageKind, Template> compileAll() {
        Map<MessageKind, Template> templates = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            String file = FOLDER + kind.key() + ".mustache";
            try (InputStream in = MessageDrafts.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("message template missing from the classpath: " + file);
                }
                templates.put(kind, COMPILER.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read message template " + file, e);
            }
        }
        return templates;
    }

    /**
     * @param kinds          the messages to draft
     * @param escalationCase the case, holding an escalation
     * @param now            the instant the case was assessed as of
     * @param assessment     the rules' decisions about it, with a plan
     * @return the drafts, in {@link MessageKind} order
     */
    public static Map<MessageKind, MessageDraft> draft(Set<MessageKind> kinds, EscalationCase escalationCase, Instant now,
                                                  Assessment assessment) {
        Map<MessageKind, MessageDraft> drafts = new EnumMap<>(MessageKind.class);
        if (assessment.plan().isEmpty() || escalationCase.escalation() == null) {
            return drafts;
        }
        for (MessageKind kind : MessageKind.values()) {
            if (kinds.contains(kind)) {
                View view = new View(escalationCase, now, assessment);
                switch (kind) {
                    case DECLARATION -> view.declaration();
                    case CHANNEL_OPENING -> view.channelOpening();
                    case DAILY_UPDATE -> view.dailyUpdate();
                    case CLOSURE_UPDATE -> view.closureUpdate();
                }
                drafts.put(kind, new MessageDraft(TEMPLATES.get(kind).execute(view.data).stripTrailing(), view.missing));
            }
        }
        return drafts;
    }

    /** The data one template prints, and the names of the facts it needed but did not get. */
    private static final class View {
        final Map<String, Object> data = new HashMap<>();
        final List<String> missing = new ArrayList<>();
        private final EscalationCase escalationCase;
        private final Escalation escalation;
        private final Instant now;
        private final Assessment assessment;
        private final Plan plan;

        View(EscalationCase escalationCase, Instant now, Assessment assessment) {
            this.escalationCase = escalationCase;
            this.escalation = escalationCase.escalation();
            this.now = now;
            this.assessment = assessment;
            this.plan = assessment.plan().orElseThrow();
            data.put("customer", escalationCase.account().name());
            data.put("now", now.toString());
            data.put("severity", plan.severity().name());
        }

        /** Puts a value that may be absent; an absent (or blank) one is listed as missing under its field name. */
        private void optional(String key, String field, String value) {
            if (value == null || value.isBlank()) {
                missing.add(field);
            } else {
                data.put(key, value);
            }
        }

        private void dri() {
            data.put("driRole", plan.dri().role().name());
            plan.dri().name().ifPresent(name -> data.put("driName", name));
        }

        /**
         * The next sync: missing when none is ahead of now. The rules decide it for an open escalation; a closed one
         * gets no running findings, so the same test is made here.
         */
        private void nextSync() {
            Instant next = escalation.nextCustomerTouchpointAt();
            if (assessment.has(FindingCode.NEXT_TOUCHPOINT_MISSING) || next == null || !next.isAfter(now)) {
                missing.add("nextCustomerTouchpointAt");
            } else {
                data.put("nextSync", escalation.nextCustomerTouchpointAt().toString());
            }
        }

        void declaration() {
            data.put("channel", escalation.channel() != null ? escalation.channel().name() : plan.channel());
            optional("meetingNotes", "links.meetingNotes", escalation.links().meetingNotes());
            optional("caseUrl", "links.caseUrl", escalation.links().caseUrl());
            Event event = escalationCase.event();
            data.put("status", event == Event.OPENED ? "Opened" : event == Event.SEVERITY_CHANGED ? "Severity changed"
                    : escalation.isOpen() ? "Open" : "Closed");
            // A change of severity is announced as such, not as a new escalation, naming whom it newly involves.
            data.put("severityChanged", event == Event.SEVERITY_CHANGED);
            if (event == Event.SEVERITY_CHANGED) {
                newlyInvolved().ifPresent(who -> data.put("newlyInvolved", who));
            }
            if (plan.peakSeverity() != plan.severity()) {
                data.put("peakSeverity", plan.peakSeverity().name());
            }
            data.put("reached", plan.peakSeverity().name());
            if (plan.productDriRequired() || escalation.productDri() != null) {
                data.put("productDriLine", true);
                optional("productDri", "productDri", escalation.productDri());
            }
            optional("supportDri", "supportDri", escalation.supportDri());
            optional("description", "description", escalation.description());
            optional("fyi", "fyi", escalation.fyi());
        }

        void channelOpening() {
            optional("description", "description", escalation.description());
            optional("caseUrl", "links.caseUrl", escalation.links().caseUrl());
            dri();
            optional("initialAsk", "initialAsk", escalation.initialAsk());
            nextSync();
            optional("customerNotes", "links.customerNotes", escalation.links().customerNotes());
        }

        void dailyUpdate() {
            data.put("cadence", plan.cadence().name());
            dri();
            if (plan.dri().name().isEmpty()) {
                missing.add("dri");
            }
            List<Map<String, Object>> findings = new ArrayList<>();
            for (Finding finding : assessment.findings()) {
                Map<String, Object> item = new HashMap<>();
                item.put("code", finding.code());
                item.put(FindingCode.standard(finding.code()).isPresent() ? finding.code() : "custom", true);
                List<Map<String, String>> details = new ArrayList<>();
                finding.details().forEach((name, value) -> details.add(Map.of("name", name,
                        "value", value instanceof Instant ? value.toString() : Figures.format(value))));
                item.put("details", details);
                findings.add(item);
            }
            data.put("findings", findings);
            data.put("hasFindings", !findings.isEmpty());
            List<Map<String, String>> open = new ArrayList<>();
            for (ChecklistEntry entry : plan.checklist()) {
                if (!entry.done() && entry.due().isPresent()) {
                    open.add(Map.of("item", entry.item().name(), "due", entry.due().get().toString()));
                }
            }
            data.put("openItems", open);
            data.put("hasOpenItems", !open.isEmpty());
            managerStepIn();
            nextSync();
        }

        /** The stakeholders the latest severity change newly involves, as the checklist names them (POLICY.md 2.7). */
        private Optional<String> newlyInvolved() {
            ChecklistEntry latest = null;
            for (ChecklistEntry entry : plan.checklist()) {
                if (entry.item() == ChecklistItem.INFORM_NEWLY_INVOLVED) {
                    latest = entry;
                }
            }
            if (latest == null) {
                return Optional.empty();
            }
            List<String> names = new ArrayList<>();
            latest.stakeholders().forEach(stakeholder -> names.add(stakeholder.name()));
            return Optional.of(String.join(", ", names));
        }

        /** When the CSM manager steps in (POLICY.md 2.8 and 2.12): now, or the upcoming instant, if the DRI is a CSM. */
        private void managerStepIn() {
            if (assessment.has(FindingCode.MANAGER_STEP_IN)) {
                data.put("managerStepIn", "now: the gaps ran past their limits");
                return;
            }
            for (Upcoming upcoming : assessment.upcoming()) {
                if (upcoming.code().equals(FindingCode.MANAGER_STEP_IN.name())) {
                    data.put("managerStepIn", "after " + upcoming.at() + " unless updates and standups are posted");
                    return;
                }
            }
        }

        void closureUpdate() {
            Closure closure = escalation.closure();
            if (closure == null || closure.outcome() == null) {
                missing.add("closure.outcome");
            } else {
                data.put("outcomeAnswered", true);
                data.put(closure.outcome() == Outcome.POSITIVE ? "positive" : closure.outcome() == Outcome.NEGATIVE
                        ? "negative" : "noOutcome", true);
            }
            if (closure == null || closure.exitCriteriaMet() == null) {
                missing.add("closure.exitCriteriaMet");
            } else {
                data.put("criteriaAnswered", true);
                data.put(closure.exitCriteriaMet() ? "criteriaMet" : "criteriaNotMet", true);
            }
            optional("summary", "closure.summary", closure == null ? null : closure.summary());
        }
    }
}
