package dev.escalation.decision;

import java.util.Objects;
import java.util.Optional;

/**
 * A role given a part in the escalation, with the person holding it when known.
 *
 * @param role the role (never {@code null})
 * @param name the person's name, empty when unknown
 */
public record Assignment(EscalationRole role, Optional<String> name) {

    /**
     * Rejects a missing role and normalises a {@code null} name to empty.
     *
     * @param role see {@link #role()}
     * @param name see {@link #name()}
     */
    public Assignment {
        Objects.requireNonNull(role, "role");
        name = name == null ? Optional.empty() : name;
    }

    /**
     * @param role the role
     * @param name the person, or {@code null} when unknown
     * @return the assignment
     */
    public static Assignment of(EscalationRole role, String name) {
        return new Assignment(role, Optional.ofNullable(name));
    }
}
