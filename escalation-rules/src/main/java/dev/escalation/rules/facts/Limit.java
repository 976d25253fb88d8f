package dev.escalation.rules.facts;

import java.time.Duration;

/**
 * A duration threshold of the policy settings, as rules see it, so an explanation can name the value and say
 * whether it is the default.
 *
 * @param setting    the setting's name, e.g. {@code conversionThreshold}
 * @param value      the duration that applies
 * @param overridden whether it differs from the default of POLICY.md
 */
public record Limit(String setting, Duration value, boolean overridden) {
}
