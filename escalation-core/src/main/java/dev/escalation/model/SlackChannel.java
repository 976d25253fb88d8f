package dev.escalation.model;

/**
 * The temporary Slack channel given for an escalation (S2: Temporary Slack Channel).
 *
 * @param name     the channel's name, e.g. {@code #esc_acme} (required when a channel is given, not blank)
 * @param isPublic whether it is a public channel (JSON key {@code public})
 */
public record SlackChannel(String name, boolean isPublic) {
}
