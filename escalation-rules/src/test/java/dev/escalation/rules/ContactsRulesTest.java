package dev.escalation.rules;

import static dev.escalation.rules.Fixtures.account;
import static dev.escalation.rules.Fixtures.escalation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.EscalationRole;
import dev.escalation.model.Segment;
import dev.escalation.model.Team;
import dev.escalation.rules.facts.Contact;
import dev.escalation.rules.facts.ContactsNeeded;
import dev.escalation.rules.facts.ConversionRecommended;
import dev.escalation.rules.facts.CsmAssigned;
import dev.escalation.rules.facts.InScope;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * contacts.drl: POLICY.md 2.1 and 2.5 (S0: How to start an Account Escalation): whom support reaches out to, in
 * order. {@code CsmAssigned} is given, as dri.drl derives it.
 *
 * <p>Literal readings: the list is the same for a recommended conversion and for an in-scope escalation's plan; for a
 * conversion it is given whatever the scope ("an out-of-scope account may still be escalated"); a role whose person is
 * unknown is skipped, except the Support Manager On-call, who is always last.
 */
class ContactsRulesTest {

    private static final CsmAssigned CSM = new CsmAssigned("Casey CSM");

    private final RuleHarness contacts = RuleHarness.of("contacts.drl");

    /** @return the contacts in the order support reaches out */
    private static List<Contact> inOrder(RuleHarness.Run run) {
        return run.derived(Contact.class).stream().sorted(Comparator.comparingInt(Contact::position)).toList();
    }

    @Test
    void withACsmSupportReachesOutToTheCsmThenTheManagerOnCall() {
        var run = contacts.run(new InScope(), escalation().build(), account().build(), CSM);

        assertThat(run.fired())
                .isEqualTo(Map.of("2.5/contacts", 1, "2.5/contact-csm", 1, "2.5/contact-support-manager-on-call", 1));
        assertThat(inOrder(run)).containsExactly(new Contact(1, EscalationRole.CSM, "Casey CSM"),
                new Contact(5, EscalationRole.SUPPORT_MANAGER_ON_CALL, null));
    }

    @Test
    void withoutCsmSupportReachesOutToEveryKnownOneOfAeCseAndRegionalManagerInThatOrder() {
        var run = contacts.run(new InScope(), escalation().build(), account().team(DriRulesTest.NO_CSM).build());

        assertThat(run.fired()).containsEntry("2.5/contact-account-executive", 1).containsEntry("2.5/contact-cse", 1)
                .containsEntry("2.5/contact-regional-manager", 1).doesNotContainKey("2.5/contact-csm");
        assertThat(inOrder(run)).extracting(Contact::role).containsExactly(EscalationRole.ACCOUNT_EXECUTIVE,
                EscalationRole.CSE, EscalationRole.REGIONAL_CSM_MANAGER, EscalationRole.SUPPORT_MANAGER_ON_CALL);
        assertThat(inOrder(run)).extracting(Contact::name).containsExactly("Alex AE", "Sam CSE", "Rory Manager", null);
    }

    @Test
    void unknownPeopleAreSkipped() {
        var run = contacts.run(new InScope(), escalation().build(), account().team(Team.builder().cse("Sam CSE")
                .build()).build());

        assertThat(run.fired()).containsEntry("2.5/contact-cse", 1)
                .doesNotContainKeys("2.5/contact-account-executive", "2.5/contact-regional-manager");
        assertThat(inOrder(run)).extracting(Contact::role).containsExactly(EscalationRole.CSE,
                EscalationRole.SUPPORT_MANAGER_ON_CALL);
    }

    @Test
    void nobodyKnownLeavesOnlyTheManagerOnCall() {
        var run = contacts.run(new InScope(), escalation().build(), account().team(Team.NOBODY).build());

        assertThat(inOrder(run)).extracting(Contact::role).containsExactly(EscalationRole.SUPPORT_MANAGER_ON_CALL);
    }

    @Test
    void aRecommendedConversionGetsTheListEvenOutOfScope() {
        var run = contacts.run(new ConversionRecommended(), account().segment(Segment.OTHER).team(DriRulesTest.NO_CSM)
                .build());

        assertThat(run.fired()).containsEntry("2.1/contacts", 1).doesNotContainKey("2.5/contacts");
        assertThat(inOrder(run)).extracting(Contact::role).containsExactly(EscalationRole.ACCOUNT_EXECUTIVE,
                EscalationRole.CSE, EscalationRole.REGIONAL_CSM_MANAGER, EscalationRole.SUPPORT_MANAGER_ON_CALL);
    }

    @Test
    void noContactsWithoutARecommendationOrAnEscalationInScope() {
        assertThat(contacts.run(new InScope(), account().build(), CSM).fired()).isEmpty();
        assertThat(contacts.run(escalation().build(), account().build(), CSM).fired()).isEmpty();
    }

    @Test
    void aRecommendationAndAnEscalationNeedTheListOnce() {
        var run = contacts.run(new ConversionRecommended(), new InScope(), escalation().build(), account().build(), CSM);

        assertThat(run.derived(ContactsNeeded.class)).hasSize(1);
        assertThat(run.fired()).containsEntry("2.5/contact-csm", 1)
                .containsEntry("2.5/contact-support-manager-on-call", 1);
    }

    /** Reaching out to the others rests on there being no CSM: one derived late replaces them. */
    @Test
    void aCsmDerivedLateReplacesTheOthers() {
        var run = RuleHarness.withArrivals("contacts.drl").run(new InScope(), escalation().build(),
                account().team(DriRulesTest.NO_CSM).build(), new Arrival(CSM));

        assertThat(run.fired()).containsEntry("2.5/contact-account-executive", 1).containsEntry("2.5/contact-csm", 1);
        assertThat(inOrder(run)).extracting(Contact::role).containsExactly(EscalationRole.CSM,
                EscalationRole.SUPPORT_MANAGER_ON_CALL);
        assertThat(run.explanation()).noneMatch(e -> e.ruleId().equals("2.5/contact-account-executive"));
    }
}
