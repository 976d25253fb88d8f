package dev.escalation.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Initiative;
import dev.escalation.model.ProfessionalServicesProject;
import dev.escalation.model.Segment;
import dev.escalation.model.Risk;
import dev.escalation.model.Severity;
import dev.escalation.model.Situation;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input of POLICY.md section 1 is named by its field; valid input passes. Literal readings: "a
 * name that folds to nothing is an input error" holds whatever else the case holds, not only when a channel is
 * suggested; "a blank name" covers every person's name and the ticket id, while free text (exit criteria, summary,
 * description) may be blank and then counts as given (exit criteria) or as unanswered (summary).
 */
class CaseValidatorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");
    private static final Account ACME = Account.builder("Acme", Segment.CSM_MANAGED).build();

    private static List<Violation> violations(EscalationCase escalationCase) {
        return CaseValidator.violations(escalationCase, NOW);
    }

    private static List<String> fields(EscalationCase escalationCase) {
        return violations(escalationCase).stream().map(Violation::field).toList();
    }

    @Test
    void aValidCasePasses() {
        EscalationCase full = EscalationCase.of(ACME)
                .emergency(Emergency.builder("T-1", NOW.minusSeconds(60)).callStartedAt(NOW).build())
                .escalation(Escalation.builder(Severity.LOW, NOW).nextCustomerTouchpointAt(NOW.plusSeconds(3600))
                        .activity(Activity.of(ActivityKind.DECLARED, NOW)).channel(new SlackChannel("#esc_acme", true))
                        .build())
                .build();

        assertThat(violations(full)).isEmpty();
    }

    @Test
    void missingRequiredFields() {
        EscalationCase missing = EscalationCase.of(new Account(null, null, false, null, null))
                .emergency(Emergency.builder(null, null).build())
                .escalation(Escalation.builder(null, null).activity(new Activity(null, null)).build()).build();

        assertThat(violations(missing)).containsExactly(
                new Violation("account.name", "is required"),
                new Violation("account.segment", "is required"),
                new Violation("emergency.ticketId", "is required"),
                new Violation("emergency.startedAt", "is required"),
                new Violation("escalation.severity", "is required"),
                new Violation("escalation.openedAt", "is required"),
                new Violation("escalation.activity[0].kind", "is required"),
                new Violation("escalation.activity[0].at", "is required"));
    }

    @Test
    void missingAccountAndNow() {
        assertThat(CaseValidator.violations(EscalationCase.of(null).build(), null))
                .containsExactly(new Violation("now", "is required"), new Violation("account", "is required"));
        assertThat(CaseValidator.violations(null, NOW)).containsExactly(new Violation("case", "is required"));
    }

    @Test
    void blankNames() {
        Team blank = Team.builder().csm("").accountExecutive(" ").cse("\t").regionalManager("  ")
                .regionalCseLeader("\n").build();
        Account account = Account.builder(" ", Segment.OTHER).team(blank)
                .professionalServicesProject(new ProfessionalServicesProject(true, " ")).build();
        EscalationCase blanks = EscalationCase.of(account).emergency(Emergency.builder(" ", NOW).build())
                .escalation(Escalation.builder(Severity.HIGH, NOW).productDri("").channel(new SlackChannel(" ", true))
                        .build())
                .build();

        assertThat(fields(blanks)).containsExactly("account.name", "account.team.csm",
                "account.team.accountExecutive", "account.team.cse", "account.team.regionalManager",
                "account.team.regionalCseLeader", "account.professionalServicesProject.projectManager",
                "emergency.ticketId", "escalation.channel.name", "escalation.productDri");
    }

    @Test
    void aNameThatFoldsToNothingCannotNameAChannel() {
        assertThat(violations(EscalationCase.of(Account.builder("株式会社", Segment.CSM_MANAGED).build()).build()))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("account.name");
                    assertThat(v.message()).contains("folds to nothing");
                });
    }

    @Test
    void negativeCount() {
        assertThat(violations(EscalationCase.of(ACME)
                .emergency(Emergency.builder("T-1", NOW).upgradeRelatedProblems(-1).build()).build()))
                .containsExactly(new Violation("emergency.upgradeRelatedProblems", "must not be negative (was -1)"));
    }

    @Test
    void instantsAfterNowAreRefusedExceptTheNextTouchpoint() {
        Instant later = NOW.plus(Duration.ofMinutes(1));
        EscalationCase future = EscalationCase.of(ACME)
                .emergency(Emergency.builder("T-1", later).callStartedAt(later).build())
                .escalation(Escalation.builder(Severity.LOW, later).nextCustomerTouchpointAt(later)
                        .activity(Activity.of(ActivityKind.DECLARED, NOW), Activity.of(ActivityKind.DECLARED, later))
                        .closedAt(later).build())
                .build();

        assertThat(fields(future)).containsExactly("emergency.startedAt", "emergency.callStartedAt",
                "escalation.openedAt", "escalation.activity[1].at", "escalation.closedAt");
        assertThat(violations(future).get(0).message())
                .isEqualTo("must not be after now (2026-03-02T15:30:00Z), was 2026-03-02T15:31:00Z");
    }

    @Test
    void instantsExactlyAtNowAreAccepted() {
        assertThat(violations(EscalationCase.of(ACME).emergency(Emergency.builder("T-1", NOW).build())
                .escalation(Escalation.builder(Severity.LOW, NOW).build()).build())).isEmpty();
    }

    @Test
    void aCallCannotStartBeforeItsEmergencyNorAnEscalationCloseBeforeItOpened() {
        EscalationCase inverted = EscalationCase.of(ACME)
                .emergency(Emergency.builder("T-1", NOW).callStartedAt(NOW.minusSeconds(1)).build())
                .escalation(Escalation.builder(Severity.LOW, NOW).closedAt(NOW.minusSeconds(1)).build()).build();

        assertThat(violations(inverted)).containsExactly(
                new Violation("emergency.callStartedAt", "must not be before emergency.startedAt (2026-03-02T15:30:00Z)"),
                new Violation("escalation.closedAt", "must not be before escalation.openedAt (2026-03-02T15:30:00Z)"));
    }

    @Test
    void nullElementsOfListsAndSetsAreNamed() {
        EscalationCase holes = EscalationCase.of(ACME)
                .emergency(Emergency.builder("T-1", NOW).blockedInitiatives(Arrays.asList(Initiative.RENEWAL, null))
                        .build())
                .escalation(Escalation.builder(Severity.LOW, NOW).exitCriteria(Arrays.asList("done", null))
                        .activity(Arrays.asList(Activity.of(ActivityKind.DECLARED, NOW), null)).build())
                .build();

        assertThat(fields(holes)).containsExactly("emergency.blockedInitiatives", "escalation.exitCriteria[1]",
                "escalation.activity[1]");
        assertThat(fields(EscalationCase.of(ACME).situation(Situation.NONE.withRisks(Arrays.asList(Risk.RENEWAL, null)))
                .build())).containsExactly("situation.risks");
    }

    @Test
    void onlyASeverityChangeRecordsASeverity() {
        EscalationCase changes = EscalationCase.of(ACME).escalation(Escalation.builder(Severity.LOW, NOW).activity(
                Activity.severityChanged(NOW, Severity.HIGH), Activity.of(ActivityKind.SEVERITY_CHANGED, NOW),
                new Activity(ActivityKind.CUSTOMER_UPDATE, NOW, Severity.HIGH)).build()).build();

        assertThat(violations(changes)).containsExactly(new Violation("escalation.activity[2].severity",
                "only a SEVERITY_CHANGED activity records a severity (kind was CUSTOMER_UPDATE)"));
    }

    @Test
    void anEscalationMayCloseExactlyWhenItOpensOrAtNow() {
        EscalationCase atOpening = EscalationCase.of(ACME).escalation(Escalation.builder(Severity.LOW,
                NOW.minusSeconds(60)).closedAt(NOW.minusSeconds(60)).build()).build();
        EscalationCase atNow = EscalationCase.of(ACME).escalation(Escalation.builder(Severity.LOW,
                NOW.minusSeconds(60)).closedAt(NOW).build()).build();
        EscalationCase afterNow = EscalationCase.of(ACME).escalation(Escalation.builder(Severity.LOW,
                NOW.minusSeconds(60)).closedAt(NOW.plusNanos(1)).build()).build();

        assertThat(violations(atOpening)).isEmpty();
        assertThat(violations(atNow)).isEmpty();
        assertThat(fields(afterNow)).containsExactly("escalation.closedAt");
    }

    @Test
    void instantsMustLieBetweenYearOneAndYear9999() {
        assertThat(fields(EscalationCase.of(ACME).emergency(Emergency.builder("T", Instant.MIN).build())
                .escalation(Escalation.builder(Severity.LOW, NOW).nextCustomerTouchpointAt(Instant.MAX).build())
                .build())).containsExactly("emergency.startedAt", "escalation.nextCustomerTouchpointAt");
        assertThat(CaseValidator.violations(EscalationCase.of(ACME).build(), Instant.MAX))
                .extracting(Violation::field).containsExactly("now");
        assertThat(CaseValidator.violations(EscalationCase.of(ACME).build(), CaseValidator.LATEST)).isEmpty();
    }

    @Test
    void linksMustBeHttpsUrlsAndTheSupportDriANonBlankName() {
        EscalationCase bad = EscalationCase.of(ACME).escalation(Escalation.builder(Severity.LOW, NOW).supportDri(" ")
                .links(new dev.escalation.model.Links("http://docs.example.com", "https://", "javascript:alert(1)"))
                .build()).build();
        EscalationCase good = EscalationCase.of(ACME).escalation(Escalation.builder(Severity.LOW, NOW)
                .links(new dev.escalation.model.Links("https://docs.example.com/a?b=1&c=2#d", "https://x.io",
                        "https://gitlab.my.salesforce.com:443/500X"))
                .build()).build();

        assertThat(fields(bad)).containsExactly("escalation.supportDri", "escalation.links.meetingNotes",
                "escalation.links.customerNotes", "escalation.links.caseUrl");
        assertThat(violations(bad).get(1).message())
                .isEqualTo("must be an https URL such as https://example.com/doc (was \"http://docs.example.com\")");
        assertThat(violations(good)).isEmpty();
    }

    @Test
    void validateThrowsOneExceptionWithEveryViolation() {
        EscalationCase bad = EscalationCase.of(Account.builder("", null).build()).build();

        assertThatThrownBy(() -> CaseValidator.validate(bad, NOW))
                .isInstanceOfSatisfying(InvalidEscalationInputException.class,
                        e -> assertThat(e.fields()).containsExactly("account.name", "account.segment"))
                .hasMessage("account.name: must not be blank; account.segment: is required");
    }
}
