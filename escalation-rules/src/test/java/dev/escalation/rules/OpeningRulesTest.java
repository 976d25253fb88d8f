package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.account;
import static dev.escalation.rules.Fixtures.ago;
import static dev.escalation.rules.Fixtures.emergency;
import static dev.escalation.rules.Fixtures.escalation;
import static dev.escalation.rules.RuleHarness.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.ChecklistItem;
import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.SlackChannel;
import dev.escalation.model.Escalation;
import dev.escalation.rules.facts.ChecklistDone;
import dev.escalation.rules.facts.ChecklistDue;
import dev.escalation.rules.facts.ConversionRecommended;
import dev.escalation.rules.facts.InScope;
import dev.escalation.rules.facts.ProductDriRequired;
import dev.escalation.rules.facts.SuggestedChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * opening.drl: POLICY.md 2.7 (S2: Opening the Escalation; Temporary Slack Channel; S0: Expectations). "Immediately"
 * is read as the default 1 h grace; an item is overdue when now is strictly after its due instant.
 *
 * <p>Literal readings: an item is done when its matching activity exists at any instant, even one logged before the
 * escalation was opened or after the item's due instant ("done when the matching activity exists"); the ongoing items
 * are never done; a given channel is checked for its prefix and visibility only, the suggested name is always given.
 */
class OpeningRulesTest {

    private static final String IMMEDIATE = "The first four steps are due immediately after opening";
    private static final String PRODUCT_DRI = "Assigning a required product DRI is due immediately after opening";
    private static final String STANDUP = "The internal standup is scheduled within a day of opening";
    private static final String ONGOING = "Cadence updates and current exit criteria and DRIs are ongoing duties";
    private static final String EMERGENCY_DUTIES = "A converted emergency adds the on-call support engineer's duties";
    private static final String DONE = "Creating the channel completes its step";
    private static final String PRODUCT_DRI_NAMED = "Assigning the product DRI is done once one is named";
    private static final String OVERDUE = "A checklist item not done after its due instant is overdue";
    private static final String CHANNEL = "The channel is named #esc_ and the customer's name";
    private static final String CHANNEL_INVALID = "A given channel whose name does not start with #esc_ is invalid";
    private static final String CHANNEL_PRIVATE = "A given channel that is not public must be made public";

    private final RuleHarness opening = RuleHarness.of("opening.drl");

    private static Map<ChecklistItem, Instant> due(RuleHarness.Run run) {
        return run.derived(ChecklistDue.class).stream()
                .collect(Collectors.toMap(ChecklistDue::item, d -> d.due() == null ? Instant.MIN : d.due()));
    }

    private static Set<Object> overdue(RuleHarness.Run run) {
        return run.derived(Finding.class).stream().filter(f -> f.is(FindingCode.CHECKLIST_ITEM_OVERDUE))
                .map(f -> f.details().get("item")).collect(Collectors.toSet());
    }

    @Nested
    class Checklist {

        @Test
        void aNewEscalationHasFourImmediateStepsAStandupAndTwoOngoingDuties() {
            var run = opening.run(new InScope(), escalation().openedAt(NOW).build(), account().build());

            assertThat(run.fired()).containsEntry(IMMEDIATE, 1).containsEntry(STANDUP, 1).containsEntry(ONGOING, 1)
                    .doesNotContainKeys(PRODUCT_DRI, EMERGENCY_DUTIES, DONE, OVERDUE);
            Instant hourLater = NOW.plus(Duration.ofHours(1));
            assertThat(due(run)).isEqualTo(Map.of(
                    ChecklistItem.CREATE_ESCALATION_CHANNEL, hourLater,
                    ChecklistItem.IDENTIFY_DRI_AND_ASKS, hourLater,
                    ChecklistItem.DECLARE_ESCALATION, hourLater,
                    ChecklistItem.OPEN_CS_HELP_REQUEST, hourLater,
                    ChecklistItem.SCHEDULE_INTERNAL_STANDUP, NOW.plus(Duration.ofHours(24)),
                    ChecklistItem.POST_CADENCE_UPDATES, Instant.MIN,
                    ChecklistItem.KEEP_EXIT_CRITERIA_AND_DRIS_CURRENT, Instant.MIN));
        }

