package dev.escalation.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Closure;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
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
import dev.escalation.model.Team;
import dev.escalation.validation.CaseValidator;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads a case from JSON with the field names of POLICY.md section 1, reporting every field at fault at once:
 * malformed JSON, duplicate keys, unknown keys, wrong types, unknown or repeated enum names, then (through
 * {@link CaseValidator}) missing required fields, blank names, negative counts and instants after {@code now}.
 *
 * <p>Jackson parses the text into a tree; binding the tree is done here rather than by Jackson's data binding,
 * because data binding stops at the first mismatch (a string where a boolean belongs throws before any problem
 * handler sees it) and this command must name every field at fault in one line.
 */
final class CaseReader {

    /** The mapper for everything {@code decide} reads: duplicate keys and trailing content are errors. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final List<Violation> problems = new ArrayList<>();

    private CaseReader() {
    }

    /**
     * @param json one JSON object
     * @return the case
     * @throws InvalidEscalationInputException naming every field at fault
     */
    static CaseInput read(String json) {
        return new CaseReader().readCase(parse(json));
    }

    /**
     * @param json JSON text
     * @return its tree
     * @throws InvalidEscalationInputException when the text is not one well-formed JSON value
     */
    static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw invalid("(input)", "is empty: expected one JSON object");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw invalid("(input)", "malformed JSON" + where + ": " + e.getOriginalMessage().lines().findFirst()
                    .orElse("").strip());
        }
    }

    private static InvalidEscalationInputException invalid(String field, String message) {
        return new InvalidEscalationInputException(List.of(new Violation(field, message)));
    }

    private CaseInput readCase(JsonNode root) {
        Fields top = object(root, "", "now", "account", "emergency", "situation", "escalation", "event");
        if (top == null) {
            throw new InvalidEscalationInputException(problems);
        }
        Instant now = top.instant("now");
        EscalationCase escalationCase = new EscalationCase(top.object("account", this::account),
                top.object("emergency", this::emergency), top.object("situation", this::situation),
                top.object("escalation", this::escalation), top.enumOf("event", Event.class));
        List<Violation> violations = new ArrayList<>(problems);
        for (Violation violation : CaseValidator.violations(escalationCase, now)) {
            // A field already reported as malformed is not reported again as missing.
            if (problems.stream().noneMatch(p -> p.field().equals(violation.field()))) {
                violations.add(violation);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidEscalationInputException(violations);
        }
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
                "instanceDown", "callStartedAt");
        return f == null ? null : new Emergency(f.string("ticketId"), f.instant("startedAt"), f.bool("afterUpgrade"),
                f.count("upgradeRelatedProblems"), f.bool("clearResolutionInSight"),
                f.enumSet("blockedInitiatives", Initiative.class), f.bool("recentProfessionalServices"),
                f.bool("psEngineersAvailable"), f.bool("instanceDown"), f.instant("callStartedAt"));
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
                f.list("exitCriteria", (n, p) -> text(n, p)), f.instant("nextCustomerTouchpointAt"),
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

    /** An object's fields, with unknown keys reported; {@code null} (and a report) when the node is no object. */
    private Fields object(JsonNode node, String path, String... known) {
        if (!node.isObject()) {
            problems.add(new Violation(path.isEmpty() ? "(input)" : path, "must be a JSON object"));
            return null;
        }
        List<String> names = Arrays.asList(known);
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!names.contains(key)) {
                problems.add(new Violation(join(path, key), "unknown field (expected one of "
                        + String.join(", ", names) + ")"));
            }
        }
        return new Fields(node, path);
    }

    private String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            problems.add(new Violation(path, "must be a string"));
            return null;
        }
        return node.textValue();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Typed reads of one object's fields; JSON {@code null} reads as absent. */
    private final class Fields {
        private final JsonNode node;
        private final String path;

        Fields(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        private JsonNode value(String name) {
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : value;
        }

        private void problem(String name, String message) {
            problems.add(new Violation(join(path, name), message));
        }

        String string(String name) {
            JsonNode value = value(name);
            return value == null ? null : text(value, join(path, name));
        }

        boolean bool(String name) {
            Boolean value = optionalBool(name);
            return value != null && value;
        }

        Boolean optionalBool(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            if (!value.isBoolean()) {
                problem(name, "must be true or false");
                return null;
            }
            return value.booleanValue();
        }

        int count(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return 0;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                problem(name, "must be a whole number");
                return 0;
            }
            return value.intValue();
        }

        Instant instant(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            if (value.isTextual()) {
                try {
                    return OffsetDateTime.parse(value.textValue()).toInstant();
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            problem(name, "must be an ISO-8601 instant such as 2026-03-02T15:30:00Z (was " + value + ")");
            return null;
        }

        <E extends Enum<E>> E enumOf(String name, Class<E> type) {
            JsonNode value = value(name);
            return value == null ? null : constant(value, join(path, name), type);
        }

        <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
            List<E> values = list(name, (n, p) -> constant(n, p, type));
            Set<E> unique = new LinkedHashSet<>(values);
            if (unique.size() < values.size()) {
                problem(name, "must not name a value twice (was " + node.get(name) + ")");
            }
            return unique; // a null element stays, for the validator to name
        }

        <T> List<T> list(String name, BiFunction<JsonNode, String, T> element) {
            JsonNode value = value(name);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                problem(name, "must be a JSON array");
                return List.of();
            }
            List<T> elements = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                elements.add(item.isNull() ? null : element.apply(item, join(path, name) + "[" + i + "]"));
            }
            return elements;
        }

        <T> T object(String name, BiFunction<JsonNode, String, T> reader) {
            JsonNode value = value(name);
            return value == null ? null : reader.apply(value, join(path, name));
        }
    }

    private <E extends Enum<E>> E constant(JsonNode value, String path, Class<E> type) {
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.textValue())) {
                    return constant;
                }
            }
        }
        problems.add(new Violation(path, "unknown value " + value + " (expected one of " + expected + ")"));
        return null;
    }
}
