package dev.escalation.test;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.json.CaseInput;
import dev.escalation.json.EscalationJson;
import dev.escalation.model.Account;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Event;
import dev.escalation.model.Situation;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A case and its {@code now}, built from the defaults of {@link TestCases}: each part starts from its default and
 * each call changes it further.
 *
 * <pre>{@code
 * EscalationCase c = TestCases.aCase()
 *         .account(a -> a.segment(Segment.OTHER).strategicPartnership(true))
 *         .escalation(e -> e.severity(Severity.MEDIUM))
 *         .event(Event.OPENED)
 *         .build();
 * }</pre>
 *
 * <p>Not thread-safe: one per test. <b>Stability:</b> stable API.
 */
public final class CaseBuilder {

    private final Account.Builder account;
    private Emergency.Builder emergency;
    private Situation situation;
    private Escalation.Builder escalation;
    private Event event;
    private Instant now;

    CaseBuilder(Account.Builder account, Instant now) {
        this.account = account;
        this.now = now;
    }

    /**
     * @param change what to change in the account, e.g. {@code a -> a.segment(Segment.OTHER)}
     * @return this
     */
    public CaseBuilder account(UnaryOperator<Account.Builder> change) {
        change.apply(account);
        return this;
    }

    /** @return this, with the default {@link TestCases#emergency()} unless it has one */
    public CaseBuilder emergency() {
        return emergency(UnaryOperator.identity());
    }

    /**
     * @param change what to change in the emergency, which starts as {@link TestCases#emergency()}
     * @return this
     */
    public CaseBuilder emergency(UnaryOperator<Emergency.Builder> change) {
        if (emergency == null) {
            emergency = TestCases.emergency();
        }
        change.apply(emergency);
        return this;
    }

    /**
     * @param value the situation, e.g. {@code Situation.NONE.withAccountAtRisk(true)}
     * @return this
     */
    public CaseBuilder situation(Situation value) {
        this.situation = value;
        return this;
    }

    /** @return this, with the default {@link TestCases#escalation()} unless it has one */
    public CaseBuilder escalation() {
        return escalation(UnaryOperator.identity());
    }

    /**
     * @param change what to change in the escalation, which starts as {@link TestCases#escalation()}
     * @return this
     */
    public CaseBuilder escalation(UnaryOperator<Escalation.Builder> change) {
        if (escalation == null) {
            escalation = TestCases.escalation();
        }
        change.apply(escalation);
        return this;
    }

    /**
     * @param value what just happened, or {@code null} for nothing
     * @return this
     */
    public CaseBuilder event(Event value) {
        this.event = value;
        return this;
    }

    /**
     * @param value the instant to decide as of (default {@link TestCases#NOW}); the default parts stay relative to
     *              {@code NOW}
     * @return this
     */
    public CaseBuilder at(Instant value) {
        this.now = Objects.requireNonNull(value, "now");
        return this;
    }

    /** @return the case */
    public EscalationCase build() {
        return EscalationCase.of(account.build()).emergency(emergency == null ? null : emergency.build())
                .situation(situation).escalation(escalation == null ? null : escalation.build()).event(event).build();
    }

    /** @return the instant to decide as of */
    public Instant now() {
        return now;
    }

    /** @return the case and its {@code now}, as {@code decide} reads them */
    public CaseInput input() {
        return new CaseInput(now, build());
    }

    /** @return the case as a {@code decide} input: the start of a scenario file */
    public String toJson() {
        return EscalationJson.writeCase(input());
    }

    /**
     * @param policy the policy to decide with
     * @return its assessment of the case as of {@link #now()}
     */
    public Assessment assess(EscalationPolicy policy) {
        return policy.assess(build(), now);
    }
}