        @Test
        void aRequiredProductDriIsAnImmediateStep() {
            var run = opening.run(new InScope(), new ProductDriRequired(), escalation().openedAt(NOW).build(),
                    account().build());

            assertThat(run.fired()).containsEntry(PRODUCT_DRI, 1);
            assertThat(due(run)).containsEntry(ChecklistItem.ASSIGN_PRODUCT_DRI, NOW.plus(Duration.ofHours(1)));
        }

        @Test
        void aConvertedEmergencyAddsTheSupportEngineersOngoingDuties() {
            var run = opening.run(new InScope(), new ConversionRecommended(), emergency().build(),
                    escalation().build(), account().build());

            assertThat(run.fired()).containsEntry(EMERGENCY_DUTIES, 1);
            assertThat(due(run)).containsEntry(ChecklistItem.ASSIGN_EMERGENCY_TICKET_TO_SELF, Instant.MIN)
                    .containsEntry(ChecklistItem.LINK_CHANNEL_IN_INTERNAL_COMMENT, Instant.MIN)
                    .containsEntry(ChecklistItem.HAND_OVER_AT_SHIFT_END, Instant.MIN);
        }

        @Test
        void anEmergencyNotRecommendedForConversionAddsNoDuties() {
            var run = opening.run(new InScope(), emergency().build(), escalation().build(), account().build());

            assertThat(run.fired()).doesNotContainKey(EMERGENCY_DUTIES);
        }

        @Test
        void outOfScopeThereIsNoChecklist() {
            var run = opening.run(new ProductDriRequired(), escalation().build(), account().build());

            assertThat(run.fired()).doesNotContainKeys(IMMEDIATE, STANDUP, ONGOING, CHANNEL);
        }

        @Test
        void anItemIsDoneWhenItsActivityIsLogged() {
            Escalation escalation = escalation().activity(Activity.of(ActivityKind.CHANNEL_CREATED, NOW),
                    Activity.of(ActivityKind.CHANNEL_CREATED, NOW), Activity.of(ActivityKind.STANDUP_HELD, NOW))
                    .build();

            var run = opening.run(new InScope(), escalation, account().build());

            assertThat(run.fired()).containsEntry(DONE, 1);
            assertThat(run.derived(ChecklistDone.class))
                    .containsExactly(new ChecklistDone(ChecklistItem.CREATE_ESCALATION_CHANNEL));
        }

        @Test
        void theProductDriItemIsDoneWhenOneIsNamed() {
            var run = opening.run(new InScope(), new ProductDriRequired(), escalation().productDri("Dana").build(),
                    account().build());

            assertThat(run.fired()).containsEntry(PRODUCT_DRI_NAMED, 1);
            assertThat(run.derived(ChecklistDone.class))
                    .containsExactly(new ChecklistDone(ChecklistItem.ASSIGN_PRODUCT_DRI));
        }

        @Test
        void theProductDriItemIsNotDoneWithoutAName() {
            var run = opening.run(new InScope(), new ProductDriRequired(), escalation().build(), account().build());

            assertThat(run.fired()).doesNotContainKey(PRODUCT_DRI_NAMED);
        }
    }

    @Nested
    class Overdue {

        @Test
        void immediateStepsAreNotOverdueExactlyAnHourAfterOpening() {
            var run = opening.run(new InScope(), escalation().openedAt(ago(1, 0)).build(), account().build());

            assertThat(run.fired()).doesNotContainKey(OVERDUE);
        }

        @Test
        void immediateStepsAreOverdueAnHourAndAMinuteAfterOpening() {
            var run = opening.run(new InScope(), new ProductDriRequired(), escalation().openedAt(ago(1, 1)).build(),
                    account().build());

            assertThat(run.fired()).containsEntry(OVERDUE, 5);
            assertThat(overdue(run)).containsExactlyInAnyOrder(ChecklistItem.CREATE_ESCALATION_CHANNEL,
                    ChecklistItem.IDENTIFY_DRI_AND_ASKS, ChecklistItem.DECLARE_ESCALATION,
                    ChecklistItem.OPEN_CS_HELP_REQUEST, ChecklistItem.ASSIGN_PRODUCT_DRI);
            assertThat(run.derived(Finding.class)).filteredOn(f -> f.details().get("item")
                    == ChecklistItem.DECLARE_ESCALATION).singleElement().satisfies(f -> assertThat(f.details())
                    .containsEntry("due", NOW.minus(Duration.ofMinutes(1)))
                    .containsEntry("overdueBy", Duration.ofMinutes(1)));
        }

