package dev.escalation.decision;

import java.util.List;
import java.util.Objects;

/**
 * A drafted message: Slack mrkdwn text, ready to post, with user text escaped so it cannot ping or link, and the
 * facts it needed but the case did not give.
 *
 * @param text    the text, deterministic: the same case gives the same bytes
 * @param missing the absent fields, by name (e.g. {@code links.caseUrl}), in the order the message uses them
 */
public record MessageDraft(String text, List<String> missing) {

    /**
     * Rejects missing text and copies the list.
     *
     * @param text see {@link #text()}
     * @param missing see {@link #missing()}
     */
    public MessageDraft {
        Objects.requireNonNull(text, "text");
        missing = List.copyOf(missing);
    }

    /** @return whether the case gave everything this message needs */
    public boolean complete() {
        return missing.isEmpty();
    }
}
