package dev.escalation;

import dev.escalation.settings.PolicySettings;

/** The two ways the standard rules reach the engine, for the tests that must hold on both. */
public enum Compilation {

    /** The executable model generated from the DRL at build time: the standard policy, and any with other settings. */
    GENERATED_AT_BUILD_TIME,

    /** The DRL compiled when the policy is built: the way of every policy with rules of its own. */
    DRL_AT_RUN_TIME;

    /**
     * @param settings the settings
     * @return a policy of the standard rules with these settings, compiled this way
     */
    public EscalationPolicy policy(PolicySettings settings) {
        EscalationPolicy.Builder builder = EscalationPolicy.builder().settings(settings);
        return this == GENERATED_AT_BUILD_TIME ? builder.build() : builder.compileAtRunTime().build();
    }
}
