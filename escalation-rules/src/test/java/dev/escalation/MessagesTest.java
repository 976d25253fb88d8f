package dev.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.MessageDraft;
import dev.escalation.decision.MessageKind;
import dev.escalation.model.Account;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Closure;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Event;
import dev.escalation.model.Links;
import dev.escalation.model.Outcome;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The four message drafts through the facade: their moments, their text, their missing fields, their escaping. */
class MessagesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");
    private static final EscalationPolicy POLICY = EscalationPolicy.standard();
    private static final Account ACME = Account.builder("Acme Corp", Segment.CSM_MANAGED)
            .team(Team.builder().csm("Casey").build()).build();
    private static final Links LINKS = new Links("https://docs.example.com/meetings", "https://docs.example.com/notes",
            "https://sfdc.example.com/case/1?x=1&y=2");
    private static final Escalation COMPLETE = Escalation.builder(Severity.HIGH, NOW.minus(Duration.ofMinutes(30)))
            .productRelated(true).productDri("Dana").supportDri("Sam").description("slow merges for every user")
            .initialAsk("a database expert this week").fyi("@manager").links(LINKS)
            .nextCustomerTouchpointAt(NOW.plus(Duration.ofDays(1))).build();

    private static Assessment assess(Escalation escalation, Event event) {
        return POLICY.assess(EscalationCase.of(ACME).escalation(escalation).event(event).build(), NOW);
    }

    @Test
    void openingDraftsACompleteDeclarationAndOpeningMessage() {
        Assessment assessment = assess(COMPLETE, Event.OPENED);

        assertThat(assessment.messages()).containsOnlyKeys(MessageKind.DECLARATION, MessageKind.CHANNEL_OPENING);
        assertThat(assessment.messages().get(MessageKind.DECLARATION)).isEqualTo(new MessageDraft(String.join("\n",
                "*New Escalation*",
                "• *Customer*: Acme Corp",
                "• *Slack Channel*: #esc_acme_corp",
                "• *Meeting Notes*: <https://docs.example.com/meetings|customer meeting notes>",
                "• *SFDC Escalation case URL*: <https://sfdc.example.com/case/1?x=1&amp;y=2|escalation case>",
                "• *Severity*: HIGH",
                "• *Status*: Opened",
                "• *Product DRI*: Dana",
                "• *Support DRI*: Sam",
                "• *Description*: slow merges for every user",
                "• *FYI*: @manager"), java.util.List.of()));
        assertThat(assessment.messages().get(MessageKind.CHANNEL_OPENING).text())
                .startsWith("*Welcome!* This is the channel for the Acme Corp escalation regarding slow merges")
                .contains("<https://sfdc.example.com/case/1?x=1&amp;y=2|the escalation case>",
                        "The initial ask from the DRI (CSM, Casey) to GitLab management: \"a database expert this week\"",
                        "Our next sync with the customer is at 2026-03-03T15:30:00Z.",
                        "<https://docs.example.com/notes|customer notes>", "Pin this message");
    }

    @Test
    void anEmptyEscalationListsExactlyWhatIsMissing() {
        Escalation bare = Escalation.builder(Severity.CRITICAL, NOW).productRelated(true).build();

        Map<MessageKind, MessageDraft> drafts = assess(bare, Event.OPENED).messages();

        assertThat(drafts.get(MessageKind.DECLARATION).missing()).containsExactly("links.meetingNotes",
                "links.caseUrl", "productDri", "supportDri", "description", "fyi");
        assertThat(drafts.get(MessageKind.CHANNEL_OPENING).missing()).containsExactly("description", "links.caseUrl",
                "initialAsk", "nextCustomerTouchpointAt", "links.customerNotes");
        assertThat(drafts.get(MessageKind.DECLARATION).text()).contains("_missing: tag your manager_")
                .contains("*Slack Channel*: #esc_acme_corp");
    }

    @Test
    void theProductDriLineAppearsOnlyWhenRequiredOrNamed() {
        Escalation notRequired = Escalation.builder(Severity.LOW, NOW).productRelated(true).build();

        assertThat(assess(notRequired, Event.SEVERITY_CHANGED).messages().get(MessageKind.DECLARATION))
                .satisfies(m -> {
                    assertThat(m.text()).doesNotContain("Product DRI").contains("*Status*: Severity changed");
                    assertThat(m.missing()).doesNotContain("productDri");
                });
    }

    /** A change of severity is declared as such, with the peak it keeps for Product, not as a new escalation. */
    @Test
    void aSeverityChangeIsNotTitledAsANewEscalation() {
        Escalation lowered = COMPLETE.toBuilder().severity(Severity.MEDIUM).openedSeverity(Severity.HIGH)
                .productDri(null).build();

        MessageDraft declaration = assess(lowered, Event.SEVERITY_CHANGED).messages().get(MessageKind.DECLARATION);
        MessageDraft opened = assess(lowered, Event.OPENED).messages().get(MessageKind.DECLARATION);

        assertThat(declaration.text()).startsWith("*Escalation Severity Changed*\n").doesNotContain("New Escalation")
                .contains("• *Severity*: MEDIUM (peak HIGH)", "• *Status*: Severity changed",
                        "_missing: assign the applicable Product DRI, required for a product-related escalation that "
                                + "reached HIGH_");
        assertThat(opened.text()).startsWith("*New Escalation*\n");
    }

    @Test
    void theDailyUpdateSaysWhatToDoAboutTheVersionTwoFindings() {
        Escalation scheduled = COMPLETE.toBuilder().severity(Severity.MEDIUM).openedAt(NOW.minus(Duration.ofDays(20)))
                .exitCriteria("stable").activity(Activity.of(ActivityKind.STANDUP_SCHEDULED, NOW.minus(Duration.ofDays(20))),
                        Activity.of(ActivityKind.INTERNAL_UPDATE, NOW), Activity.of(ActivityKind.CUSTOMER_UPDATE, NOW))
                .build();
        EscalationCase atRisk = EscalationCase.of(ACME).escalation(scheduled).event(Event.DAILY_UPDATE)
                .situation(dev.escalation.model.Situation.NONE.withImpact(dev.escalation.model.Impact.SIGNIFICANT)
                        .withRisks(dev.escalation.model.Risk.CONTRACTION)).build();

        MessageDraft daily = POLICY.assess(atRisk, NOW).messages().get(MessageKind.DAILY_UPDATE);

        assertThat(daily.text()).contains("• `SEVERITY_BELOW_SUGGESTED` severity=MEDIUM suggested=HIGH risks=CONTRACTION: "
                + "raise the severity, or note why the DRI keeps it", "• `STANDUP_OVERDUE` cadence=WEEKLY_TO_BIWEEKLY",
                ": hold the internal standup");
    }

    @Test
    void theDailyUpdateListsFindingsWithWhatToDoAndOpenItems() {
        Escalation running = COMPLETE.toBuilder().openedAt(NOW.minus(Duration.ofHours(30)))
                .activity(Activity.of(ActivityKind.CHANNEL_CREATED, NOW.minus(Duration.ofHours(29)))).build();

        MessageDraft daily = assess(running, Event.DAILY_UPDATE).messages().get(MessageKind.DAILY_UPDATE);

        assertThat(daily.missing()).isEmpty();
        assertThat(daily.text()).startsWith("*Daily update: Acme Corp*, as of 2026-03-02T15:30:00Z")
                .contains("• *Severity*: HIGH, cadence MULTIPLE_TIMES_PER_WEEK", "• *DRI*: CSM (Casey)",
                        "• `CHECKLIST_ITEM_OVERDUE` item=DECLARE_ESCALATION due=2026-03-01T10:30:00Z overdueBy=29 h: "
                                + "do it now; it is past due",
                        "• `INTERNAL_UPDATE_OVERDUE` since=2026-03-01T09:30:00Z gap=30 h limit=24 h: post an internal "
                                + "update in this channel",
                        "*Checklist not done*", "• SCHEDULE_INTERNAL_STANDUP, due 2026-03-02T09:30:00Z",
                        "• *Next customer touchpoint*: 2026-03-03T15:30:00Z")
                .doesNotContain("CREATE_ESCALATION_CHANNEL");
    }

    @Test
    void theDailyUpdateOfAQuietEscalationSaysSo() {
        MessageDraft daily = POLICY.drafts(EscalationCase.of(ACME).escalation(COMPLETE.toBuilder().activity(
                Activity.of(ActivityKind.CHANNEL_CREATED, NOW), Activity.of(ActivityKind.DECLARED, NOW),
                Activity.of(ActivityKind.DRI_AND_ASKS_IDENTIFIED, NOW), Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, NOW),
                Activity.of(ActivityKind.STANDUP_SCHEDULED, NOW), Activity.of(ActivityKind.INVOLVED_INFORMED, NOW),
                Activity.of(ActivityKind.PRODUCT_DRI_ADDED, NOW)).exitCriteria("stable").build()).build(), NOW,
                MessageKind.DAILY_UPDATE).get(MessageKind.DAILY_UPDATE);

        assertThat(daily.text()).contains("*Needs attention*: nothing").doesNotContain("*Checklist not done*");
    }

    @Test
    void theClosureUpdateAnswersTheTemplatesQuestions() {
        Closure answered = Closure.builder().outcome(Outcome.NEGATIVE).exitCriteriaMet(false)
                .summary("Workaround in place; fix planned in 17.2.").build();

        MessageDraft update = assess(COMPLETE.toBuilder().closure(answered).build(), null).messages()
                .get(MessageKind.CLOSURE_UPDATE);

        assertThat(update).isEqualTo(new MessageDraft(String.join("\n",
                "*Escalation Closure: Acme Corp*",
                "1. Did the at-risk situation end with a positive outcome, negative outcome, or no outcome?",
                "   Negative outcome",
                "2. Were the defined exit criteria met?",
                "   No",
                "3. Give a brief summary of the actions of the team that helped close out this at-risk ticket",
                "   Workaround in place; fix planned in 17.2."), java.util.List.of()));
    }

    @Test
    void unansweredClosureQuestionsAreMissing() {
        MessageDraft update = assess(COMPLETE.toBuilder().closure(Closure.builder().summary(" ").build()).build(), null)
                .messages().get(MessageKind.CLOSURE_UPDATE);

        assertThat(update.missing()).containsExactly("closure.outcome", "closure.exitCriteriaMet", "closure.summary");
        assertThat(update.text()).contains("_missing: answer this question_");
    }

    @Test
    void noMomentNoMessageButAnyCanBeAskedFor() {
        assertThat(assess(COMPLETE, Event.STANDUP).messages()).isEmpty();
        assertThat(POLICY.drafts(EscalationCase.of(ACME).escalation(COMPLETE).build(), NOW, MessageKind.values()))
                .containsOnlyKeys(MessageKind.values());
        assertThat(POLICY.drafts(EscalationCase.of(Account.builder("Tiny", Segment.OTHER).build())
                .escalation(COMPLETE).build(), NOW, MessageKind.DECLARATION)).isEmpty();
    }

    /** Every user string reaches the text escaped: it cannot ping (<!channel>, <@U123>) or link. */
    @ParameterizedTest
    @ValueSource(strings = {"<!channel>", "<@U123>", "<https://evil.example|click> & more", "a & b > c < d"})
    void everyUserStringIsEscaped(String text) {
        Account account = Account.builder(text + " Co", Segment.CSM_MANAGED).team(Team.builder().csm(text).build())
                .build();
        Escalation escalation = COMPLETE.toBuilder().productDri(text).supportDri(text).description(text)
                .initialAsk(text).fyi(text).channel(new SlackChannel(text, true))
                .closure(Closure.builder().outcome(Outcome.POSITIVE).exitCriteriaMet(true).summary(text).build())
                .build();
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");

        Map<MessageKind, MessageDraft> drafts = POLICY.drafts(EscalationCase.of(account).escalation(escalation).build(), NOW,
                MessageKind.values());

        for (MessageDraft message : drafts.values()) {
            assertThat(message.text()).doesNotContain(text).contains(escaped);
        }
        String all = String.join("\n", drafts.values().stream().map(MessageDraft::text).toList());
        assertThat(all.split(java.util.regex.Pattern.quote(escaped), -1).length - 1)
                .as("customer, DRI, Product DRI, Support DRI, description, initial ask, FYI, channel, summary")
                .isGreaterThanOrEqualTo(9);
    }

    @Test
    void aClosedEscalationWithAPastTouchpointHasNoNextSync() {
        Escalation closed = COMPLETE.toBuilder().nextCustomerTouchpointAt(NOW.minus(Duration.ofMinutes(1)))
                .closedAt(NOW).build();

        MessageDraft opening = POLICY.drafts(EscalationCase.of(ACME).escalation(closed).build(), NOW,
                MessageKind.CHANNEL_OPENING).get(MessageKind.CHANNEL_OPENING);

        assertThat(opening.missing()).containsExactly("nextCustomerTouchpointAt");
    }

    @Test
    void theSameCaseGivesTheSameBytes() {
        EscalationCase c = EscalationCase.of(ACME).escalation(COMPLETE).event(Event.OPENED).build();

        assertThat(POLICY.assess(c, NOW).messages()).isEqualTo(POLICY.assess(c, NOW).messages());
    }
}
