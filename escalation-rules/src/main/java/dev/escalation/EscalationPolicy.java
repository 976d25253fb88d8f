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
import dev.escalation.model.Account;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Event;
import dev.escalation.model.Situation;
import dev.escalation.rules.facts.Now;
import dev.escalation.rules.internal.Assembler;
import dev.escalation.rules.internal.Engine;
import dev.escalation.rules.internal.MessageDrafts;
import dev.escalation.rules.internal.OrderedParallel;
import dev.escalation.rules.internal.PolicyVersion;
import dev.escalation.rules.internal.Timeline;
import dev.escalation.rules.internal.PolicyFacts;
import dev.escalation.rules.internal.RuleBase;
import dev.escalation.rules.internal.RuleCatalog;
import dev.escalation.rules.internal.RuleSource;
import dev.escalation.settings.PolicySettings;
import dev.escalation.validation.CaseValidator;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
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
 * call runs the rules in a session of its own. It never reads the clock, files, the network
 * or the environment: every question is answered as of the {@code now} the caller passes. Input is validated
 * before any rule sees it, and caller objects are never modified.
 *
 * <pre>{@code
 * EscalationPolicy policy = EscalationPolicy.standard();
 * Assessment assessment = policy.assess(EscalationCase.of(account).emergency(emergency).build(), now);
 * }</pre>
 */
public final class EscalationPolicy {

    /** The most instants one replay assesses; a finer step over a long span is refused. */
    public static final int MAX_REPLAY_MOMENTS = 10_000;

    private final Engine engine;
    private final Assembler assembler;
    private final PolicySettings settings;
    private final List<Object> policyFacts;
    private final String version;
    private final AssessmentInterceptor interceptor;

    private EscalationPolicy(Engine engine, List<RuleSource> sources, PolicySettings settings,
                             AssessmentInterceptor interceptor) {
        this.engine = engine;
        this.version = PolicyVersion.of(sources, settings);
        this.assembler = new Assembler(version);
        this.settings = settings;
        this.policyFacts = PolicyFacts.of(settings);
        this.interceptor = interceptor;
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
     *                               see the README's "Shaded jars"), and again on every later call
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
        return settings;
    }

    /**
     * The id of this policy, which every assessment carries: the library version and a hash of the rules (standard
     * and added) and the settings. The same rules and settings give the same id on any machine; any change gives
     * another.
     *
     * @return e.g. {@code 0.1.0-SNAPSHOT+5c1f0a2b9e7d4c31}
     */
    public String version() {
        return version;
    }

    /**
     * Every rule of this policy, standard and added, as the explanation names a rule when it fires: a test suite
     * compares them with the rules its cases fired to find those it never exercised.
     *
     * @return the rules, ordered as explanations are: by POLICY.md clause, then in the order the files declare them
     */
    public List<PolicyRule> rules() {
        return RuleCatalog.of(engine.rules());
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
        if (interceptor == null) {
            CaseValidator.validate(escalationCase, now);
            return assessValid(escalationCase, now);
        }
        return interceptor.intercept(escalationCase, now, () -> {
            CaseValidator.validate(escalationCase, now);
            return assessValid(escalationCase, now);
        });
    }

