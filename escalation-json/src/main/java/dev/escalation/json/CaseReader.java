package dev.escalation.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Closure;
import dev.escalation.model.Emergency;
import dev.escalation.model.Escalation;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Event;
import dev.escalation.model.Impact;
import dev.escalation.model.Initiative;
import dev.escalation.model.Links;
import dev.escalation.model.Outcome;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Risk;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Situation;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Team;
import dev.escalation.validation.CaseValidator;
import dev.escalation.validation.InvalidEscalationInputException;
import java.time.Instant;

/**
 * Reads a case from JSON with the field names of POLICY.md section 1, reporting every field at fault at once:
 * malformed JSON, duplicate keys, unknown keys, wrong types, unknown or repeated enum names, then (through
 * {@link CaseValidator}) missing required fields, blank names, negative counts and instants after {@code now}.
 */
final class CaseReader extends TreeReader {

    private CaseReader() {
    }

    /**
     * @param json one JSON object
     * @return the case
     * @throws InvalidEscalationInputException naming every field at fault
     */
    static CaseInput read(String json) {
        return read(parse(json));
    }

    /**
     * @param root a JSON tree
     * @return the case
     * @throws InvalidEscalationInputException naming every field at fault
     */
    static CaseInput read(JsonNode root) {
        return new CaseReader().readCase(root);
    }

    private CaseInput readCase(JsonNode root) {
        Fields top = object(root, "", "now", "account", "emergency", "situation", "escalation", "event");
        if (top == null) {
            throwIfProblems();
        }
        Instant now = top.instant("now");
        EscalationCase escalationCase = new EscalationCase(top.object("account", this::account),
                top.object("emergency", this::emergency), top.object("situation", this::situation),
                top.object("escalation", this::escalation), top.enumOf("event", Event.class));
        addFurther(CaseValidator.violations(escalationCase, now));
        throwIfProblems();
        return new CaseInput(now, escalationCase);
    }

    private Account account(JsonNode node, String path) {
        Fields f = object(node, path, "name", "segment", "strategicPartnership", "team",
                "professionalServicesProject");
        return f == null ? null : new Account(f.string("name"), f.enumOf("segment", Segment.class),
                f.bool("strategicPartnership"), f.object("team", this::team),
                f.object("professionalServicesProject", this::psProject));
    }

    private Team team(JsonNode node, String path) {
        Fields f = object(node, path, "csm", "accountExecutive", "cse", "regionalManager", "regionalCseLeader");
        return f == null ? null : new Team(f.string("csm"), f.string("accountExecutive"), f.string("cse"),
                f.string("regionalManager"), f.string("regionalCseLeader"));
    }

    private ProfessionalServicesProject psProject(JsonNode node, String path) {
        Fields f = object(node, path, "active", "projectManager");
        return f == null ? null : new ProfessionalServicesProject(f.bool("active"), f.string("projectManager"));
    }

    private Emergency emergency(JsonNode node, String path) {
        Fields f = object(node, path, "ticketId", "startedAt", "afterUpgrade", "upgradeRelatedProblems",
                "clearResolutionInSight", "blockedInitiatives", "recentProfessionalServices", "psEngineersAvailable",
                "instanceDown", "callStartedAt", "shiftEndsAt");
        return f == null ? null : new Emergency(f.string("ticketId"), f.instant("startedAt"), f.bool("afterUpgrade"),
                f.count("upgradeRelatedProblems"), f.bool("clearResolutionInSight"),
                f.enumSet("blockedInitiatives", Initiative.class), f.bool("recentProfessionalServices"),
                f.bool("psEngineersAvailable"), f.bool("instanceDown"), f.instant("callStartedAt"),
                f.instant("shiftEndsAt"));
    }

    private Situation situation(JsonNode node, String path) {
        Fields f = object(node, path, "singleTicketMovingSlowly", "singleIncident", "suspectedWidespreadGitLabCom",
                "accountAtRisk", "impact", "risks");
        return f == null ? null : new Situation(f.bool("singleTicketMovingSlowly"), f.bool("singleIncident"),
                f.bool("suspectedWidespreadGitLabCom"), f.bool("accountAtRisk"), f.enumOf("impact", Impact.class),
                f.enumSet("risks", Risk.class));
    }

    private Escalation escalation(JsonNode node, String path) {
        Fields f = object(node, path, "severity", "openedSeverity", "relatedToPsProject", "productRelated",
                "platformRelated", "openedAt", "channel", "productDri", "exitCriteria", "nextCustomerTouchpointAt",
                "activity", "closure", "closedAt", "description", "initialAsk", "fyi", "supportDri", "links");
        return f == null ? null : new Escalation(f.enumOf("severity", Severity.class),
                f.enumOf("openedSeverity", Severity.class), f.bool("relatedToPsProject"),
                f.bool("productRelated"), f.bool("platformRelated"), f.instant("openedAt"),
                f.object("channel", this::channel), f.string("productDri"),
                f.list("exitCriteria", this::text), f.instant("nextCustomerTouchpointAt"),
                f.list("activity", this::activity), f.object("closure", this::closure), f.instant("closedAt"),
                f.string("description"), f.string("initialAsk"), f.string("fyi"), f.string("supportDri"),
                f.object("links", this::links));
    }

    private Links links(JsonNode node, String path) {
        Fields f = object(node, path, "meetingNotes", "customerNotes", "caseUrl");
        return f == null ? null : new Links(f.string("meetingNotes"), f.string("customerNotes"), f.string("caseUrl"));
    }

    private SlackChannel channel(JsonNode node, String path) {
        Fields f = object(node, path, "name", "public");
        return f == null ? null : new SlackChannel(f.string("name"), f.bool("public"));
    }

    private Activity activity(JsonNode node, String path) {
        Fields f = object(node, path, "kind", "at", "severity");
        return f == null ? null : new Activity(f.enumOf("kind", ActivityKind.class), f.instant("at"),
                f.enumOf("severity", Severity.class));
    }

    private Closure closure(JsonNode node, String path) {
        Fields f = object(node, path, "customerAgreed", "documented", "driAgreed", "rcaRequested", "rcaDelivered",
                "outcome", "exitCriteriaMet", "summary");
        return f == null ? null : new Closure(f.bool("customerAgreed"), f.bool("documented"), f.bool("driAgreed"),
                f.bool("rcaRequested"), f.bool("rcaDelivered"), f.enumOf("outcome", Outcome.class),
                f.optionalBool("exitCriteriaMet"), f.string("summary"));
    }
}
