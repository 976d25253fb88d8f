package dev.escalation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.Closure;
import dev.escalation.model.Emergency;
import dev.escalation.model.Escalation;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Links;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Situation;
import dev.escalation.model.Team;
import java.io.IOException;
import java.util.Collection;

/**
 * Writes a case with its {@code now} as {@link CaseReader} reads it: the {@code decide} input, field names of POLICY.md
 * section 1, keys in the reader's order. A {@code null} field is left out (the reader reads an absent field as
 * {@code null}), a {@code null} element of a list is written, for the reader to name; booleans, counts and lists
 * are always written, so the text says everything the case says.
 */
final class CaseWriter {

    private CaseWriter() {
    }

    /**
     * @param input the case and its {@code now}
     * @param out   where to write them, as one JSON object
     * @throws IOException when the generator cannot write
     */
    static void write(CaseInput input, JsonGenerator out) throws IOException {
        EscalationCase escalationCase = input.escalationCase();
        out.writeStartObject();
        text("now", input.now(), out);
        if (escalationCase != null) {
            if (escalationCase.account() != null) {
                out.writeFieldName("account");
                account(escalationCase.account(), out);
            }
            if (escalationCase.emergency() != null) {
                out.writeFieldName("emergency");
                emergency(escalationCase.emergency(), out);
            }
            if (escalationCase.situation() != null) {
                out.writeFieldName("situation");
                situation(escalationCase.situation(), out);
            }
            if (escalationCase.escalation() != null) {
                out.writeFieldName("escalation");
                escalation(escalationCase.escalation(), out);
            }
            text("event", escalationCase.event(), out);
        }
        out.writeEndObject();
    }

    private static void account(Account account, JsonGenerator out) throws IOException {
        out.writeStartObject();
        text("name", account.name(), out);
        text("segment", account.segment(), out);
        out.writeBooleanField("strategicPartnership", account.strategicPartnership());
        Team team = account.team();
        out.writeObjectFieldStart("team");
        text("csm", team.csm(), out);
        text("accountExecutive", team.accountExecutive(), out);
        text("cse", team.cse(), out);
        text("regionalManager", team.regionalManager(), out);
        text("regionalCseLeader", team.regionalCseLeader(), out);
        out.writeEndObject();
        ProfessionalServicesProject project = account.professionalServicesProject();
        if (project != null) {
            out.writeObjectFieldStart("professionalServicesProject");
            out.writeBooleanField("active", project.active());
            text("projectManager", project.projectManager(), out);
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private static void emergency(Emergency emergency, JsonGenerator out) throws IOException {
        out.writeStartObject();
        text("ticketId", emergency.ticketId(), out);
        text("startedAt", emergency.startedAt(), out);
        out.writeBooleanField("afterUpgrade", emergency.afterUpgrade());
        out.writeNumberField("upgradeRelatedProblems", emergency.upgradeRelatedProblems());
        out.writeBooleanField("clearResolutionInSight", emergency.clearResolutionInSight());
        names("blockedInitiatives", emergency.blockedInitiatives(), out);
        out.writeBooleanField("recentProfessionalServices", emergency.recentProfessionalServices());
        out.writeBooleanField("psEngineersAvailable", emergency.psEngineersAvailable());
        out.writeBooleanField("instanceDown", emergency.instanceDown());
        text("callStartedAt", emergency.callStartedAt(), out);
        text("shiftEndsAt", emergency.shiftEndsAt(), out);
        out.writeEndObject();
    }

    private static void situation(Situation situation, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeBooleanField("singleTicketMovingSlowly", situation.singleTicketMovingSlowly());
        out.writeBooleanField("singleIncident", situation.singleIncident());
        out.writeBooleanField("suspectedWidespreadGitLabCom", situation.suspectedWidespreadGitLabCom());
        out.writeBooleanField("accountAtRisk", situation.accountAtRisk());
        text("impact", situation.impact(), out);
        names("risks", situation.risks(), out);
        out.writeEndObject();
    }

    private static void escalation(Escalation escalation, JsonGenerator out) throws IOException {
        out.writeStartObject();
        text("severity", escalation.severity(), out);
        text("openedSeverity", escalation.openedSeverity(), out);
        out.writeBooleanField("relatedToPsProject", escalation.relatedToPsProject());
        out.writeBooleanField("productRelated", escalation.productRelated());
        out.writeBooleanField("platformRelated", escalation.platformRelated());
        text("openedAt", escalation.openedAt(), out);
        if (escalation.channel() != null) {
            out.writeObjectFieldStart("channel");
            text("name", escalation.channel().name(), out);
            out.writeBooleanField("public", escalation.channel().isPublic());
            out.writeEndObject();
        }
        text("productDri", escalation.productDri(), out);
        out.writeArrayFieldStart("exitCriteria");
        for (String criterion : escalation.exitCriteria()) {
            out.writeString(criterion);
        }
        out.writeEndArray();
        text("nextCustomerTouchpointAt", escalation.nextCustomerTouchpointAt(), out);
        out.writeArrayFieldStart("activity");
        for (Activity activity : escalation.activity()) {
            if (activity == null) {
                out.writeNull();
                continue;
            }
            out.writeStartObject();
            text("kind", activity.kind(), out);
            text("at", activity.at(), out);
            text("severity", activity.severity(), out);
            out.writeEndObject();
        }
        out.writeEndArray();
        if (escalation.closure() != null) {
            out.writeFieldName("closure");
            closure(escalation.closure(), out);
        }
        text("closedAt", escalation.closedAt(), out);
        text("description", escalation.description(), out);
        text("initialAsk", escalation.initialAsk(), out);
        text("fyi", escalation.fyi(), out);
        text("supportDri", escalation.supportDri(), out);
        Links links = escalation.links();
        out.writeObjectFieldStart("links");
        text("meetingNotes", links.meetingNotes(), out);
        text("customerNotes", links.customerNotes(), out);
        text("caseUrl", links.caseUrl(), out);
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void closure(Closure closure, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeBooleanField("customerAgreed", closure.customerAgreed());
        out.writeBooleanField("documented", closure.documented());
        out.writeBooleanField("driAgreed", closure.driAgreed());
        out.writeBooleanField("rcaRequested", closure.rcaRequested());
        out.writeBooleanField("rcaDelivered", closure.rcaDelivered());
        text("outcome", closure.outcome(), out);
        if (closure.exitCriteriaMet() != null) {
            out.writeBooleanField("exitCriteriaMet", closure.exitCriteriaMet());
        }
        text("summary", closure.summary(), out);
        out.writeEndObject();
    }

    /** A string or an enum's name; left out when {@code null}. */
    private static void text(String name, Object value, JsonGenerator out) throws IOException {
        if (value != null) {
            out.writeStringField(name, value instanceof Enum<?> constant ? constant.name() : value.toString());
        }
    }

    private static void names(String name, Collection<? extends Enum<?>> values, JsonGenerator out)
            throws IOException {
        out.writeArrayFieldStart(name);
        for (Enum<?> value : values) {
            if (value == null) {
                out.writeNull();
            } else {
                out.writeString(value.name());
            }
        }
        out.writeEndArray();
    }
}
