package dev.escalation.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The standard rule files as the classpath holds them, read once per JVM: their text, for the policy version and for
 * compiling added rules with them, and the SHA-256 of each file's bytes, to check the generated model against.
 *
 * @param sources the files, in {@link RuleBase#STANDARD_FILES} order
 * @param digests each file's name and the hex SHA-256 of its bytes
 */
public record StandardRules(List<RuleSource> sources, Map<String, String> digests) {

    private static final String RESOURCE_FOLDER = "/dev/escalation/rules/internal/model/";

    /** Copies both. */
    public StandardRules {
        sources = List.copyOf(sources);
        digests = Map.copyOf(digests);
    }

    /** @return the standard rules, read on first use */
    public static StandardRules get() {
        return Holder.RULES;
    }

    /**
     * @param file a standard file's name
     * @return the hex SHA-256 of its bytes
     */
    public String digest(String file) {
        return digests.get(file);
    }

    private static StandardRules read() {
        List<RuleSource> sources = new ArrayList<>();
        Map<String, String> digests = new HashMap<>();
        for (String file : RuleBase.STANDARD_FILES) {
            try (InputStream in = StandardRules.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("standard rule file missing from the classpath: " + file);
                }
                byte[] bytes = in.readAllBytes();
                sources.add(new RuleSource(file, new String(bytes, StandardCharsets.UTF_8)));
                digests.put(file, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read standard rule file " + file, e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
        return new StandardRules(sources, digests);
    }

    /** Reads the files on first use; class initialisation is thread-safe and lazy. */
    private static final class Holder {
        static final StandardRules RULES = read();
    }
}
