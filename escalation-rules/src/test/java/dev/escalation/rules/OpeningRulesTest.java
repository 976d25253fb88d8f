package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.escalation;
import static dev.escalation.rules.RuleHarness.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.decision.Stakeholder;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Escalation;
import dev.escalation.model.Severity;
import dev.escalation.settings.PolicySettings;
import dev.escalation.rules.facts.ChecklistDone;
import dev.escalation.rules.facts.ChecklistDue;
import dev.escalation.rules.facts.CsHelpRequest;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.OpenInScope;
import dev.escalation.rules.facts.ProductDriRequired;
import dev.escalation.rules.facts.ProductDriRequiredSince;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * opening.drl: POLICY.md 2.7 and {@code EXIT_CRITERIA_MISSING} of 2.8 (S2: Opening the Escalation; Identify Escalation
 * DRI and immediate asks; Declare the escalation). "Immediately" is read as the default 1 h grace; an item is overdue
 * when now is strictly after its due instant. {@code CsHelpRequest} and {@code ProductDriRequired} are given, as
 * cs-help-request.drl and product.drl derive them.
 *
 * <p>Literal readings: an item is done when its matching activity exists at any instant, even one logged before the
 * escalation was opened or after the item's due instant ("done when the matching activity exists"); the ongoing items
 * are never done; an escalation closed at any instant gets no overdue item, though its checklist is still given.
 * (v3) {@code INFORM_INVOLVED} is done by any {@code INVOLVED_INFORMED}, whenever logged (the clause names no instant,
 * unlike {@code INFORM_NEWLY_INVOLVED}'s); {@code ADD_PRODUCT_DRI_TO_CHANNEL} is done by a {@code PRODUCT_DRI_ADDED}
 * at any instant, and naming the product DRI does not add them to the channel; both product DRI items share the due
 * instant {@code productDriRequiredSince} + the grace, which {@code ProductDriRequiredSince} gives;
 * {@code INFORM_NEWLY_INVOLVED} is one item per change carrying a severity (a change without one is skipped), done by
 * an {@code INVOLVED_INFORMED} at or after that change's instant.
 */
class OpeningRulesTest {

    private final RuleHarness opening = RuleHarness.of("opening.drl");

    /** opening.drl on the questions that say since when a product DRI is required and what each change follows. */
    private final RuleHarness withQuestions = RuleHarness.of("questions.drl", "opening.drl")
            .ignoring(CadenceRulesTest.QUESTIONS);

    private static List<Finding> overdueOf(RuleHarness.Run run, ChecklistItem item) {
        return run.derived(Finding.class).stream().filter(f -> f.is(FindingCode.CHECKLIST_ITEM_OVERDUE)
                && f.details().get("item") == item).toList();
    }

    private static Map<ChecklistItem, Instant> due(RuleHarness.Run run) {
        return run.derived(ChecklistDue.class).stream()
                .collect(Collectors.toMap(ChecklistDue::item, d -> d.due() == null ? Instant.MIN : d.due()));
    }

    private static Set<Object> overdue(RuleHarness.Run run) {
        return run.derived(Finding.class).stream().filter(f -> f.is(FindingCode.CHECKLIST_ITEM_OVERDUE))
                .map(f -> f.details().get("item")).collect(Collectors.toSet());
    }

    /** @return an escalation with exit criteria, so that only checklist rules are about it */
    private static Escalation.Builder withCriteria() {
        return escalation().exitCriteria("stable for a week");
    }

    @Nested
    class Checklist {

        @Test
        void aNewEscalationHasFiveImmediateStepsAStandupAndTwoOngoingDuties() {
            var run = opening.run(new InScope(), new CsHelpRequest(), withCriteria().openedAt(NOW).build());

            assertThat(run.fired()).isEqualTo(Map.of("2.7/immediate-steps", 1, "2.7/open-cs-help-request", 1,
                    "2.7/inform-involved", 1, "2.7/schedule-standup", 1, "2.7/ongoing-duties", 1));
            Instant hourLater = NOW.plus(Duration.ofHours(1));
            assertThat(due(run)).isEqualTo(Map.of(
                    ChecklistItem.CREATE_ESCALATION_CHANNEL, hourLater,
                    ChecklistItem.IDENTIFY_DRI_AND_ASKS, hourLater,
                    ChecklistItem.DECLARE_ESCALATION, hourLater,
                    ChecklistItem.OPEN_CS_HELP_REQUEST, hourLater,
                    ChecklistItem.INFORM_INVOLVED, hourLater,
                    ChecklistItem.SCHEDULE_INTERNAL_STANDUP, NOW.plus(Duration.ofHours(24)),
                    ChecklistItem.POST_CADENCE_UPDATES, Instant.MIN,
                    ChecklistItem.KEEP_EXIT_CRITERIA_AND_DRIS_CURRENT, Instant.MIN));
        }

        /** The CS Help request is for escalations of non-PS projects (S2: CS Help Request). */
        @Test
        void withoutACsHelpRequestThereIsNoStepToOpenIt() {
            var run = opening.run(new InScope(), withCriteria().openedAt(NOW).build());

            assertThat(run.fired()).doesNotContainKey("2.7/open-cs-help-request");
            assertThat(due(run)).doesNotContainKey(ChecklistItem.OPEN_CS_HELP_REQUEST).hasSize(7);
        }

        @Test
        void aRequiredProductDriIsAnImmediateStepInTheChannelToo() {
            var run = opening.run(new InScope(), new ProductDriRequired(), new ProductDriRequiredSince(NOW),
                    withCriteria().openedAt(NOW).build());

            assertThat(run.fired()).containsEntry("2.7/assign-product-dri", 1);
            assertThat(due(run)).containsEntry(ChecklistItem.ASSIGN_PRODUCT_DRI, NOW.plus(Duration.ofHours(1)))
                    .containsEntry(ChecklistItem.ADD_PRODUCT_DRI_TO_CHANNEL, NOW.plus(Duration.ofHours(1)));
        }

        /** The product DRI step follows {@code ProductDriRequired} alone, which product.drl derives only in scope. */
        @Test
        void outOfScopeTheImmediateStepsTheStandupAndTheOngoingDutiesAreNotDue() {
            var run = opening.run(new ProductDriRequired(), withCriteria().build());

            assertThat(run.fired()).doesNotContainKeys("2.7/immediate-steps", "2.7/schedule-standup",
                    "2.7/ongoing-duties", "2.7/open-cs-help-request");
        }

        /** One rule per step says which activity completes it; other activities complete nothing. */
        @ParameterizedTest
        @CsvSource({
            "CHANNEL_CREATED, CREATE_ESCALATION_CHANNEL, 2.7/channel-created",
            "DRI_AND_ASKS_IDENTIFIED, IDENTIFY_DRI_AND_ASKS, 2.7/dri-and-asks-identified",
            "DECLARED, DECLARE_ESCALATION, 2.7/declared",
            "CS_HELP_REQUEST_OPENED, OPEN_CS_HELP_REQUEST, 2.7/cs-help-request-opened",
            "STANDUP_SCHEDULED, SCHEDULE_INTERNAL_STANDUP, 2.7/standup-scheduled",
            "INVOLVED_INFORMED, INFORM_INVOLVED, 2.7/involved-informed"})
        void eachStepIsDoneByItsActivity(ActivityKind kind, ChecklistItem item, String ruleId) {
            Escalation escalation = withCriteria().activity(Activity.of(kind, NOW), Activity.of(kind, NOW),
                    Activity.of(ActivityKind.STANDUP_HELD, NOW), Activity.of(ActivityKind.HANDOVER, NOW)).build();

            var run = opening.run(new InScope(), new CsHelpRequest(), escalation);

            assertThat(run.fired()).containsEntry(ruleId, 1);
            assertThat(run.derived(ChecklistDone.class)).containsExactly(new ChecklistDone(item));
        }

        @Test
        void theCsHelpStepIsNotDoneByItsActivityWhenThereIsNoRequest() {
            Escalation escalation = withCriteria()
                    .activity(Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, NOW)).build();

            assertThat(opening.run(new InScope(), escalation).derived(ChecklistDone.class)).isEmpty();
        }

        @Test
        void theProductDriItemIsDoneWhenOneIsNamed() {
            var run = opening.run(new InScope(), new ProductDriRequired(), new ProductDriRequiredSince(ago(1, 0)),
                    withCriteria().productDri("Dana").build());

            assertThat(run.fired()).containsEntry("2.7/product-dri-named", 1);
            assertThat(run.derived(ChecklistDone.class))
                    .containsExactly(new ChecklistDone(ChecklistItem.ASSIGN_PRODUCT_DRI));
        }

        @Test
        void theProductDriItemIsNotDoneWithoutAName() {
            var run = opening.run(new InScope(), new ProductDriRequired(), new ProductDriRequiredSince(ago(1, 0)),
                    withCriteria().build());

            assertThat(run.fired()).containsEntry("2.7/assign-product-dri", 1)
                    .doesNotContainKey("2.7/product-dri-named");
        }
    }

    @Nested
    class Overdue {

        @Test
        void immediateStepsAreNotOverdueExactlyAnHourAfterOpening() {
            var run = opening.run(new InScope(), new OpenInScope(), new CsHelpRequest(),
                    withCriteria().openedAt(ago(1, 0)).build());

            assertThat(run.fired()).doesNotContainKey("2.7/checklist-item-overdue");
        }

        @Test
        void immediateStepsAreOverdueAnHourAndAMinuteAfterOpening() {
            var run = opening.run(new InScope(), new OpenInScope(), new CsHelpRequest(), new ProductDriRequired(),
                    new ProductDriRequiredSince(ago(1, 1)), withCriteria().openedAt(ago(1, 1)).build());

            assertThat(run.fired()).containsEntry("2.7/checklist-item-overdue", 7);
            assertThat(overdue(run)).containsExactlyInAnyOrder(ChecklistItem.CREATE_ESCALATION_CHANNEL,
                    ChecklistItem.IDENTIFY_DRI_AND_ASKS, ChecklistItem.DECLARE_ESCALATION,
                    ChecklistItem.OPEN_CS_HELP_REQUEST, ChecklistItem.INFORM_INVOLVED,
                    ChecklistItem.ASSIGN_PRODUCT_DRI, ChecklistItem.ADD_PRODUCT_DRI_TO_CHANNEL);
            assertThat(run.derived(Finding.class)).filteredOn(f -> f.details().get("item")
                    == ChecklistItem.DECLARE_ESCALATION).singleElement().satisfies(f -> assertThat(f.details())
                    .containsEntry("due", NOW.minus(Duration.ofMinutes(1)))
                    .containsEntry("overdueBy", Duration.ofMinutes(1)));
        }

        @Test
        void theStandupIsOverdueOnlyAfterMoreThanADay() {
            var atDeadline = opening.run(new InScope(), new OpenInScope(), withCriteria().openedAt(ago(24, 0)).build());
            var afterDeadline = opening.run(new InScope(), new OpenInScope(),
                    withCriteria().openedAt(ago(24, 1)).build());

            assertThat(overdue(atDeadline)).doesNotContain(ChecklistItem.SCHEDULE_INTERNAL_STANDUP);
            assertThat(overdue(afterDeadline)).contains(ChecklistItem.SCHEDULE_INTERNAL_STANDUP);
        }

        @Test
        void doneItemsAndOngoingItemsAreNeverOverdue() {
            Escalation escalation = withCriteria().openedAt(NOW.minus(Duration.ofDays(30)))
                    .activity(Activity.of(ActivityKind.CHANNEL_CREATED, NOW.minus(Duration.ofDays(31))),
                            Activity.of(ActivityKind.DRI_AND_ASKS_IDENTIFIED, NOW),
                            Activity.of(ActivityKind.DECLARED, NOW),
                            Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, NOW),
                            Activity.of(ActivityKind.STANDUP_SCHEDULED, NOW),
                            Activity.of(ActivityKind.INVOLVED_INFORMED, NOW),
                            Activity.of(ActivityKind.PRODUCT_DRI_ADDED, NOW))
                    .productDri("Dana").build();

            var run = opening.run(new InScope(), new OpenInScope(), new CsHelpRequest(), new ProductDriRequired(),
                    new ProductDriRequiredSince(escalation.openedAt()), escalation);

            assertThat(overdue(run)).isEmpty();
            assertThat(run.explanation()).noneMatch(e -> e.ruleId().equals("2.7/checklist-item-overdue"));
        }

        /** A closed escalation keeps its checklist but nothing in it is overdue any more. */
        @Test
        void aClosedEscalationHasNothingOverdue() {
            var run = opening.run(new InScope(), new CsHelpRequest(),
                    withCriteria().openedAt(ago(48, 0)).closedAt(ago(1, 0)).build());

            assertThat(due(run)).hasSize(8);
            assertThat(run.fired()).doesNotContainKey("2.7/checklist-item-overdue");
        }

        /** "Overdue" rests on the absence of "done": a step shown done late withdraws the finding. */
        @Test
        void aStepShownDoneLateIsNoLongerOverdue() {
            var run = RuleHarness.withArrivals("opening.drl").run(new InScope(), new OpenInScope(),
                    withCriteria().openedAt(ago(2, 0)).build(),
                    new Arrival(new ChecklistDone(ChecklistItem.DECLARE_ESCALATION)));

            assertThat(run.fired()).containsEntry("2.7/checklist-item-overdue", 4);
            assertThat(overdue(run)).containsExactlyInAnyOrder(ChecklistItem.CREATE_ESCALATION_CHANNEL,
                    ChecklistItem.IDENTIFY_DRI_AND_ASKS, ChecklistItem.INFORM_INVOLVED);
        }

        /** The CS Help step follows from the request: without one, it is never overdue. */
        @Test
        void withoutARequestTheCsHelpStepIsNeverOverdue() {
            var run = opening.run(new InScope(), new OpenInScope(), withCriteria().openedAt(ago(2, 0)).build());

            assertThat(overdue(run)).doesNotContain(ChecklistItem.OPEN_CS_HELP_REQUEST);
        }
    }

    @Nested
    class ExitCriteria {

        @Test
        void exitCriteriaAreMissingOnlyAfterMoreThanADay() {
            var atGrace = opening.run(new OpenInScope(), escalation().openedAt(ago(24, 0)).build());
            var afterGrace = opening.run(new OpenInScope(), escalation().openedAt(ago(24, 1)).build());

            assertThat(atGrace.fired()).doesNotContainKey("2.8/exit-criteria-missing");
            assertThat(afterGrace.fired()).isEqualTo(Map.of("2.8/exit-criteria-missing", 1));
            assertThat(afterGrace.derived(Finding.class)).singleElement().satisfies(f -> assertThat(f.details())
                    .isEqualTo(Map.of("openFor", Duration.ofHours(24).plusMinutes(1), "limit", Duration.ofHours(24))));
        }

        @Test
        void givenExitCriteriaOrAClosedEscalationAreNotFlagged() {
            assertThat(opening.run(new OpenInScope(), withCriteria().openedAt(ago(48, 0)).build()).fired())
                    .doesNotContainKey("2.8/exit-criteria-missing");
            assertThat(opening.run(new InScope(), escalation().openedAt(ago(48, 0)).closedAt(NOW).build()).fired())
                    .doesNotContainKey("2.8/exit-criteria-missing");
        }
    }

    /** The checklist items of version 3: who must be told, and the product DRI in the channel (POLICY.md 2.6, 2.7). */
    @Nested
    class Version3Items {

        @Test
        void addingTheProductDriToTheChannelCompletesItsStepNamingThemDoesNot() {
            var added = opening.run(new InScope(), new ProductDriRequired(), new ProductDriRequiredSince(ago(1, 0)),
                    withCriteria().activity(Activity.of(ActivityKind.PRODUCT_DRI_ADDED, NOW)).build());
            var named = opening.run(new InScope(), new ProductDriRequired(), new ProductDriRequiredSince(ago(1, 0)),
                    withCriteria().productDri("Dana").build());

            assertThat(added.fired()).containsEntry("2.7/product-dri-added", 1);
            assertThat(added.derived(ChecklistDone.class))
                    .containsExactly(new ChecklistDone(ChecklistItem.ADD_PRODUCT_DRI_TO_CHANNEL));
            assertThat(named.derived(ChecklistDone.class))
                    .containsExactly(new ChecklistDone(ChecklistItem.ASSIGN_PRODUCT_DRI));
        }

        @Test
        void withoutARequiredProductDriNeitherStepIsDue() {
            var run = opening.run(new InScope(), new ProductDriRequiredSince(ago(1, 0)), withCriteria().build());

            assertThat(run.fired()).doesNotContainKey("2.7/assign-product-dri");
            assertThat(due(run)).doesNotContainKeys(ChecklistItem.ASSIGN_PRODUCT_DRI,
                    ChecklistItem.ADD_PRODUCT_DRI_TO_CHANNEL);
        }

        /** A raise to high two days after opening: the product DRI is due an hour after the raise, not after opening. */
        @Test
        void theProductDriIsDueFromTheRaiseNotFromTheOpening() {
            Escalation raised = withCriteria().severity(Severity.HIGH).openedSeverity(Severity.MEDIUM)
                    .productRelated(true).openedAt(ago(48, 0))
                    .activity(Activity.severityChanged(ago(1, 0), Severity.HIGH)).build();

            var atDue = withQuestions.run(PolicySettings.defaults(), NOW, new InScope(), new ProductDriRequired(),
                    raised);
            var aSecondLater = withQuestions.run(PolicySettings.defaults(), NOW.plusSeconds(1), new InScope(),
                    new ProductDriRequired(), raised);

            assertThat(due(atDue)).containsEntry(ChecklistItem.ASSIGN_PRODUCT_DRI, NOW)
                    .containsEntry(ChecklistItem.ADD_PRODUCT_DRI_TO_CHANNEL, NOW);
            assertThat(overdue(atDue)).doesNotContain(ChecklistItem.ASSIGN_PRODUCT_DRI,
                    ChecklistItem.ADD_PRODUCT_DRI_TO_CHANNEL).contains(ChecklistItem.DECLARE_ESCALATION);
            assertThat(overdueOf(aSecondLater, ChecklistItem.ASSIGN_PRODUCT_DRI)).singleElement()
                    .satisfies(f -> assertThat(f.details()).containsEntry("due", NOW)
                            .containsEntry("overdueBy", Duration.ofSeconds(1)));
            assertThat(overdueOf(aSecondLater, ChecklistItem.ADD_PRODUCT_DRI_TO_CHANNEL)).hasSize(1);
        }

        /**
         * One item per change that newly involves someone, the stakeholders in the order of 2.4; the severity before
         * a change is that of the previous change carrying one (a change without a severity is skipped), and a
         * lowering to LOW involves LOW's people.
         */
        @Test
        void eachChangeThatInvolvesNewPeopleAddsAnItemNamingThem() {
            Escalation escalation = withCriteria().severity(Severity.LOW).openedSeverity(Severity.LOW)
                    .openedAt(ago(12, 0)).activity(
                            Activity.severityChanged(ago(6, 0), Severity.HIGH),
                            Activity.severityChanged(ago(10, 0), Severity.MEDIUM),
                            Activity.of(ActivityKind.SEVERITY_CHANGED, ago(8, 0)),
                            Activity.severityChanged(ago(4, 0), Severity.CRITICAL),
                            Activity.severityChanged(ago(2, 0), Severity.LOW)).build();

            var run = withQuestions.run(new InScope(), escalation);

            assertThat(run.fired()).containsEntry("2.7/inform-newly-involved", 3);
            assertThat(run.derived(ChecklistDue.class))
                    .filteredOn(d -> d.item() == ChecklistItem.INFORM_NEWLY_INVOLVED).containsExactlyInAnyOrder(
                            new ChecklistDue(ChecklistItem.INFORM_NEWLY_INVOLVED, ago(9, 0), 1,
                                    List.of(Stakeholder.GLOBAL_PUBSEC_CSM_LEADER)),
                            new ChecklistDue(ChecklistItem.INFORM_NEWLY_INVOLVED, ago(5, 0), 2,
                                    List.of(Stakeholder.VP_SALES, Stakeholder.PRODUCT, Stakeholder.CRO,
                                            Stakeholder.CEO, Stakeholder.VP_CUSTOMER_SUCCESS)),
                            new ChecklistDue(ChecklistItem.INFORM_NEWLY_INVOLVED, ago(1, 0), 4,
                                    List.of(Stakeholder.REGIONAL_CSM_MANAGER, Stakeholder.ACCOUNT_MANAGER)));
        }

        /** Done by an INVOLVED_INFORMED at or after the change: at the change's instant counts, a second before not. */
        @Test
        void theNewlyInvolvedAreInformedByAnInvolvedInformedAtOrAfterTheChange() {
            Instant change = ago(3, 0);
            Escalation.Builder raised = withCriteria().openedSeverity(Severity.MEDIUM).openedAt(ago(4, 0));

            var atChange = withQuestions.run(new InScope(), raised.activity(Activity.severityChanged(change,
                    Severity.HIGH), Activity.of(ActivityKind.INVOLVED_INFORMED, change)).build());
            var before = withQuestions.run(new InScope(), raised.activity(Activity.severityChanged(change,
                    Severity.HIGH), Activity.of(ActivityKind.INVOLVED_INFORMED, change.minusSeconds(1))).build());

            assertThat(atChange.fired()).containsEntry("2.7/newly-involved-informed", 1);
            assertThat(atChange.derived(ChecklistDone.class)).containsExactlyInAnyOrder(
                    new ChecklistDone(ChecklistItem.INFORM_INVOLVED),
                    new ChecklistDone(ChecklistItem.INFORM_NEWLY_INVOLVED, 1));
            assertThat(overdueOf(atChange, ChecklistItem.INFORM_NEWLY_INVOLVED)).isEmpty();
            assertThat(before.fired()).doesNotContainKey("2.7/newly-involved-informed");
            assertThat(before.derived(ChecklistDone.class))
                    .containsExactly(new ChecklistDone(ChecklistItem.INFORM_INVOLVED));
            assertThat(overdueOf(before, ChecklistItem.INFORM_NEWLY_INVOLVED)).singleElement()
                    .satisfies(f -> assertThat(f.details()).containsEntry("due", ago(2, 0)));
        }

        @Test
        void informingTheNewlyInvolvedIsOverdueOnlyStrictlyAfterAnHour() {
            Escalation.Builder raised = withCriteria().openedSeverity(Severity.MEDIUM).openedAt(ago(4, 0));

            var atDue = withQuestions.run(new InScope(),
                    raised.activity(Activity.severityChanged(ago(1, 0), Severity.HIGH)).build());
            var aSecondLate = withQuestions.run(new InScope(),
                    raised.activity(Activity.severityChanged(ago(1, 0).minusSeconds(1), Severity.HIGH)).build());

            assertThat(overdueOf(atDue, ChecklistItem.INFORM_NEWLY_INVOLVED)).isEmpty();
            assertThat(overdueOf(aSecondLate, ChecklistItem.INFORM_NEWLY_INVOLVED)).singleElement()
                    .satisfies(f -> assertThat(f.details()).containsEntry("overdueBy", Duration.ofSeconds(1)));
        }

        /** Each change's item is done or overdue on its own: a telling between two changes completes the first only. */
        @Test
        void eachChangesItemIsDoneOnItsOwn() {
            Escalation escalation = withCriteria().openedSeverity(Severity.MEDIUM).severity(Severity.LOW)
                    .openedAt(ago(12, 0)).activity(Activity.severityChanged(ago(10, 0), Severity.HIGH),
                            Activity.of(ActivityKind.INVOLVED_INFORMED, ago(9, 0)),
                            Activity.severityChanged(ago(5, 0), Severity.LOW)).build();

            var run = withQuestions.run(new InScope(), escalation);

            assertThat(run.derived(ChecklistDone.class)).contains(
                    new ChecklistDone(ChecklistItem.INFORM_NEWLY_INVOLVED, 1))
                    .doesNotContain(new ChecklistDone(ChecklistItem.INFORM_NEWLY_INVOLVED, 2));
            assertThat(overdueOf(run, ChecklistItem.INFORM_NEWLY_INVOLVED)).singleElement()
                    .satisfies(f -> assertThat(f.details()).containsEntry("due", ago(4, 0)));
        }
    }
}
