package dev.escalation.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Defensive copies for the input records. Unlike {@link List#copyOf}, these keep {@code null} elements,
 * so that validation can name them ({@code escalation.activity[2]: must not be null}) instead of a
 * constructor failing on the first one.
 */
final class Copies {
    private Copies() {
    }

    static <T> List<T> list(Collection<? extends T> source) {
        if (source == null || source.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(source));
    }

    /** An unmodifiable set iterating in the enum's declaration order, a {@code null} element last. */
    static <E extends Enum<E>> Set<E> enumSet(Collection<? extends E> source) {
        if (source == null || source.isEmpty()) {
            return Set.of();
        }
        List<E> sorted = new ArrayList<>(source);
        sorted.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        return Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
    }
}
