package dev.escalation.validation;

import dev.escalation.decision.ChannelNames;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Team;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a case against POLICY.md section 1 before any fact reaches the rules: required fields, non-blank names,
 * non-negative counts, no instant after {@code now} except the next customer touchpoint, an escalation not closed
 * before it opened, and a severity only on a {@code SEVERITY_CHANGED} activity. Collects every
 * violation instead of stopping at the first.
 */
public final class CaseValidator {

    /** The earliest instant accepted. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest instant accepted. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** An absolute https URL: a host name, an optional port and path; no spaces, quotes or angle brackets. */
    private static final java.util.regex.Pattern HTTPS = java.util.regex.Pattern.compile(
            "https://[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
                    + "(?::[0-9]{1,5})?(?:[/?#][^\\s<>\"|\\\\^`{}]*)?");

    private CaseValidator() {
    }

    /**
     * @param escalationCase the case
     * @param now            the instant the case is evaluated at
     * @throws InvalidEscalationInputException listing every violation, when there is at least one
     */
    public static void validate(EscalationCase escalationCase, Instant now) {
        List<Violation> violations = violations(escalationCase, now);
        if (!violations.isEmpty()) {
            throw new InvalidEscalationInputException(violations);
        }
    }

    /**
     * @param escalationCase the case
     * @param now            the instant the case is evaluated at
     * @return every violation, in the order of the fields; empty when the case is valid
     */
    public static List<Violation> violations(EscalationCase escalationCase, Instant now) {
        Checks checks = new Checks(now);
        if (now == null) {
            checks.add("now", "is required");
        } else {
            checks.inRange("now", now);
        }
        if (escalationCase == null) {
            checks.add("case", "is required");
            return checks.violations;
        }
        account(checks, escalationCase.account());
        if (escalationCase.emergency() != null) {
            emergency(checks, escalationCase.emergency());
        }
        if (escalationCase.situation() != null && escalationCase.situation().risks().stream().anyMatch(Objects::isNull)) {
            checks.add("situation.risks", "must not contain null");
        }
        if (escalationCase.escalation() != null) {
            escalation(checks, escalationCase.escalation());
        }
        return checks.violations;
    }

    private static void account(Checks checks, Account account) {
        if (account == null) {
            checks.add("account", "is required");
            return;
        }
        if (checks.name("account.name", account.name()) && ChannelNames.fold(account.name()).isEmpty()) {
            checks.add("account.name", "must contain a letter or a digit (the #esc_ channel name folds to nothing)");
        }
        checks.required("account.segment", account.segment());
        Team team = account.team();
        checks.optionalName("account.team.csm", team.csm());
        checks.optionalName("account.team.accountExecutive", team.accountExecutive());
        checks.optionalName("account.team.cse", team.cse());
        checks.optionalName("account.team.regionalManager", team.regionalManager());
        checks.optionalName("account.team.regionalCseLeader", team.regionalCseLeader());
        if (account.professionalServicesProject() != null) {
            checks.optionalName("account.professionalServicesProject.projectManager",
                    account.professionalServicesProject().projectManager());
        }
    }

    private static void emergency(Checks checks, Emergency emergency) {
        checks.name("emergency.ticketId", emergency.ticketId());
        checks.pastInstant("emergency.startedAt", emergency.startedAt());
        if (emergency.upgradeRelatedProblems() < 0) {
            checks.add("emergency.upgradeRelatedProblems",
                    "must not be negative (was " + emergency.upgradeRelatedProblems() + ")");
        }
        if (emergency.blockedInitiatives().stream().anyMatch(Objects::isNull)) {
            checks.add("emergency.blockedInitiatives", "must not contain null");
        }
        if (emergency.callStartedAt() != null) {
            checks.notAfterNow("emergency.callStartedAt", emergency.callStartedAt());
            if (emergency.startedAt() != null && emergency.callStartedAt().isBefore(emergency.startedAt())) {
                checks.add("emergency.callStartedAt",
                        "must not be before emergency.startedAt (" + emergency.startedAt() + ")");
            }
        }
        if (emergency.shiftEndsAt() != null) {
            // May lie after now: the shift usually ends later (POLICY.md section 1).
            checks.inRange("emergency.shiftEndsAt", emergency.shiftEndsAt());
        }
    }

