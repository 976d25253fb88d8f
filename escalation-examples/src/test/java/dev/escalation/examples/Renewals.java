package dev.escalation.examples;

import dev.escalation.EscalationPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The policy {@code decide --rules samples/renewals.drl} builds, compiled once for the tests that need it. */
final class Renewals {

    /** The standard rules and those of {@code samples/renewals.drl}. */
    static final EscalationPolicy POLICY = build();

    private Renewals() {
    }

    private static EscalationPolicy build() {
        try {
            return EscalationPolicy.builder().addRules("renewals.drl",
                    Files.readString(Path.of("samples", "renewals.drl"), StandardCharsets.UTF_8)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
