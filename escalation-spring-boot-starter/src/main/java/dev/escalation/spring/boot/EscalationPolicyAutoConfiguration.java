package dev.escalation.spring.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.AssessmentInterceptor;
import dev.escalation.EscalationPolicy;
import dev.escalation.json.EscalationJsonModule;
import dev.escalation.spring.boot.RuleFiles.RuleFile;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Auto-configures one {@link EscalationPolicy} from {@code escalation.policy.*} ({@link EscalationPolicyProperties}),
 * unless the application defines its own, and around it what the classpath offers:
 * <ul>
 *   <li>every {@link AssessmentInterceptor} bean wraps the policy's assessments, in their {@code @Order} (the first
 *       outermost);</li>
 *   <li>with Micrometer and a {@link MeterRegistry} bean, {@link AssessmentMetrics} is such an interceptor: the
 *       {@value AssessmentMetrics#ASSESSMENTS} timer and {@value AssessmentMetrics#FINDINGS} counter;</li>
 *   <li>with Jackson, {@link EscalationJsonModule} is a bean, so Spring Boot's {@code ObjectMapper} reads and writes
 *       the JSON of {@code decide};</li>
 *   <li>with the actuator, the {@code info} endpoint shows {@code escalation.policyVersion}
 *       ({@code management.info.escalation.enabled=false} turns it off).</li>
 * </ul>
 * The policy is warmed up during start-up, before a web server takes requests ({@link EscalationPolicy#warmUp()};
 * {@code escalation.policy.warm-up.enabled=false} turns it off). Invalid properties and rules that do not compile fail
 * start-up; {@link EscalationPolicyFailureAnalyzer} prints why.
 *
 * <p><b>Stability:</b> stable API: the beans and conditions; the class itself is not meant to be used directly.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties(EscalationPolicyProperties.class)
public class EscalationPolicyAutoConfiguration {

    private static final Log LOG = LogFactory.getLog(EscalationPolicyAutoConfiguration.class);

    /** Created by Spring. */
    public EscalationPolicyAutoConfiguration() {
    }

    /**
     * Builds the policy once, then shares it: the standard rules come precompiled (milliseconds); rule files of the
     * application's own are compiled from DRL here, a few hundred milliseconds.
     *
     * @param properties     the settings and rule locations
     * @param resourceLoader resolves the rule locations
     * @param interceptors   what wraps every assessment
     * @return the policy
     */
    @Bean
    @ConditionalOnMissingBean
    public EscalationPolicy escalationPolicy(EscalationPolicyProperties properties, ResourceLoader resourceLoader,
                                             ObjectProvider<AssessmentInterceptor> interceptors) {
        EscalationPolicy.Builder builder = EscalationPolicy.builder().settings(properties.toSettings());
        List<RuleFile> files = RuleFiles.read(properties.getRules(),
                ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
        files.forEach(file -> builder.addRules(file.name(), file.drl()));
        builder.interceptor(chain(interceptors.orderedStream().toList()));
        EscalationPolicy policy = builder.build();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Escalation policy " + policy.version() + " built with "
                    + files.stream().map(RuleFile::name).toList() + " added to the standard rules");
        }
        return policy;
    }

    /**
     * Warms the policy up during start-up (see {@link PolicyWarmUp}), unless
     * {@code escalation.policy.warm-up.enabled=false}.
     *
     * @param policy the application's policy, the starter's or its own
     * @return what warms it up
     */
    @Bean
    @ConditionalOnProperty(prefix = "escalation.policy.warm-up", name = "enabled", matchIfMissing = true)
    static PolicyWarmUp escalationPolicyWarmUp(ObjectProvider<EscalationPolicy> policy) {
        return new PolicyWarmUp(policy);
    }

    /** One interceptor that calls each in turn, the first outermost; {@code null} for none. */
    private static AssessmentInterceptor chain(List<AssessmentInterceptor> interceptors) {
        AssessmentInterceptor chained = null;
        for (int i = interceptors.size() - 1; i >= 0; i--) {
            AssessmentInterceptor outer = interceptors.get(i);
            AssessmentInterceptor inner = chained;
            chained = inner == null ? outer
                    : (escalationCase, now, assessment) -> outer.intercept(escalationCase, now,
                            () -> inner.intercept(escalationCase, now, assessment));
        }
        return chained;
    }

    /** The JSON of {@code decide} for Spring Boot's {@code ObjectMapper}, which registers every Jackson module bean. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ObjectMapper.class, EscalationJsonModule.class})
    static class JsonConfiguration {

        @Bean
        @ConditionalOnMissingBean
        EscalationJsonModule escalationJsonModule() {
            return new EscalationJsonModule();
        }
    }

    /** A timer per assessment and a counter per finding, when the application has a meter registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class MetricsConfiguration {

        @Bean
        @ConditionalOnBean(MeterRegistry.class)
        @ConditionalOnMissingBean
        AssessmentMetrics escalationAssessmentMetrics(MeterRegistry registry) {
            return new AssessmentMetrics(registry);
        }
    }

    /** The policy version in the actuator's {@code info} endpoint. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({InfoContributor.class, ConditionalOnEnabledInfoContributor.class})
    static class InfoConfiguration {

        @Bean
        @ConditionalOnEnabledInfoContributor("escalation")
        @ConditionalOnMissingBean(name = "escalationInfoContributor")
        InfoContributor escalationInfoContributor(ObjectProvider<EscalationPolicy> policy) {
            return info -> policy.ifUnique(p -> info.withDetail("escalation", Map.of("policyVersion", p.version())));
        }
    }
}
