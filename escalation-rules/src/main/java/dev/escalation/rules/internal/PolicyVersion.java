package dev.escalation.rules.internal;

import dev.escalation.settings.PolicySettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The id of a policy: the library version, then {@code +} and the first 16 hex digits of a SHA-256 over the rule
 * files (name and text, line endings normalised) and every setting. It depends on content only, so it is the same
 * across runs and machines for the same rules and settings, and changes with any of them.
 */
public final class PolicyVersion {

    private static final String LIBRARY_VERSION = readLibraryVersion();

    private PolicyVersion() {
    }

    /**
     * @param sources  the rule files, in the order they are compiled
     * @param settings the settings
     * @return e.g. {@code 0.1.0-SNAPSHOT+5c1f0a2b9e7d4c31}
     */
    public static String of(List<RuleSource> sources, PolicySettings settings) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        StringBuilder content = new StringBuilder();
        for (RuleSource source : sources) {
            content.append("rules ").append(source.name()).append('\n')
                    .append(source.drl().replace("\r\n", "\n")).append('\n');
        }
        for (Map.Entry<String, Object> setting : settings.values().entrySet()) {
            content.append("setting ").append(setting.getKey()).append('=').append(setting.getValue()).append('\n');
        }
        byte[] digest = sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8));
        return LIBRARY_VERSION + "+" + HexFormat.of().formatHex(digest, 0, 8);
    }

    private static String readLibraryVersion() {
        try (InputStream in = PolicyVersion.class.getResourceAsStream("/dev/escalation/rules/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
    }
}
