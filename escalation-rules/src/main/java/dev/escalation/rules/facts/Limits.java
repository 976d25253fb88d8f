package dev.escalation.rules.facts;

import dev.escalation.settings.PolicySettings;

/**
 * Every threshold of the policy settings in one fact; rules bind the one they need, e.g.
 * {@code Limits($limit : conversionThreshold)}, and compare with {@code $limit.value}.
 *
 * @param conversionThreshold    see {@link PolicySettings#conversionThreshold()}
 * @param upgradeProblemCount    see {@link PolicySettings#upgradeProblemCount()}
 * @param immediateGrace         see {@link PolicySettings#immediateGrace()}
 * @param standupDeadline        see {@link PolicySettings#standupDeadline()}
 * @param internalUpdateGap      see {@link PolicySettings#internalUpdateGap()}
 * @param customerUpdatesPerWeek see {@link PolicySettings#customerUpdatesPerWeek()}
 * @param customerUpdateWindow   see {@link PolicySettings#customerUpdateWindow()}
 * @param callLimit              see {@link PolicySettings#callLimit()}
 * @param exitCriteriaGrace      see {@link PolicySettings#exitCriteriaGrace()}
 * @param handoverWindow         see {@link PolicySettings#handoverWindow()}
 * @param managerStepInAfter     see {@link PolicySettings#managerStepInAfter()}
 * @param gainsightSync          see {@link PolicySettings#gainsightSync()}
 * @param closingStepsGrace      see {@link PolicySettings#closingStepsGrace()}
 */
public record Limits(Limit conversionThreshold, CountLimit upgradeProblemCount, Limit immediateGrace,
                     Limit standupDeadline, Limit internalUpdateGap, CountLimit customerUpdatesPerWeek,
                     Limit customerUpdateWindow, Limit callLimit, Limit exitCriteriaGrace, Limit handoverWindow,
                     Limit managerStepInAfter, Limit gainsightSync, Limit closingStepsGrace) {

    /**
     * @param settings the settings in force
     * @return their thresholds, each marked as default or overridden
     */
    public static Limits of(PolicySettings settings) {
        return new Limits(limit(settings, "conversionThreshold", settings.conversionThreshold()),
                count(settings, "upgradeProblemCount", settings.upgradeProblemCount()),
                limit(settings, "immediateGrace", settings.immediateGrace()),
                limit(settings, "standupDeadline", settings.standupDeadline()),
                limit(settings, "internalUpdateGap", settings.internalUpdateGap()),
                count(settings, "customerUpdatesPerWeek", settings.customerUpdatesPerWeek()),
                limit(settings, "customerUpdateWindow", settings.customerUpdateWindow()),
                limit(settings, "callLimit", settings.callLimit()),
                limit(settings, "exitCriteriaGrace", settings.exitCriteriaGrace()),
                limit(settings, "handoverWindow", settings.handoverWindow()),
                limit(settings, "managerStepInAfter", settings.managerStepInAfter()),
                limit(settings, "gainsightSync", settings.gainsightSync()),
                limit(settings, "closingStepsGrace", settings.closingStepsGrace()));
    }

    private static Limit limit(PolicySettings settings, String name, java.time.Duration value) {
        return new Limit(name, value, settings.isOverridden(name));
    }

    private static CountLimit count(PolicySettings settings, String name, int value) {
        return new CountLimit(name, value, settings.isOverridden(name));
    }
}
