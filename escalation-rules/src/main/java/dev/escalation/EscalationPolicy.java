package dev.escalation;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Finding;
import dev.escalation.decision.MessageDraft;
import dev.escalation.decision.MessageKind;
import dev.escalation.decision.Moment;
import dev.escalation.decision.Plan;
import dev.escalation.decision.Route;
import dev.escalation.decision.Upcoming;
import dev.escalation.model.Account;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Event;
import dev.escalation.model.Situation;
import dev.escalation.rules.internal.Replay;
import dev.escalation.rules.internal.RuleSource;
import dev.escalation.settings.PolicySettings;
import dev.escalation.validation.InvalidEscalationInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The escalation policy of POLICY.md, ready to answer questions about cases.
 *
 * <p>The standard rules come compiled: they were turned into Java classes (Drools' executable model) when this
 * library was built, so the standard policy, or one with other settings, is ready in milliseconds and shares one
 * knowledge base with every other such policy. Rules you add are compiled with the standard ones when the policy is
 * built, which takes a second or so; keep that policy and share it. A policy is immutable and thread-safe: every
 * call runs the rules in a session of its own. It never reads the clock, files, the network or the environment:
 * every question is answered as of the {@code now} the caller passes. Input is validated before any rule sees it,
 * and caller objects are never modified.
 *
 * <pre>{@code
 * EscalationPolicy policy = EscalationPolicy.standard();
 * Assessment assessment = policy.assess(EscalationCase.of(account).emergency(emergency).build(), now);
 * }</pre>
 *
 * <p>For maintainers: this class only asks. Every question is one call of the private
 * {@code ask(case, now, answer, parts...)}, naming the parts of the case it cannot do without and what it reads off
 * the {@link Assessment}; building, validating, intercepting, running and the batches are behind it in
 * {@code Assessor}, the replay in {@code Replay}. A new question is a field of {@code Assessment} and three lines
 * here, as {@link #upcoming(EscalationCase, Instant)} is; a new part of an answer that is already
 * a record (what a conversion still lacks) is a field of that record and no line here.
 */
public final class EscalationPolicy {

    /** The most instants one replay assesses; a finer step over a long span is refused. */
    public static final int MAX_REPLAY_MOMENTS = 10_000;

    /** Enough for the engine's code to be loaded and compiled by C1, little enough to stay about a second cold. */
    private static final int WARM_UP_ROUNDS = 10;

    private final Assessor assessor;

    private EscalationPolicy(Assessor assessor) {
        this.assessor = assessor;
    }

    /** The standard policy, once built; a failed build is not remembered, so every call reports it alike. */
    private static volatile EscalationPolicy standard;

    /**
     * The standard policy with the default settings, built on first use (from the rules compiled when this library was
     * built) and shared afterwards.
     *
     * @return the standard policy
     * @throws IllegalStateException when Drools is incomplete on the classpath: one line naming the engine part whose
     *                               service entry is missing (an uber jar that did not merge {@code META-INF/services},
     *                               see "Shaded jars" in docs/packaging.md), and again on every later call
     */
    public static EscalationPolicy standard() {
        EscalationPolicy policy = standard;
        if (policy == null) {
            synchronized (EscalationPolicy.class) {
                policy = standard;
                if (policy == null) {
                    policy = new Builder().build();
                    standard = policy;
                }
            }
        }
        return policy;
    }

    /** @return a builder for a policy with other settings */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the settings this policy decides with */
    public PolicySettings settings() {
        return assessor.settings();
    }

    /**
     * The id of this policy, which every assessment carries: the library version and a hash of the rules (standard
     * and added) and the settings. The same rules and settings give the same id on any machine; any change gives
     * another.
     *
     * @return e.g. {@code 0.1.0-SNAPSHOT+5c1f0a2b9e7d4c31}
     */
    public String version() {
        return assessor.version();
    }

    /**
     * Every rule of this policy, standard and added, as the explanation names a rule when it fires: a test suite
     * compares them with the rules its cases fired to find those it never exercised.
     *
     * @return the rules, ordered as explanations are: by POLICY.md clause, then in the order the files declare them
     */
    public List<PolicyRule> rules() {
        return assessor.rules();
    }

    /**
     * Every decision about a case at once.
     *
     * @param escalationCase the case
     * @param now            the instant to decide as of
     * @return the assessment
     * @throws InvalidEscalationInputException listing every violation, when the case or {@code now} is invalid
     */
    public Assessment assess(EscalationCase escalationCase, Instant now) {
        return assessor.assess(escalationCase, now);
    }

    /**
     * Assesses a dozen built-in cases, reaching every part of the policy, a few times over, so that the first real
     * question does not pay for loading and compiling the engine's code: a service calls it once at start-up, before
     * it takes requests (the Spring Boot starter does). Writes nothing and reads no clock (the cases are as of a fixed
     * instant); it bypasses the interceptor, so metrics count real calls only. Takes a second or so on a cold JVM.
     *
     * @return how many assessments it made
     */
    public int warmUp() {
        return assessor.warmUp(WARM_UP_ROUNDS);
    }

    /** The one path of every question: the parts it needs must be there, then its answer is read off the assessment. */
    private <T> T ask(EscalationCase question, Instant now, Function<Assessment, T> answer, Part... needs) {
        Part.require(question, now, needs);
        return answer.apply(assess(question, now));
    }

    /**
     * Should this emergency become an account escalation (POLICY.md 2.1)? Scope does not change the advice.
     *
     * @param account   the customer account
     * @param emergency the emergency under way
     * @param now       the instant to decide as of
     * @return the advice, with its explanation
     * @throws InvalidEscalationInputException listing every violation
     */
    public Conversion adviseConversion(Account account, Emergency emergency, Instant now) {
        return ask(EscalationCase.of(account).emergency(emergency).build(), now, a -> a.conversion().orElseThrow(),
                Part.EMERGENCY);
    }

    /**
     * How is this escalation run (POLICY.md 2.4 to 2.7): cadence, involvement, DRI and the others, product?
     *
     * @param account    the customer account
     * @param escalation the escalation
     * @param now        the instant to decide as of
     * @return the plan with its explanation; empty when the account is out of scope
     * @throws InvalidEscalationInputException listing every violation
     */
    public Optional<Plan> plan(Account account, Escalation escalation, Instant now) {
        return ask(EscalationCase.of(account).escalation(escalation).build(), now, Assessment::plan, Part.ESCALATION);
    }

    /**
     * Where should this problem go (POLICY.md 2.2)? Several routes can apply at once.
     *
     * @param account   the customer account
     * @param emergency the emergency under way, or {@code null}
     * @param situation the kind of trouble, or {@code null}
     * @param now       the instant to decide as of
     * @return the routes, in declaration order; empty when neither an emergency nor a situation is given
     * @throws InvalidEscalationInputException listing every violation
     */
    public Set<Route> routes(Account account, Emergency emergency, Situation situation, Instant now) {
        return ask(EscalationCase.of(account).emergency(emergency).situation(situation).build(), now,
                a -> a.routes().orElse(Set.of()));
    }

    /**
     * What needs attention in this escalation at {@code now} (POLICY.md 2.5 to 2.8): overdue checklist items and
     * updates, a missing DRI, Product DRI, touchpoint or exit criteria, channel problems.
     *
     * @param account    the customer account
     * @param escalation the escalation
     * @param now        the instant to decide as of
     * @return the findings in their defined order; only {@code OUT_OF_SCOPE} for an account out of scope
     * @throws InvalidEscalationInputException listing every violation
     */
    public List<Finding> review(Account account, Escalation escalation, Instant now) {
        return ask(EscalationCase.of(account).escalation(escalation).build(), now, Assessment::findings,
                Part.ESCALATION);
    }

    /**
     * May this escalation close (POLICY.md 2.10)? Needs the escalation's closure facts.
     *
     * @param account    the customer account
     * @param escalation the escalation, with {@link Escalation#closure()} set
     * @param now        the instant to decide as of
     * @return the decision; empty when the account is out of scope
     * @throws InvalidEscalationInputException listing every violation, or when the closure facts are missing
     */
    public Optional<ClosureDecision> closure(Account account, Escalation escalation, Instant now) {
        return ask(EscalationCase.of(account).escalation(escalation).build(), now, Assessment::closure,
                Part.ESCALATION, Part.CLOSURE);
    }

    /**
     * Should this event be posted in {@code #escalated_customers} (POLICY.md 2.9)?
     *
     * @param account the customer account
     * @param event   what just happened
     * @param now     the instant to decide as of
     * @return whether to post
     * @throws InvalidEscalationInputException listing every violation
     */
    public boolean broadcast(Account account, Event event, Instant now) {
        return ask(EscalationCase.of(account).event(event).build(), now, a -> a.broadcast().orElseThrow(), Part.EVENT);
    }

    /**
     * What will the policy decide next, and when, if nobody does anything (POLICY.md 2.12)? A service stores the
     * first instant and assesses the case again then, instead of polling.
     *
     * @param escalationCase the case
     * @param now            the instant to decide as of
     * @return the upcoming decisions, by instant; the first one's {@code at} is {@link Assessment#nextReviewAt()}
     * @throws InvalidEscalationInputException listing every violation
     */
    public List<Upcoming> upcoming(EscalationCase escalationCase, Instant now) {
        return ask(escalationCase, now, Assessment::upcoming);
    }

    /**
     * What would have been decided, and when: the case assessed as it was known at every activity instant and at
     * every {@code step} from {@code from} to {@code to} (both included), each point with the findings that appeared
     * and cleared since the one before. The case as of an instant leaves out what had not happened yet (see
     * {@link EscalationCase#asOf(Instant)}); its event belongs to the last point only. Pure: the same arguments give
     * the same timeline.
     *
     * @param escalationCase the case; it must be valid as it was known at {@code to}, and may hold later history
     * @param from           the first instant
     * @param to             the last instant
     * @param step           the time between regular points, positive
     * @return the points in time order
     * @throws InvalidEscalationInputException listing every violation of the case or the arguments, also when the
     *                                         step would make more than {@value #MAX_REPLAY_MOMENTS} points
     */
    public List<Moment> replay(EscalationCase escalationCase, Instant from, Instant to, Duration step) {
        return Replay.of(escalationCase, from, to, step, MAX_REPLAY_MOMENTS, this::assess);
    }

    /**
     * Assesses many cases as of one instant on several threads sharing this policy. Every case is validated first;
     * nothing is assessed unless all are valid.
     *
     * @param cases   the cases
     * @param now     the instant to decide them as of
     * @param threads how many threads to use, at least 1
     * @return the assessments, in the order of the cases
     * @throws InvalidEscalationInputException listing every violation of every case, as {@code cases[i].field}
     */
    public List<Assessment> assessAll(List<EscalationCase> cases, Instant now, int threads) {
        return assessor.assessAll(cases, now, threads);
    }

    /**
     * Assesses a stream of any length on several threads sharing this policy, in the stream's order and in bounded
     * memory: only a small window of elements is in flight at a time. Turning an element into a case runs on the
     * worker threads too, so parsing can be part of it. An element whose case is invalid (or whose {@code toCase}
     * throws {@link InvalidEscalationInputException}) gives a result with the error and the batch goes on.
     *
     * @param items   the elements, e.g. lines of JSON or rows
     * @param toCase  how to turn one into a case and its instant
     * @param threads how many threads to use, at least 1
     * @param <T>     the elements' type
     * @return one result per element, in order; close it (try-with-resources) to stop early
     */
    public <T> Stream<Batched<T>> assessAll(Stream<T> items, Function<? super T, CaseAt> toCase, int threads) {
        return assessAll(items, toCase, Function.identity(), threads);
    }

    /**
     * Like {@link #assessAll(Stream, Function, int)}, with a last step that also runs on the worker threads, e.g.
     * writing each result as JSON, so the consuming thread only collects.
     *
     * @param items   the elements
     * @param toCase  how to turn one into a case and its instant
     * @param finish  what to make of each result, on the worker thread
     * @param threads how many threads to use, at least 1
     * @param <T>     the elements' type
     * @param <R>     what {@code finish} makes
     * @return one {@code finish}ed result per element, in order; close it to stop early
     */
    public <T, R> Stream<R> assessAll(Stream<T> items, Function<? super T, CaseAt> toCase,
                                      Function<Batched<T>, R> finish, int threads) {
        return assessor.assessEach(items, toCase, finish, threads);
    }

    /**
     * Drafts messages on demand, whatever the moment: the declaration, the channel's opening message, the daily
     * update or the closure update of an escalation, filled from the rules' decisions about the case.
     *
     * @param escalationCase the case, with an escalation of an in-scope account
     * @param now            the instant to decide as of
     * @param kinds          the messages to draft
     * @return the drafts, in {@link MessageKind} order; empty when the account is out of scope
     * @throws InvalidEscalationInputException listing every violation, or when the case has no escalation
     */
    public Map<MessageKind, MessageDraft> drafts(EscalationCase escalationCase, Instant now, MessageKind... kinds) {
        Objects.requireNonNull(kinds, "kinds");
        return ask(escalationCase, now, a -> Assessor.drafts(escalationCase, now, a, kinds), Part.ESCALATION);
    }

    /**
     * Builds an {@link EscalationPolicy}. Without added rules, {@link #build()} takes the standard rules precompiled;
     * with added rules, it compiles them together with the standard ones anew.
     */
    public static final class Builder {
        private PolicySettings settings = PolicySettings.defaults();
        private final List<RuleSource> added = new ArrayList<>();
        private AssessmentInterceptor interceptor;
        private boolean compileAtRunTime;

        private Builder() {
        }

        /**
         * Adds rules of your own to the same knowledge base as the standard ones. They may match the facts of
         * {@code dev.escalation.model} and {@code dev.escalation.rules.facts} and insert {@code Finding}s (with codes
         * of your own), {@code Action}s or {@code Blocker}s, which then show in the assessment; give each rule
         * {@code @id}, {@code @section} and {@code @reason} metadata to explain it like the standard ones.
         *
         * @param name the file name problems are reported under, e.g. {@code renewals.drl}
         * @param drl  the rules
         * @return this builder
         */
        public Builder addRules(String name, String drl) {
            added.add(new RuleSource(Objects.requireNonNull(name, "name"), Objects.requireNonNull(drl, "drl")));
            return this;
        }

        /**
         * @param drl the rules, reported as {@code custom-N.drl}
         * @return this builder
         * @see #addRules(String, String)
         */
        public Builder addRules(String drl) {
            return addRules("custom-" + (added.size() + 1) + ".drl", drl);
        }

        /**
         * @param resource a classpath resource holding DRL, e.g. {@code policy/renewals.drl}
         * @return this builder
         * @throws IllegalArgumentException when no such resource exists
         * @see #addRules(String, String)
         */
        public Builder addRulesFromClasspath(String resource) {
            added.add(ClasspathRules.read(resource));
            return this;
        }

        /**
         * @param value the settings to decide with (default: {@link PolicySettings#defaults()})
         * @return this builder
         */
        public Builder settings(PolicySettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /**
         * @param value what wraps every assessment, e.g. to time it; {@code null} (the default) for nothing
         * @return this builder
         */
        public Builder interceptor(AssessmentInterceptor value) {
            this.interceptor = value;
            return this;
        }

        /**
         * Compiles the standard rules from their DRL when the policy is built, as added rules are, instead of taking
         * the model generated at build time: for the tests that prove both decide alike.
         *
         * @return this builder
         */
        Builder compileAtRunTime() {
            this.compileAtRunTime = true;
            return this;
        }

        /**
         * @return the policy
         * @throws PolicyDefinitionException listing every compile error of the rules
         * @throws IllegalStateException     when the standard rules' generated model does not match their DRL (a
         *                                   broken build of this library), or when Drools is incomplete on the
         *                                   classpath: one line naming the engine part whose service entry is missing
         *                                   (an uber jar that did not merge {@code META-INF/services}, see the
         *                                   "Shaded jars" in docs/packaging.md); rules added need more parts than the standard
         *                                   ones
         */
        public EscalationPolicy build() {
            return new EscalationPolicy(Assessor.of(added, compileAtRunTime, settings, interceptor));
        }
    }
}
