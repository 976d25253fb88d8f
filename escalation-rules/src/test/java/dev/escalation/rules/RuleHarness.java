package dev.escalation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.escalation.decision.Explanation;
import dev.escalation.rules.facts.Now;
import dev.escalation.rules.internal.Engine;
import dev.escalation.rules.internal.Evaluation;
import dev.escalation.rules.internal.GeneratedModel;
import dev.escalation.rules.internal.PolicyFacts;
import dev.escalation.rules.internal.RuleBase;
import dev.escalation.rules.internal.RuleSource;
import dev.escalation.rules.internal.StandardRules;
import dev.escalation.settings.PolicySettings;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Runs one DRL file on given facts, the way droolsassert does: the test names the rules it expects to fire, by
 * {@code @id}, and how often, and that nothing else fired, leaving out the background rules it
 * {@linkplain #ignoring(String...) ignores}. Facts that other files would derive ({@code InScope}, a
 * {@code ConversionTrigger}) are given directly. Every run starts from the default settings' thresholds and
 * {@link #NOW} unless told otherwise.
 *
 * <p>Every run runs twice, on the two ways the rules reach the engine: the executable model generated at build time
 * (what the standard policy runs) and the DRL compiled at run time (what a policy with added rules runs). Both must
 * fire the same rules as often, derive the same facts and explain alike, or the test fails.
 */
final class RuleHarness {

    /** The instant the tests decide as of. */
    static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");

    private static final Map<String, RuleHarness> HARNESSES = new ConcurrentHashMap<>();

    private final Engine generated;
    private final Engine compiled;
    /** The id of every rule the harness runs: a test that names another id has a typo, not a rule that did not fire. */
    private final Set<String> ids;
    private final Set<String> ignored;

    private RuleHarness(Engine generated, Engine compiled) {
        this(generated, compiled, compiled.rules().knowledgeBase().getKiePackages().stream()
                .flatMap(kiePackage -> kiePackage.getRules().stream()).map(FiredRules::idOf)
                .collect(Collectors.toUnmodifiableSet()), Set.of());
    }

    private RuleHarness(Engine generated, Engine compiled, Set<String> ids, Set<String> ignored) {
        this.generated = generated;
        this.compiled = compiled;
        this.ids = ids;
        this.ignored = ignored;
    }

    /**
     * Leaves background rules out of {@link Run#fired()}, as droolsassert's {@code @TestRules(ignore = ...)} does: a
     * rule that fires in every run of a file says nothing about the case at hand. They still run, and the two ways of
     * compiling must still agree on them; asking {@code fired()} about one of them is an error.
     *
     * @param ruleIds the ids of the rules to leave out, each a rule of this harness
     * @return a harness on the same rules that leaves those out
     */
    RuleHarness ignoring(String... ruleIds) {
        Set<String> more = new HashSet<>(ignored);
        for (String id : ruleIds) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("no rule of this harness has the id " + id);
            }
            more.add(id);
        }
        return new RuleHarness(generated, compiled, ids, Set.copyOf(more));
    }

    /**
     * A rule of the tests, not of the policy: the fact wrapped in an {@link Arrival} enters working memory only after
     * every standard rule that could fire has fired (salience -1000), so a conclusion drawn from its absence is seen
     * to be withdrawn, whatever order the engine would otherwise choose.
     */
    private static final RuleSource ARRIVALS = new RuleSource("arrivals.drl", String.join("\n",
            "package dev.escalation.rules.testing;",
            "import dev.escalation.rules.Arrival;",
            "rule \"test: a fact arrives after every standard rule fired\" salience -1000",
            "when",
            "    $arrival : Arrival($fact : fact)",
            "then",
            "    insert($fact);",
            "end"));

    /**
     * @param files standard rule files, e.g. {@code conversion.drl}
     * @return a harness for those files alone, on both ways (built once per suite)
     */
    static RuleHarness of(String... files) {
        return HARNESSES.computeIfAbsent(String.join(",", files), key -> {
            List<RuleSource> sources = sources(files);
            return new RuleHarness(new Engine(GeneratedModel.of(StandardRules.get()).knowledgeBase(sources)),
                    new Engine(RuleBase.build(sources)));
        });
    }

    /**
     * A harness for those files and the test rule that lets an {@link Arrival}'s fact in last. The test rule is DRL,
     * which only the run-time compiler takes: these runs are on the DRL compiled at run time alone.
     *
     * @param files standard rule files
     * @return the harness (built once per suite)
     */
    static RuleHarness withArrivals(String... files) {
        return HARNESSES.computeIfAbsent(String.join(",", files) + "+arrivals", key -> {
            List<RuleSource> sources = new ArrayList<>(sources(files));
            sources.add(ARRIVALS);
            return new RuleHarness(null, new Engine(RuleBase.build(sources)));
        });
    }

    /**
     * A harness for those files on the DRL compiled at run time alone: for cases where a logical conclusion is drawn
     * and withdrawn again as facts arrive, so that how often a rule fires depends on the engine's agenda order, which
     * the two ways need not share (what holds at the end is checked all the same).
     *
     * @param files standard rule files; none for every standard file
     * @return the harness (built once per suite)
     */
    static RuleHarness atRunTime(String... files) {
        return HARNESSES.computeIfAbsent(String.join(",", files) + "@runtime", key -> new RuleHarness(null,
                new Engine(RuleBase.build(files.length == 0 ? RuleBase.standardRules() : sources(files)))));
    }

    private static List<RuleSource> sources(String... files) {
        List<RuleSource> sources = RuleBase.standardRules().stream()
                .filter(source -> Arrays.asList(files).contains(source.name())).toList();
        if (sources.size() != files.length) {
            throw new IllegalArgumentException("not all standard rule files: " + Arrays.toString(files));
        }
        return sources;
    }

    /** @return a harness for every standard rule file together */
    static RuleHarness all() {
        return HARNESSES.computeIfAbsent("*", f -> new RuleHarness(new Engine(RuleBase.generated()),
                new Engine(RuleBase.build(RuleBase.standardRules()))));
    }

    /** @return the knowledge base built from the generated model */
    org.kie.api.KieBase knowledgeBase() {
        return generated.rules().knowledgeBase();
    }

    /**
     * @param facts the facts besides thresholds and now
     * @return what happened, with default settings, as of {@link #NOW}
     */
    Run run(Object... facts) {
        return run(PolicySettings.defaults(), NOW, facts);
    }

    /**
     * @param settings the settings whose thresholds to insert
     * @param now      the instant to decide as of
     * @param facts    the facts besides thresholds and now
     * @return what happened
     */
    Run run(PolicySettings settings, Instant now, Object... facts) {
        List<Object> inputs = new ArrayList<>(PolicyFacts.of(settings));
        inputs.add(new Now(now));
        inputs.addAll(Arrays.asList(facts));
        Run atRunTime = run(compiled, inputs);
        if (generated == null) {
            return checked(atRunTime);
        }
        Run run = run(generated, inputs);
        assertThat(run.fired()).as("rules fired by the generated model, against the DRL compiled at run time")
                .isEqualTo(atRunTime.fired());
        assertThat(run.derived()).as("facts derived by the generated model, against the DRL compiled at run time")
                .containsExactlyInAnyOrderElementsOf(atRunTime.derived());
        assertThat(run.explanation()).as("explanation of the generated model, against the DRL compiled at run time")
                .isEqualTo(atRunTime.explanation());
        return checked(run);
    }

    private Run checked(Run run) {
        assertThat(run.explanation()).as("every @reason placeholder names a declaration of its rule")
                .noneMatch(e -> e.reason().contains("{$"));
        return new Run(new FiredById(run.fired(), ids, ignored), run.derived(), run.explanation());
    }

    private static Run run(Engine engine, List<Object> inputs) {
        FiredRules fired = new FiredRules();
        Evaluation evaluation = engine.run(inputs, fired);
        Set<Object> given = Collections.newSetFromMap(new IdentityHashMap<>());
        given.addAll(inputs);
        List<Object> derived = evaluation.facts().stream().filter(f -> !given.contains(f)).toList();
        return new Run(fired.counts(), derived, evaluation.explanation());
    }

    /**
     * The rules that fired and how many times, by id, without the ignored ones. Asking about an id that is no rule of
     * the harness, or an ignored one, throws: such a question would answer "did not fire" whatever the rules do.
     */
    private static final class FiredById extends AbstractMap<String, Integer> {

        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final Set<String> ids;
        private final Set<String> ignored;

        FiredById(Map<String, Integer> all, Set<String> ids, Set<String> ignored) {
            all.forEach((id, count) -> {
                if (!ignored.contains(id)) {
                    counts.put(id, count);
                }
            });
            this.ids = ids;
            this.ignored = ignored;
        }

        @Override
        public Set<Entry<String, Integer>> entrySet() {
            return Collections.unmodifiableMap(counts).entrySet();
        }

        @Override
        public boolean containsKey(Object id) {
            return counts.containsKey(asked(id));
        }

        @Override
        public Integer get(Object id) {
            return counts.get(asked(id));
        }

        private Object asked(Object id) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("no rule of this harness has the id " + id);
            }
            if (ignored.contains(id)) {
                throw new IllegalArgumentException("this harness ignores the rule " + id);
            }
            return id;
        }
    }

    /**
     * What one run did.
     *
     * @param fired       the id of each rule that fired, but the ignored ones, and how many times
     * @param derived     the facts rules inserted that are still in working memory
     * @param explanation the explanation recorded
     */
    record Run(Map<String, Integer> fired, List<Object> derived, List<Explanation> explanation) {

        /** @param type a fact type @return the derived facts of that type */
        <T> List<T> derived(Class<T> type) {
            return derived.stream().filter(type::isInstance).map(type::cast).toList();
        }

        /**
         * @param ruleId a rule's {@code @id}
         * @return the one reason the explanation gives for it; fails when it gives none or several
         */
        String reason(String ruleId) {
            return explanation.stream().filter(e -> e.ruleId().equals(ruleId)).map(Explanation::reason)
                    .reduce((a, b) -> {
                        throw new AssertionError("two reasons of " + ruleId + ": " + a + ", " + b);
                    }).orElseThrow(() -> new AssertionError("no reason of " + ruleId));
        }
    }
}
