package dev.escalation.rules.internal;

import java.util.Objects;

/**
 * One DRL text and the file name it is reported under.
 *
 * @param name the file name, e.g. {@code conversion.drl}
 * @param drl  the rules
 */
public record RuleSource(String name, String drl) {

    /** Rejects missing parts. */
    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(drl, "drl");
    }
}
