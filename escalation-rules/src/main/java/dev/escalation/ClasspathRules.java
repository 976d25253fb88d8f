package dev.escalation;

import dev.escalation.rules.internal.RuleSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads added rules from the classpath for {@link EscalationPolicy.Builder#addRulesFromClasspath(String)}. */
final class ClasspathRules {

    private ClasspathRules() {
    }

    /**
     * @param resource a classpath resource holding DRL, with or without a leading {@code /}
     * @return its text, named by its file name
     * @throws IllegalArgumentException when no such resource exists
     */
    static RuleSource read(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        // The caller's loader first: a host's rules live beside its own classes, not necessarily beside ours.
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : EscalationPolicy.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no such classpath resource: " + resource);
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            return new RuleSource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource, e);
        }
    }
}
