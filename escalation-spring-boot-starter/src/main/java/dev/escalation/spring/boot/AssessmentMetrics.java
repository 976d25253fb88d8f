package dev.escalation.spring.boot;

import dev.escalation.AssessmentInterceptor;
import dev.escalation.decision.Assessment;
import dev.escalation.decision.Finding;
import dev.escalation.model.EscalationCase;
import dev.escalation.validation.InvalidEscalationInputException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Micrometer metrics of every assessment a policy makes, as an {@link AssessmentInterceptor}:
 * <ul>
 *   <li>{@value #ASSESSMENTS}, a timer per assessed case (every question and batch is made of them), tagged
 *       {@code outcome}: {@code assessed}, {@code refused} (invalid input), {@code error} (anything else, which the
 *       library promises never happens); input refused before it reaches the policy, such as JSON that
 *       {@code EscalationJsonModule} cannot read, is not counted;</li>
 *   <li>{@value #FINDINGS}, a counter per finding of an assessment, tagged {@code code} (e.g.
 *       {@code INTERNAL_UPDATE_OVERDUE}, or a code of your own rules).</li>
 * </ul>
 * The auto-configuration sets it on the policy it builds when a {@link MeterRegistry} bean exists; a policy of your
 * own gets it with {@code EscalationPolicy.builder().interceptor(metrics)}. Thread-safe.
 *
 * <p><b>Stability:</b> stable API: the metric names and tags are.
 */
public final class AssessmentMetrics implements AssessmentInterceptor {

    /** The timer of assessments. */
    public static final String ASSESSMENTS = "escalation.assessments";
    /** The counter of findings. */
    public static final String FINDINGS = "escalation.findings";

    private final MeterRegistry registry;
    private final Timer assessed;
    private final Timer refused;
    private final Timer failed;
    /** Meters are looked up once per code, not once per finding. */
    private final Map<String, Counter> findings = new ConcurrentHashMap<>();

    /** @param registry where the meters are registered */
    public AssessmentMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.assessed = timer("assessed");
        this.refused = timer("refused");
        this.failed = timer("error");
    }

    private Timer timer(String outcome) {
        return Timer.builder(ASSESSMENTS).description("Assessments of escalation cases by the policy")
                .tag("outcome", outcome).register(registry);
    }

    @Override
    public Assessment intercept(EscalationCase escalationCase, Instant now, Supplier<Assessment> assessment) {
        Timer.Sample sample = Timer.start(registry);
        Timer outcome = failed;
        try {
            Assessment result = assessment.get();
            outcome = assessed;
            for (Finding finding : result.findings()) {
                findings.computeIfAbsent(finding.code(), code -> Counter.builder(FINDINGS)
                        .description("Findings of the escalation policy, by code").tag("code", code)
                        .register(registry)).increment();
            }
            return result;
        } catch (InvalidEscalationInputException e) {
            outcome = refused;
            throw e;
        } finally {
            sample.stop(outcome);
        }
    }
}