        @Test
        void theStandupIsOverdueOnlyAfterMoreThanADay() {
            var atDeadline = opening.run(new InScope(), escalation().openedAt(ago(24, 0)).build(), account().build());
            var afterDeadline = opening.run(new InScope(), escalation().openedAt(ago(24, 1)).build(),
                    account().build());

            assertThat(overdue(atDeadline)).doesNotContain(ChecklistItem.SCHEDULE_INTERNAL_STANDUP);
            assertThat(overdue(afterDeadline)).contains(ChecklistItem.SCHEDULE_INTERNAL_STANDUP);
        }

        @Test
        void doneItemsAndOngoingItemsAreNeverOverdue() {
            Escalation escalation = escalation().openedAt(NOW.minus(Duration.ofDays(30)))
                    .activity(Activity.of(ActivityKind.CHANNEL_CREATED, NOW.minus(Duration.ofDays(29))),
                            Activity.of(ActivityKind.DRI_AND_ASKS_IDENTIFIED, NOW),
                            Activity.of(ActivityKind.DECLARED, NOW),
                            Activity.of(ActivityKind.CS_HELP_REQUEST_OPENED, NOW),
                            Activity.of(ActivityKind.STANDUP_SCHEDULED, NOW))
                    .productDri("Dana").build();

            var run = opening.run(new InScope(), new ProductDriRequired(), new ConversionRecommended(),
                    emergency().build(), escalation, account().build());

            assertThat(overdue(run)).isEmpty();
            assertThat(run.explanation()).noneMatch(e -> e.rule().equals(OVERDUE));
        }
    }

    @Nested
    class ChannelName {

        @Test
        void theSuggestedChannelFoldsTheCustomerName() {
            var run = opening.run(new InScope(), escalation().build(), account().name("Société Générale").build());

            assertThat(run.fired()).containsEntry(CHANNEL, 1);
            assertThat(run.derived(SuggestedChannel.class))
                    .containsExactly(new SuggestedChannel("#esc_societe_generale"));
        }

        @Test
        void aGivenChannelWithoutThePrefixIsInvalid() {
            var run = opening.run(new InScope(), escalation().channel(new SlackChannel("#acme", true)).build(),
                    account().build());

            assertThat(run.fired()).containsEntry(CHANNEL_INVALID, 1).doesNotContainKey(CHANNEL_PRIVATE);
            assertThat(run.derived(Finding.class)).filteredOn(f -> f.is(FindingCode.CHANNEL_NAME_INVALID))
                    .singleElement().satisfies(f -> assertThat(f.details()).isEqualTo(Map.of("channel", "#acme",
                            "expectedPrefix", "#esc_", "suggested", "#esc_acme_corp")));
        }

        @Test
        void aGivenPrivateChannelMustBeMadePublic() {
            var run = opening.run(new InScope(), escalation().channel(new SlackChannel("#esc_acme", false)).build(),
                    account().build());

            assertThat(run.fired()).containsEntry(CHANNEL_PRIVATE, 1).doesNotContainKey(CHANNEL_INVALID);
            assertThat(run.derived(Finding.class)).filteredOn(f -> f.is(FindingCode.CHANNEL_NOT_PUBLIC))
                    .singleElement().satisfies(f -> assertThat(f.details()).isEqualTo(Map.of("channel", "#esc_acme")));
        }

        @Test
        void aGivenPublicChannelWithThePrefixIsFine() {
            var run = opening.run(new InScope(), escalation().channel(new SlackChannel("#esc_anything", true)).build(),
                    account().build());

            assertThat(run.fired()).doesNotContainKeys(CHANNEL_INVALID, CHANNEL_PRIVATE);
        }

        @Test
        void outOfScopeAGivenChannelIsNotChecked() {
            var run = opening.run(escalation().channel(new SlackChannel("acme", false)).build(), account().build());

            assertThat(run.fired()).isEmpty();
        }
    }
}
