package dev.escalation.validation;

import java.util.Objects;

/**
 * One thing wrong with the input.
 *
 * @param field   the path of the field at fault, e.g. {@code escalation.activity[2].at}
 * @param message what is wrong with it, e.g. {@code must not be after now (2026-03-02T15:30:00Z)}
 */
public record Violation(String field, String message) {

    /**
     * Rejects missing parts.
     *
     * @param field see {@link #field()}
     * @param message see {@link #message()}
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code field: message} */
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