    private static void escalation(Checks checks, Escalation escalation) {
        checks.required("escalation.severity", escalation.severity());
        checks.pastInstant("escalation.openedAt", escalation.openedAt());
        if (escalation.channel() != null) {
            checks.name("escalation.channel.name", escalation.channel().name());
        }
        checks.optionalName("escalation.productDri", escalation.productDri());
        // A list element's path is written out only for a violation: a valid entry, the usual case, costs no string.
        for (int i = 0; i < escalation.exitCriteria().size(); i++) {
            checks.required(new Element("escalation.exitCriteria", i, null), escalation.exitCriteria().get(i));
        }
        for (int i = 0; i < escalation.activity().size(); i++) {
            Activity activity = escalation.activity().get(i);
            Element path = new Element("escalation.activity", i, null);
            if (checks.required(path, activity)) {
                checks.required(path.field("kind"), activity.kind());
                checks.pastInstant(path.field("at"), activity.at());
                if (activity.severity() != null && activity.kind() != ActivityKind.SEVERITY_CHANGED) {
                    checks.add(path.field("severity"), "only a SEVERITY_CHANGED activity records a severity (kind was "
                            + activity.kind() + ")");
                }
            }
        }
        if (escalation.nextCustomerTouchpointAt() != null) {
            checks.inRange("escalation.nextCustomerTouchpointAt", escalation.nextCustomerTouchpointAt());
        }
        checks.optionalName("escalation.supportDri", escalation.supportDri());
        checks.https("escalation.links.meetingNotes", escalation.links().meetingNotes());
        checks.https("escalation.links.customerNotes", escalation.links().customerNotes());
        checks.https("escalation.links.caseUrl", escalation.links().caseUrl());
        if (escalation.closedAt() != null) {
            checks.notAfterNow("escalation.closedAt", escalation.closedAt());
            if (escalation.openedAt() != null && escalation.closedAt().isBefore(escalation.openedAt())) {
                checks.add("escalation.closedAt",
                        "must not be before escalation.openedAt (" + escalation.openedAt() + ")");
            }
        }
    }

    /**
     * The path of a list element or of one of its fields, as {@code toString()} writes it:
     * {@code escalation.activity[3].at}.
     */
    private record Element(String list, int index, String field) {
        Element field(String name) {
            return new Element(list, index, name);
        }

        @Override
        public String toString() {
            return list + "[" + index + "]" + (field == null ? "" : "." + field);
        }
    }

    /**
     * Collects violations; each check returns whether the value passed, so dependent checks can be skipped. A field is
     * named by its path as text, or by an {@link Element} written out only if it fails.
     */
    private static final class Checks {
        private final Instant now;
        private final List<Violation> violations = new ArrayList<>();

        Checks(Instant now) {
            this.now = now;
        }

        void add(Object field, String message) {
            violations.add(new Violation(field.toString(), message));
        }

        boolean required(Object field, Object value) {
            if (value == null) {
                add(field, "is required");
                return false;
            }
            return true;
        }

        boolean name(String field, String value) {
            if (!required(field, value)) {
                return false;
            }
            if (value.isBlank()) {
                add(field, "must not be blank");
                return false;
            }
            return true;
        }

        void optionalName(String field, String value) {
            if (value != null && value.isBlank()) {
                add(field, "must not be blank when given");
            }
        }

        void https(String field, String value) {
            if (value != null && !HTTPS.matcher(value).matches()) {
                add(field, "must be an https URL such as https://example.com/doc (was \"" + value + "\")");
            }
        }

        void pastInstant(Object field, Instant value) {
            if (required(field, value)) {
                notAfterNow(field, value);
            }
        }

        void notAfterNow(Object field, Instant value) {
            if (now != null && value.isAfter(now)) {
                add(field, "must not be after now (" + now + "), was " + value);
            } else {
                inRange(field, value);
            }
        }

        /** Years 1 to 9999, as ISO-8601 writes them: far from the limits, so no arithmetic on them overflows. */
        void inRange(Object field, Instant value) {
            if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
                add(field, "must lie between " + EARLIEST + " and " + LATEST + ", was " + value);
            }
        }
    }
}
