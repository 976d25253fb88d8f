package dev.escalation.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An account escalation (S2: Initiating, Managing and Closing an Escalation).
 *
 * @param severity                 the severity level now (required)
 * @param openedSeverity           the severity it was opened at, or {@code null} when it is the severity now
 * @param relatedToPsProject       whether it is related to a Professional Services project
 * @param productRelated           whether it is product related
 * @param platformRelated          whether it is platform related (engineering then leads a requested RCA)
 * @param openedAt                 when it was opened (required, not after {@code now})
 * @param channel                  the temporary Slack channel, or {@code null} when none is given yet
 * @param productDri               the assigned Product DRI's name, or {@code null}
 * @param exitCriteria             the escalation's exit criteria
 * @param nextCustomerTouchpointAt the next agreed touchpoint with the customer, or {@code null}; the only instant
 *                                 that may lie after {@code now}
 * @param activity                 the activity log, in any order
 * @param closure                  what is known about closing it, or {@code null} when closing is not asked about
 * @param closedAt                 when it was closed, or {@code null} while it is open (POLICY.md section 1: a closed
 *                                 escalation gets none of the findings of 2.4a to 2.8); not before {@code openedAt}
 * @param description              what the problem is, for the declaration and the channel's opening message, or
 *                                 {@code null} (for the message drafts, as are the next four)
 * @param initialAsk               the initial ask of the DRI to GitLab management, or {@code null}
 * @param fyi                      whom to tag for information in the declaration, or {@code null}
 * @param supportDri               the Support DRI's name, or {@code null} (not blank when given)
 * @param links                    the escalation's documents; {@code null} means {@link Links#NONE}
 */
