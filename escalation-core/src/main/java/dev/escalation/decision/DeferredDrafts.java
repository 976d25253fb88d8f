package dev.escalation.decision;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The drafts of an assessment, rendered on first read: which messages are due is decided with the assessment, their
 * text only when someone reads one. Most sweeps never do, and rendering is a tenth of an assessment's cost. What needs
 * no text ({@link #keySet()}, {@link #size()}, {@link #containsKey(Object)}) never renders; anything that reads a draft
 * renders them all once, under a lock, and every later read sees the same drafts. Unmodifiable, like the map it stands
 * for; equal to any map with the same drafts.
 */
final class DeferredDrafts extends AbstractMap<MessageKind, MessageDraft> {

    private final Set<MessageKind> kinds;
    /** Cleared once rendered, so the case and decisions it holds are not kept longer than the drafts need them. */
    private Supplier<? extends Map<MessageKind, MessageDraft>> render;
    private volatile Map<MessageKind, MessageDraft> drafts;

    DeferredDrafts(Set<MessageKind> kinds, Supplier<? extends Map<MessageKind, MessageDraft>> render) {
        this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        this.render = render;
    }

    private Map<MessageKind, MessageDraft> drafts() {
        Map<MessageKind, MessageDraft> rendered = drafts;
        if (rendered == null) {
            synchronized (this) {
                rendered = drafts;
                if (rendered == null) {
                    Map<MessageKind, MessageDraft> made = render.get();
                    if (!kinds.equals(made.keySet())) {
                        throw new IllegalStateException("drafted " + made.keySet() + " where " + kinds + " were due");
                    }
                    rendered = Collections.unmodifiableMap(new EnumMap<>(made));
                    drafts = rendered;
                    render = null;
                }
            }
        }
        return rendered;
    }

    @Override
    public Set<Entry<MessageKind, MessageDraft>> entrySet() {
        return drafts().entrySet();
    }

    @Override
    public MessageDraft get(Object key) {
        return kinds.contains(key) ? drafts().get(key) : null;
    }

    @Override
    public Collection<MessageDraft> values() {
        return drafts().values();
    }

    @Override
    public Set<MessageKind> keySet() {
        return kinds;
    }

    @Override
    public int size() {
        return kinds.size();
    }

    @Override
    public boolean isEmpty() {
        return kinds.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return kinds.contains(key);
    }
}