    /** Runs the rules on a case already validated. */
    private Assessment assessValid(EscalationCase escalationCase, Instant now) {
        List<Object> facts = new ArrayList<>(policyFacts);
        facts.add(new Now(now));
        facts.add(escalationCase.account());
        addIfPresent(facts, escalationCase.emergency());
        addIfPresent(facts, escalationCase.situation());
        addIfPresent(facts, escalationCase.escalation());
        addIfPresent(facts, escalationCase.event());
        return assembler.assessment(escalationCase, now, engine.run(facts));
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
        EscalationCase question = EscalationCase.of(account).emergency(emergency).build();
        require(question, now, emergency, "emergency");
        return assess(question, now).conversion().orElseThrow();
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
        EscalationCase question = EscalationCase.of(account).escalation(escalation).build();
        require(question, now, escalation, "escalation");
        return assess(question, now).plan();
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
        return assess(EscalationCase.of(account).emergency(emergency).situation(situation).build(), now).routes()
                .orElse(Set.of());
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
        EscalationCase question = EscalationCase.of(account).escalation(escalation).build();
        require(question, now, escalation, "escalation");
        return assess(question, now).findings();
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
        EscalationCase question = EscalationCase.of(account).escalation(escalation).build();
        require(question, now, escalation, "escalation");
        require(question, now, escalation.closure(), "escalation.closure");
        return assess(question, now).closure();
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
        EscalationCase question = EscalationCase.of(account).event(event).build();
        require(question, now, event, "event");
        return assess(question, now).broadcast().orElseThrow();
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
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new Violation("replay.from", "is required"));
        }
        if (to == null) {
            violations.add(new Violation("replay.to", "is required"));
        }
        if (step == null || step.isZero() || step.isNegative()) {
            violations.add(new Violation("replay.step", "must be a positive duration (was " + step + ")"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(new Violation("replay.from", "must not be after the end of the replay (" + to + ")"));
        }
        if (to != null) {
            // The case may hold history after the replay's end: it must be valid as it was known then.
            violations.addAll(CaseValidator.violations(escalationCase == null ? null : escalationCase.asOf(to), to));
        }
        if (violations.isEmpty() && !Timeline.fits(from, to, step, MAX_REPLAY_MOMENTS)) {
            violations.add(new Violation("replay.step", "is too small for the span from " + from + " to " + to
                    + ": at most " + MAX_REPLAY_MOMENTS + " points"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidEscalationInputException(violations);
        }
        List<Moment> moments = new ArrayList<>();
        Map<String, Finding> before = Map.of();
        for (Instant at : Timeline.instants(escalationCase, from, to, step)) {
            // The event happened at the end of the replay, not at every point before it.
            EscalationCase known = at.equals(to) ? escalationCase.asOf(at)
                    : escalationCase.asOf(at).toBuilder().event(null).build();
            Assessment assessment = assess(known, at);
            Map<String, Finding> now = Timeline.bySubject(assessment.findings());
            moments.add(new Moment(at, assessment, Timeline.missingFrom(now, before), Timeline.missingFrom(before, now)));
            before = now;
        }
        return moments;
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
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            for (Violation v : CaseValidator.violations(cases.get(i), now)) {
                violations.add(new Violation("cases[" + i + "]." + v.field(), v.message()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidEscalationInputException(violations);
        }
        try (Stream<Assessment> results = OrderedParallel.map(cases.stream(),
                c -> interceptor == null ? assessValid(c, now)
                        : interceptor.intercept(c, now, () -> assessValid(c, now)), threads)) {
            return results.toList();
        }
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
    public <T> Stream<Batched<T>> assessAll(Stream<T> items,
                                                            Function<? super T, CaseAt> toCase,
                                                            int threads) {
        return assessAll(items, toCase, Function.identity(), threads);
    }

    /**
     * Like {@link #assessAll(Stream, Function, int)}, with a last step that also
     * runs on the worker threads, e.g. writing each result as JSON, so the consuming thread only collects.
     *
     * @param items   the elements
     * @param toCase  how to turn one into a case and its instant
     * @param finish  what to make of each result, on the worker thread
     * @param threads how many threads to use, at least 1
     * @param <T>     the elements' type
     * @param <R>     what {@code finish} makes
     * @return one {@code finish}ed result per element, in order; close it to stop early
     */
    public <T, R> Stream<R> assessAll(Stream<T> items,
                                                      Function<? super T, CaseAt> toCase,
                                                      Function<Batched<T>, R> finish,
                                                      int threads) {
        return OrderedParallel.map(items, item -> {
            Batched<T> result;
            try {
                CaseAt at = toCase.apply(item);
                if (at == null) {
                    throw new InvalidEscalationInputException(List.of(new Violation("case", "is required")));
                }
                result = new Batched<>(item, Optional.of(assess(at.escalationCase(), at.now())), Optional.empty());
            } catch (InvalidEscalationInputException e) {
                result = new Batched<>(item, Optional.empty(), Optional.of(e));
            }
            return finish.apply(result);
        }, threads);
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
        require(escalationCase, now, escalationCase == null ? null : escalationCase.escalation(), "escalation");
        Assessment assessment = assess(escalationCase, now);
        Set<MessageKind> wanted = EnumSet.noneOf(MessageKind.class);
        for (MessageKind kind : kinds) {
            wanted.add(Objects.requireNonNull(kind, "kinds contains null"));
        }
        return MessageDrafts.draft(wanted, escalationCase, now, assessment);
    }

    /** A missing subject of a question is reported with every other violation of the case, not alone. */
    private static void require(EscalationCase question, Instant now, Object part, String name) {
        if (part == null) {
            List<Violation> violations = new ArrayList<>();
            violations.add(new Violation(name, "is required"));
            violations.addAll(CaseValidator.violations(question, now));
            throw new InvalidEscalationInputException(violations);
        }
    }

    private static void addIfPresent(List<Object> facts, Object fact) {
        if (fact != null) {
            facts.add(fact);
        }
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
            String path = resource.startsWith("/") ? resource.substring(1) : resource;
            ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : EscalationPolicy.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalArgumentException("no such classpath resource: " + resource);
                }
                String name = path.substring(path.lastIndexOf('/') + 1);
                return addRules(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read classpath resource " + resource, e);
            }
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
         *                                   README's "Shaded jars"); rules added need more parts than the standard
         *                                   ones
         */
        public EscalationPolicy build() {
            List<RuleSource> sources = new ArrayList<>(RuleBase.standardRules());
            sources.addAll(added);
            // Settings and the interceptor are not rules: every policy without added rules runs the one precompiled
            // engine.
            Engine engine = added.isEmpty() && !compileAtRunTime ? Engine.standard() : new Engine(RuleBase.build(sources));
            return new EscalationPolicy(engine, List.copyOf(sources), settings, interceptor);
        }
    }
}