public record Escalation(Severity severity, Severity openedSeverity, boolean relatedToPsProject, boolean productRelated,
                         boolean platformRelated, Instant openedAt, SlackChannel channel, String productDri,
                         List<String> exitCriteria, Instant nextCustomerTouchpointAt, List<Activity> activity,
                         Closure closure, Instant closedAt, String description, String initialAsk, String fyi,
                         String supportDri, Links links) {

    /**
     * Copies the lists into unmodifiable ones ({@code null} means empty) and normalises absent links.
     *
     * @param severity see {@link #severity()}
     * @param openedSeverity see {@link #openedSeverity()}
     * @param relatedToPsProject see {@link #relatedToPsProject()}
     * @param productRelated see {@link #productRelated()}
     * @param platformRelated see {@link #platformRelated()}
     * @param openedAt see {@link #openedAt()}
     * @param channel see {@link #channel()}
     * @param productDri see {@link #productDri()}
     * @param exitCriteria see {@link #exitCriteria()}
     * @param nextCustomerTouchpointAt see {@link #nextCustomerTouchpointAt()}
     * @param activity see {@link #activity()}
     * @param closure see {@link #closure()}
     * @param closedAt see {@link #closedAt()}
     * @param description see {@link #description()}
     * @param initialAsk see {@link #initialAsk()}
     * @param fyi see {@link #fyi()}
     * @param supportDri see {@link #supportDri()}
     * @param links see {@link #links()}
     */
    public Escalation {
        exitCriteria = Copies.list(exitCriteria);
        activity = Copies.list(activity);
        links = links == null ? Links.NONE : links;
    }

    /**
     * @param kind an activity kind
     * @return the instant of the latest activity of that kind in the log, or {@code null} when there is none
     */
    public Instant latestActivity(ActivityKind kind) {
        Instant latest = null;
        for (Activity entry : activity) {
            if (entry != null && entry.kind() == kind && (latest == null || entry.at().isAfter(latest))) {
                latest = entry.at();
            }
        }
        return latest;
    }

    /**
     * @param kind an activity kind
     * @return the instant of the earliest activity of that kind in the log, or {@code null} when there is none
     */
    public Instant earliestActivity(ActivityKind kind) {
        Instant earliest = null;
        for (Activity entry : activity) {
            if (entry != null && entry.kind() == kind && (earliest == null || entry.at().isBefore(earliest))) {
                earliest = entry.at();
            }
        }
        return earliest;
    }

    /**
     * @param kind an activity kind
     * @return whether the log holds at least one activity of that kind
     */
    public boolean hasActivity(ActivityKind kind) {
        for (Activity entry : activity) {
            if (entry != null && entry.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** @return the severity it was opened at: {@link #openedSeverity()}, else the severity now */
    public Severity openedSeverityOrNow() {
        return openedSeverity != null ? openedSeverity : severity;
    }

    /**
     * The peak severity of POLICY.md section 1: the highest of the severity it was opened at, the severity now and
     * the severity of every {@link ActivityKind#SEVERITY_CHANGED} activity that records one.
     *
     * @return the peak severity; {@code null} only when {@link #severity()} is missing (invalid input)
     */
    public Severity peakSeverity() {
        if (severity == null) {
            return null;
        }
        Severity peak = severity.max(openedSeverity);
        for (Activity entry : activity) {
            if (entry != null && entry.kind() == ActivityKind.SEVERITY_CHANGED) {
                peak = peak.max(entry.severity());
            }
        }
        return peak;
    }

    /**
     * @param kind  an activity kind
     * @param after the start of the window, excluded
     * @param until the end of the window, included
     * @return how many activities of that kind the log holds in {@code (after, until]}
     */
    public int countActivities(ActivityKind kind, Instant after, Instant until) {
        int count = 0;
        for (Activity entry : activity) {
            if (entry != null && entry.kind() == kind && entry.at().isAfter(after) && !entry.at().isAfter(until)) {
                count++;
            }
        }
        return count;
    }

    /** @return whether the escalation is still open (not closed) */
    public boolean isOpen() {
        return closedAt == null;
    }

    /**
     * @param severity the severity level
     * @param openedAt when it was opened
     * @return a builder with no flags, no channel, no product DRI, no exit criteria, no activity and no closure
     */
    public static Builder builder(Severity severity, Instant openedAt) {
        return new Builder().severity(severity).openedAt(openedAt);
    }

    /**
     * @param at an instant not before {@link #openedAt()}
     * @return this escalation as of that instant: later activities are dropped, a later closing is undone
     */
    public Escalation asOf(Instant at) {
        List<Activity> past = activity.stream().filter(a -> a == null || a.at() == null || !a.at().isAfter(at))
                .toList();
        boolean closedLater = closedAt != null && closedAt.isAfter(at);
        if (past.size() == activity.size() && !closedLater) {
            return this;
        }
        return toBuilder().activity(past).closedAt(closedLater ? null : closedAt).build();
    }

    /** @return a builder holding this escalation's values */
    public Builder toBuilder() {
        return new Builder().severity(severity).openedSeverity(openedSeverity).relatedToPsProject(relatedToPsProject).productRelated(productRelated)
                .platformRelated(platformRelated).openedAt(openedAt).channel(channel).productDri(productDri)
                .exitCriteria(exitCriteria).nextCustomerTouchpointAt(nextCustomerTouchpointAt).activity(activity)
                .closure(closure).closedAt(closedAt).description(description).initialAsk(initialAsk).fyi(fyi)
                .supportDri(supportDri).links(links);
    }

    /** Builds an {@link Escalation}. */
    public static final class Builder {
        private Severity severity;
        private Severity openedSeverity;
        private boolean relatedToPsProject;
        private boolean productRelated;
        private boolean platformRelated;
        private Instant openedAt;
        private SlackChannel channel;
        private String productDri;
        private List<String> exitCriteria = List.of();
        private Instant nextCustomerTouchpointAt;
        private List<Activity> activity = List.of();
        private Closure closure;
        private Instant closedAt;
        private String description;
        private String initialAsk;
        private String fyi;
        private String supportDri;
        private Links links = Links.NONE;

        private Builder() {
        }

        /**
         * @param value what the problem is, or {@code null}
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * @param value the initial ask, or {@code null}
         * @return this builder
         */
        public Builder initialAsk(String value) {
            this.initialAsk = value;
            return this;
        }

        /**
         * @param value whom to tag for information, or {@code null}
         * @return this builder
         */
        public Builder fyi(String value) {
            this.fyi = value;
            return this;
        }

        /**
         * @param value the Support DRI, or {@code null}
         * @return this builder
         */
        public Builder supportDri(String value) {
            this.supportDri = value;
            return this;
        }

        /**
         * @param value the escalation's documents
         * @return this builder
         */
        public Builder links(Links value) {
            this.links = value;
            return this;
        }

        /**
         * @param value the severity
         * @return this builder
         */
        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        /**
         * @param value the severity it was opened at, or {@code null} when it is the severity now
         * @return this builder
         */
        public Builder openedSeverity(Severity value) {
            this.openedSeverity = value;
            return this;
        }

        /**
         * @param value whether it is related to a PS project
         * @return this builder
         */
        public Builder relatedToPsProject(boolean value) {
            this.relatedToPsProject = value;
            return this;
        }

        /**
         * @param value whether it is product related
         * @return this builder
         */
        public Builder productRelated(boolean value) {
            this.productRelated = value;
            return this;
        }

        /**
         * @param value whether it is platform related
         * @return this builder
         */
        public Builder platformRelated(boolean value) {
            this.platformRelated = value;
            return this;
        }

        /**
         * @param value when it was opened
         * @return this builder
         */
        public Builder openedAt(Instant value) {
            this.openedAt = value;
            return this;
        }

        /**
         * @param value the channel, or {@code null}
         * @return this builder
         */
        public Builder channel(SlackChannel value) {
            this.channel = value;
            return this;
        }

        /**
         * @param value the Product DRI, or {@code null}
         * @return this builder
         */
        public Builder productDri(String value) {
            this.productDri = value;
            return this;
        }

        /**
         * @param value the exit criteria
         * @return this builder
         */
        public Builder exitCriteria(Collection<String> value) {
            this.exitCriteria = Copies.list(value);
            return this;
        }

        /**
         * @param value the exit criteria
         * @return this builder
         */
        public Builder exitCriteria(String... value) {
            return exitCriteria(Arrays.asList(value));
        }

        /**
         * @param value the next customer touchpoint, or {@code null}
         * @return this builder
         */
        public Builder nextCustomerTouchpointAt(Instant value) {
            this.nextCustomerTouchpointAt = value;
            return this;
        }

        /**
         * @param value the activity log
         * @return this builder
         */
        public Builder activity(Collection<Activity> value) {
            this.activity = Copies.list(value);
            return this;
        }

        /**
         * @param value the activity log
         * @return this builder
         */
        public Builder activity(Activity... value) {
            return activity(Arrays.asList(value));
        }

        /**
         * @param value the closure facts, or {@code null}
         * @return this builder
         */
        public Builder closure(Closure value) {
            this.closure = value;
            return this;
        }

        /**
         * @param value when it was closed, or {@code null}
         * @return this builder
         */
        public Builder closedAt(Instant value) {
            this.closedAt = value;
            return this;
        }

        /** @return the escalation */
        public Escalation build() {
            return new Escalation(severity, openedSeverity, relatedToPsProject, productRelated, platformRelated, openedAt, channel,
                    productDri, exitCriteria, nextCustomerTouchpointAt, activity, closure, closedAt, description,
                    initialAsk, fyi, supportDri, links);
        }
    }
}
