package dev.escalation;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.MessageDraft;
import dev.escalation.decision.MessageKind;
import dev.escalation.model.EscalationCase;
import dev.escalation.rules.internal.Assembler;
import dev.escalation.rules.internal.Engine;
import dev.escalation.rules.internal.MessageDrafts;
import dev.escalation.rules.internal.OrderedParallel;
import dev.escalation.rules.internal.PolicyFacts;
import dev.escalation.rules.internal.PolicyVersion;
import dev.escalation.rules.internal.RuleBase;
import dev.escalation.rules.internal.RuleCatalog;
import dev.escalation.rules.internal.RuleSource;
import dev.escalation.settings.PolicySettings;
import dev.escalation.validation.CaseValidator;
import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work behind {@link EscalationPolicy}, as Easy Rules keeps {@code DefaultRulesEngine} behind {@code RulesEngine}:
 * building the engine, then for one case or a batch validating, wrapping in the interceptor, running the rules and
 * assembling the result. It lives beside the facade, not in {@code rules.internal}, because it speaks the facade's
 * own types ({@link AssessmentInterceptor}, {@link Batched}, {@link CaseAt}), which the engine need not know.
 */
final class Assessor {

    private static final Logger LOG = LoggerFactory.getLogger(Assessor.class);

    private final Engine engine;
    private final PolicySettings settings;
    private final String version;
    private final Assembler assembler;
    private final List<Object> policyFacts;
    private final AssessmentInterceptor interceptor;

    private Assessor(Engine engine, List<RuleSource> sources, PolicySettings settings,
                     AssessmentInterceptor interceptor) {
        this.engine = engine;
        this.settings = settings;
        this.version = PolicyVersion.of(sources, settings);
        this.assembler = new Assembler(version);
        this.policyFacts = PolicyFacts.of(settings);
        this.interceptor = interceptor;
    }

    /** What {@link EscalationPolicy.Builder#build()} builds: the standard rules and those added, one engine. */
    static Assessor of(List<RuleSource> added, boolean compileAtRunTime, PolicySettings settings,
                       AssessmentInterceptor interceptor) {
        List<RuleSource> sources = new ArrayList<>(RuleBase.standardRules());
        sources.addAll(added);
        // Settings and the interceptor are not rules: every policy without added rules runs the one precompiled engine.
        Engine engine = added.isEmpty() && !compileAtRunTime ? Engine.standard() : new Engine(RuleBase.build(sources));
        return new Assessor(engine, List.copyOf(sources), settings, interceptor);
    }

    PolicySettings settings() {
        return settings;
    }

    String version() {
        return version;
    }

    List<PolicyRule> rules() {
        return RuleCatalog.of(engine.rules());
    }

    /** Validates and assesses one case, inside the interceptor: the one path every question takes. */
    Assessment assess(EscalationCase escalationCase, Instant now) {
        return intercepted(escalationCase, now, () -> {
            CaseValidator.validate(escalationCase, now);
            return run(escalationCase, now);
        });
    }

    /** Validates every case first, then assesses them in order on {@code threads} threads. */
    List<Assessment> assessAll(List<EscalationCase> cases, Instant now, int threads) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            for (Violation v : CaseValidator.violations(cases.get(i), now)) {
                violations.add(new Violation("cases[" + i + "]." + v.field(), v.message()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidEscalationInputException(violations);
        }
        // Validated above: the interceptor wraps the run alone.
        try (Stream<Assessment> results = OrderedParallel.map(cases.stream(),
                c -> intercepted(c, now, () -> run(c, now)), threads)) {
            return results.toList();
        }
    }

    /** Assesses each element on its own: a refused one becomes a result with its error, and the batch goes on. */
    <T, R> Stream<R> assessEach(Stream<T> items, Function<? super T, CaseAt> toCase, Function<Batched<T>, R> finish,
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

    /** The drafts of {@code kinds}; a null among them is refused once the case is assessed, as it always was. */
    static Map<MessageKind, MessageDraft> drafts(EscalationCase escalationCase, Instant now, Assessment assessment,
                                                 MessageKind... kinds) {
        Set<MessageKind> wanted = EnumSet.noneOf(MessageKind.class);
        for (MessageKind kind : kinds) {
            wanted.add(Objects.requireNonNull(kind, "kinds contains null"));
        }
        return MessageDrafts.draft(wanted, escalationCase, now, assessment);
    }

    /**
     * Assesses the {@link WarmUp} cases {@code rounds} times, validated as any case is but outside the interceptor, so
     * a host's metrics count its own calls only.
     */
    int warmUp(int rounds) {
        long start = System.nanoTime();
        List<EscalationCase> cases = WarmUp.cases();
        for (int round = 0; round < rounds; round++) {
            for (EscalationCase escalationCase : cases) {
                CaseValidator.validate(escalationCase, WarmUp.NOW);
                // The drafts are rendered when read: read them, so that the templates are warm too.
                run(escalationCase, WarmUp.NOW).messages().values();
            }
        }
        int assessments = rounds * cases.size();
        LOG.debug("Warmed up with {} assessments in {} ms", assessments, (System.nanoTime() - start) / 1_000_000);
        return assessments;
    }

    private Assessment intercepted(EscalationCase escalationCase, Instant now, Supplier<Assessment> work) {
        return interceptor == null ? work.get() : interceptor.intercept(escalationCase, now, work);
    }

    /** Runs the rules on a case already validated. */
    private Assessment run(EscalationCase escalationCase, Instant now) {
        return assembler.assessment(escalationCase, now, engine.run(PolicyFacts.with(policyFacts, escalationCase, now)));
    }
}
