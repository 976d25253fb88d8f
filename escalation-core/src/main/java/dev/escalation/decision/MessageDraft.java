package dev.escalation.decision;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

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

    /**
     * Drafts to be rendered when first read, for an engine that decides which messages are due but leaves their text
     * until someone asks: {@link Assessment} keeps such a map as it is. Reading the keys, the size or
     * {@code containsKey} renders nothing; reading any draft (and so {@code equals}, {@code hashCode} and
     * {@code toString}, of the map and of an assessment holding it) calls {@code render} once, on the thread that
     * reads first, and every later read, from any thread, sees its result. Until then the map holds {@code render} and
     * whatever it captured (the policy's: the case and the assessment). The map is unmodifiable and equal to any map
     * holding the same drafts. An error of {@code render} reaches whoever reads, not whoever assessed, and a later read
     * calls it again. {@code render} must be a function of what it captured, so that an assessment stays a value.
     *
     * <p>An engine's hook, not a caller's: an assessment of the policy already holds such a map.
     *
     * @param kinds  the messages that are due: the keys of the map
     * @param render drafts exactly those messages; a result with other keys, or none, makes the read throw
     *               {@link IllegalStateException}
     * @return the drafts, rendered on first read; {@code Map.of()} when {@code kinds} is empty
     */
    public static Map<MessageKind, MessageDraft> deferred(Set<MessageKind> kinds,
                                                          Supplier<? extends Map<MessageKind, MessageDraft>> render) {
        Objects.requireNonNull(kinds, "kinds");
        Objects.requireNonNull(render, "render");
        return kinds.isEmpty() ? Map.of() : new DeferredDrafts(kinds, render);
    }

    /** @return whether the case gave everything this message needs */
    public boolean complete() {
        return missing.isEmpty();
    }
}
