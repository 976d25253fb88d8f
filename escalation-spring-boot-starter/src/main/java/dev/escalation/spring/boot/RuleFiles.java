package dev.escalation.spring.boot;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the rule files that {@code escalation.policy.rules} names. The policy's version hashes the files in the
 * order they are added, so the order is stable: the locations' order, then by file name and URL within a pattern.
 */
final class RuleFiles {

    /** What {@code optional:} in front of a location allows: matching nothing. */
    private static final String OPTIONAL = "optional:";

    /** One rule file: the name problems are reported under, and its text. */
    record RuleFile(String name, String drl) {
    }

    private RuleFiles() {
    }

    /**
     * @param locations resource locations, patterns allowed, each perhaps prefixed with {@code optional:}
     * @param resolver  resolves them
     * @return the files, in a stable order
     * @throws MissingRulesException when a location that is not optional matches no readable file, or one cannot be
     *                               read
     */
    static List<RuleFile> read(List<String> locations, ResourcePatternResolver resolver) {
        List<RuleFile> files = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            String location = locations.get(i).strip();
            boolean optional = location.startsWith(OPTIONAL);
            String pattern = optional ? location.substring(OPTIONAL.length()) : location;
            String property = "escalation.policy.rules[" + i + "]";
            List<Resource> found;
            try {
                found = Arrays.stream(resolver.getResources(pattern))
                        .filter(Resource::isReadable)
                        .sorted(Comparator.comparing((Resource r) -> String.valueOf(r.getFilename()))
                                .thenComparing(RuleFiles::url))
                        .toList();
            } catch (FileNotFoundException e) {
                // The pattern's directory does not exist: it matches nothing.
                found = List.of();
            } catch (IOException e) {
                throw new MissingRulesException(property, location, "cannot be resolved: " + e.getMessage(), e);
            }
            if (found.isEmpty() && !optional) {
                throw new MissingRulesException(property, location,
                        "matches no readable file (prefix it with optional: if that is fine)", null);
            }
            for (Resource resource : found) {
                files.add(new RuleFile(resource.getFilename(), text(resource, property, location)));
            }
        }
        return files;
    }

    private static String text(Resource resource, String property, String location) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MissingRulesException(property, location, "cannot read " + resource.getDescription() + ": "
                    + e.getMessage(), e);
        }
    }

    private static String url(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
