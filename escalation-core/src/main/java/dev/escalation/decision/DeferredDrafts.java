package dev.escalation.decision;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The drafts of an assessment, rendered on first read: which messages are due is decided with the assessment, their
 * text only when someone reads one. Most sweeps never do, and rendering was a tenth of an assessment's cost. What needs
 * no text ({@link #keySet()}, {@link #size()}, {@link #containsKey(Object)}) never renders; anything that reads a draft
 * renders them all once, under a lock, and every later read sees the same drafts. Unmodifiable like the map it stands
 * for: every mutator throws {@link UnsupportedOperationException}, whatever its arguments. Equal to any map with the
 * same drafts.
 */
final class DeferredDrafts extends AbstractMap<MessageKind, MessageDraft> {

    private final Set<MessageKind> kinds;
    /** Cleared once rendered, so the case and decisions it holds are not kept longer than the drafts need them. */
    private volatile Supplier<? extends Map<MessageKind, MessageDraft>> render;
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
                    // An error here reaches this reader; the renderer is kept, so a later read tries again.
                    Map<MessageKind, MessageDraft> made = render.get();
                    if (made == null || !kinds.equals(made.keySet())) {
                        throw new IllegalStateException("drafted " + (made == null ? null : made.keySet())
                                + " where " + kinds + " were due");
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

    // Every mutator refuses, as Collections.unmodifiableMap's do, instead of AbstractMap's defaults that return quietly
    // when there is nothing to change.

    @Override
    public MessageDraft put(MessageKind key, MessageDraft value) {
        throw unmodifiable();
    }

    @Override
    public MessageDraft remove(Object key) {
        throw unmodifiable();
    }

    @Override
    public void putAll(Map<? extends MessageKind, ? extends MessageDraft> map) {
        throw unmodifiable();
    }

    @Override
    public void clear() {
        throw unmodifiable();
    }

    @Override
    public void replaceAll(BiFunction<? super MessageKind, ? super MessageDraft, ? extends MessageDraft> function) {
        throw unmodifiable();
    }

    @Override
    public MessageDraft putIfAbsent(MessageKind key, MessageDraft value) {
        throw unmodifiable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw unmodifiable();
    }

    @Override
    public boolean replace(MessageKind key, MessageDraft oldValue, MessageDraft newValue) {
        throw unmodifiable();
    }

    @Override
    public MessageDraft replace(MessageKind key, MessageDraft value) {
        throw unmodifiable();
    }

    @Override
    public MessageDraft computeIfAbsent(MessageKind key,
                                       Function<? super MessageKind, ? extends MessageDraft> function) {
        throw unmodifiable();
    }

    @Override
    public MessageDraft computeIfPresent(MessageKind key,
            BiFunction<? super MessageKind, ? super MessageDraft, ? extends MessageDraft> function) {
        throw unmodifiable();
    }

    @Override
    public MessageDraft compute(MessageKind key,
            BiFunction<? super MessageKind, ? super MessageDraft, ? extends MessageDraft> function) {
        throw unmodifiable();
    }

    @Override
    public MessageDraft merge(MessageKind key, MessageDraft value,
            BiFunction<? super MessageDraft, ? super MessageDraft, ? extends MessageDraft> function) {
        throw unmodifiable();
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("the drafts of an assessment cannot be changed");
    }
}
