package dev.escalation.rules.facts;

import dev.escalation.model.Activity;
import dev.escalation.model.ActivityKind;
import dev.escalation.model.Escalation;
import dev.escalation.model.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The questions POLICY.md (v3) asks of an escalation's activity log, which the rules of {@code questions.drl} turn into
 * facts. Activities count in the order of their {@code at}, ties in input order (section 1).
 */
public final class History {

    private static final Comparator<Activity> BY_AT = Comparator.comparing(Activity::at);

    private History() {
    }

    /**
     * @param escalation an escalation
     * @return its activities in the order of their {@code at}, ties in input order
     */
    public static List<Activity> inOrder(Escalation escalation) {
        List<Activity> sorted = new ArrayList<>(escalation.activity());
        sorted.sort(BY_AT);
        return sorted;
    }

    /**
     * Monitoring (section 1): a {@code RISK_REDUCED} activity and no {@code SEVERITY_CHANGED} strictly after the last
     * one. Whether the escalation is open is asked apart.
     *
     * @param escalation an escalation
     * @return whether its risk was reduced and its severity not changed since
     */
    public static boolean isMonitoring(Escalation escalation) {
        Instant reduced = escalation.latestActivity(ActivityKind.RISK_REDUCED);
        if (reduced == null) {
            return false;
        }
        Instant changed = escalation.latestActivity(ActivityKind.SEVERITY_CHANGED);
        return changed == null || !changed.isAfter(reduced);
    }

    /**
     * The change that ended monitoring (2.8, v3): the first {@code SEVERITY_CHANGED} strictly after the last
     * {@code RISK_REDUCED}.
     *
     * @param escalation an escalation
     * @return its instant, or {@code null} when the risk was never reduced or no change came after
     */
    public static Instant monitoringEndedAt(Escalation escalation) {
        Instant reduced = escalation.latestActivity(ActivityKind.RISK_REDUCED);
        if (reduced == null) {
            return null;
        }
        Instant ended = null;
        for (Activity activity : escalation.activity()) {
            if (activity.kind() == ActivityKind.SEVERITY_CHANGED && activity.at().isAfter(reduced)
                    && (ended == null || activity.at().isBefore(ended))) {
                ended = activity.at();
            }
        }
        return ended;
    }

    /**
     * @param escalation an escalation
     * @param kind       an activity kind
     * @param from       an instant
     * @return whether an activity of that kind lies at or after {@code from}
     */
    public static boolean hasActivityFrom(Escalation escalation, ActivityKind kind, Instant from) {
        for (Activity activity : escalation.activity()) {
            if (activity.kind() == kind && !activity.at().isBefore(from)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the channel's last state at or after opening is archived (2.8, v3): the last of the
     * {@code CHANNEL_CREATED} and {@code CHANNEL_ARCHIVED} activities at or after {@code openedAt}, in the order of
     * activities, is a {@code CHANNEL_ARCHIVED}.
     *
     * @param escalation an escalation
     * @return the instant of that last archiving, or {@code null} when the channel is not archived so
     */
    public static Instant channelArchivedAt(Escalation escalation) {
        Activity last = null;
        for (Activity activity : inOrder(escalation)) {
            if ((activity.kind() == ActivityKind.CHANNEL_CREATED || activity.kind() == ActivityKind.CHANNEL_ARCHIVED)
                    && !activity.at().isBefore(escalation.openedAt())) {
                last = activity;
            }
        }
        return last != null && last.kind() == ActivityKind.CHANNEL_ARCHIVED ? last.at() : null;
    }

    /**
     * The instant the product DRI became required (2.6, v3): {@code openedAt} when opened high or critical; else the
     * first {@code SEVERITY_CHANGED} to high or critical; else the last {@code SEVERITY_CHANGED}, or {@code openedAt}
     * without one; never before {@code openedAt}.
     *
     * @param escalation an escalation
     * @return the instant
     */
    public static Instant productDriRequiredSince(Escalation escalation) {
        Instant opened = escalation.openedAt();
        if (isHighOrCritical(escalation.openedSeverityOrNow())) {
            return opened;
        }
        List<Activity> activities = inOrder(escalation);
        for (Activity activity : activities) {
            if (activity.kind() == ActivityKind.SEVERITY_CHANGED && isHighOrCritical(activity.severity())) {
                return WorkingTime.later(opened, activity.at());
            }
        }
        return WorkingTime.later(opened, escalation.latestActivity(ActivityKind.SEVERITY_CHANGED));
    }

    /**
     * Every {@code SEVERITY_CHANGED} activity that carries a severity, with the severity before it: that of the
     * previous such change in the order of activities, else {@code openedSeverity} (default: the severity now).
     *
     * @param escalation an escalation
     * @return the changes, in the order of activities
     */
    public static List<SeverityChange> severityChanges(Escalation escalation) {
        List<SeverityChange> changes = new ArrayList<>();
        Severity before = escalation.openedSeverityOrNow();
        for (Activity activity : inOrder(escalation)) {
            if (activity.kind() == ActivityKind.SEVERITY_CHANGED && activity.severity() != null) {
                changes.add(new SeverityChange(changes.size() + 1, activity.at(), before, activity.severity()));
                before = activity.severity();
            }
        }
        return changes;
    }

    /**
     * When too few customer updates will be counted, if none is added (2.12, v3): the later of {@code since} plus the
     * window and, when there are at least {@code minimum} updates, the {@code minimum}-th most recent one plus the
     * window.
     *
     * @param escalation an escalation
     * @param since      from when it counts as open
     * @param limits     the window updates are counted in and the fewest updates in it
     * @return the instant from which the finding is given
     */
    public static Instant tooFewCustomerUpdatesFrom(Escalation escalation, Instant since, Limits limits) {
        java.time.Duration window = limits.customerUpdateWindow().value();
        int minimum = limits.customerUpdatesPerWeek().value();
        List<Instant> updates = new ArrayList<>();
        for (Activity activity : escalation.activity()) {
            if (activity.kind() == ActivityKind.CUSTOMER_UPDATE) {
                updates.add(activity.at());
            }
        }
        Instant from = since.plus(window);
        if (updates.size() >= minimum) {
            updates.sort(Comparator.reverseOrder());
            from = WorkingTime.later(from, updates.get(minimum - 1).plus(window));
        }
        return from;
    }

    private static boolean isHighOrCritical(Severity severity) {
        return severity == Severity.HIGH || severity == Severity.CRITICAL;
    }
}
