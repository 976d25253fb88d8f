package dev.escalation.spring.boot;

import dev.escalation.EscalationPolicy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Warms the application's policy up ({@link EscalationPolicy#warmUp()}) once every singleton exists: during start-up,
 * before the web server opens, so the first request does not load and compile the engine's code. On by default;
 * {@code escalation.policy.warm-up.enabled=false} leaves it out.
 */
final class PolicyWarmUp implements SmartInitializingSingleton {

    private static final Log LOG = LogFactory.getLog(PolicyWarmUp.class);

    private final ObjectProvider<EscalationPolicy> policy;
    private volatile int assessments;

    PolicyWarmUp(ObjectProvider<EscalationPolicy> policy) {
        this.policy = policy;
    }

    @Override
    public void afterSingletonsInstantiated() {
        policy.ifUnique(p -> {
            long start = System.nanoTime();
            assessments = p.warmUp();
            if (LOG.isDebugEnabled()) {
                LOG.debug("Escalation policy warmed up: " + assessments + " assessments in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        });
    }

    /** @return how many assessments warming up made; 0 before, or without a unique policy */
    int assessments() {
        return assessments;
    }
}
