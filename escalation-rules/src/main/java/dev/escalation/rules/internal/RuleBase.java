package dev.escalation.rules.internal;

import dev.escalation.PolicyDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.runtime.KieContainer;

/** Compiles the standard DRL files, and any added ones, into one knowledge base. */
public final class RuleBase {

    /**
     * The standard rule files, one per handbook section (the README's layout table says which), in the order of
     * POLICY.md; explanations of the same clause follow this order.
     */
    public static final List<String> STANDARD_FILES = List.of("conversion.drl", "routing.drl", "scope.drl",
            "severity.drl", "dri.drl", "cs-help-request.drl", "contacts.drl", "product.drl", "opening.drl",
            "channel.drl", "expectations.drl", "cadence.drl", "broadcast.drl", "closure.drl", "messages.drl");

    private static final String RESOURCE_FOLDER = "/dev/escalation/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private RuleBase() {
    }

    /** @return the standard rules, read from the classpath */
    public static List<RuleSource> standardRules() {
        List<RuleSource> sources = new ArrayList<>();
        for (String file : STANDARD_FILES) {
            try (InputStream in = RuleBase.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("standard rule file missing from the classpath: " + file);
                }
                sources.add(new RuleSource(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read standard rule file " + file, e);
            }
        }
        return sources;
    }

    /**
     * Compiles rules into a knowledge base that compares facts by equality.
     *
     * @param sources the DRL texts
     * @return the knowledge base, thread-safe and meant to be shared, with the rules' declaration order
     * @throws PolicyDefinitionException listing every compile error
     */
    public static CompiledRules build(List<RuleSource> sources) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        // A release id of our own per build: the repository is global, and several policies may live in one JVM.
        ReleaseId releaseId = services.newReleaseId("dev.escalation", "policy-" + BUILDS.incrementAndGet(), "1.0.0");
        files.generateAndWritePomXML(releaseId);
        // Each file gets a path of its own, whatever its name: an added file never replaces another (or a standard
        // one), and one not named .drl is still compiled. Problems are reported under the name it was given.
        Map<String, String> givenNames = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            RuleSource source = sources.get(i);
            String file = String.format("%02d-%s.drl", i, source.name().replaceAll("[^A-Za-z0-9_.-]", "_"));
            givenNames.put(file, source.name());
            files.write("src/main/resources/" + folderOf(source) + file, source.drl());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new PolicyDefinitionException(errors.stream().map(e -> describe(e, givenNames)).toList());
        }
        try {
            KieContainer container = services.newKieContainer(releaseId);
            KieBaseConfiguration configuration = services.newKieBaseConfiguration();
            configuration.setOption(EqualityBehaviorOption.EQUALITY);
            return new CompiledRules(container.newKieBase(configuration), declarationOrder(sources));
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /** The folder matching the package a file declares, as Drools expects; the root when it declares none. */
    private static String folderOf(RuleSource source) {
        Matcher declared = PACKAGE.matcher(source.drl());
        return declared.find() ? declared.group(1).replace('.', '/') + "/" : "";
    }

    /** Rule names in the order the sources declare them: the handbook's order, used to order explanations. */
    private static Map<String, Integer> declarationOrder(List<RuleSource> sources) {
        Map<String, Integer> order = new HashMap<>();
        for (RuleSource source : sources) {
            Matcher rule = RULE_NAME.matcher(source.drl());
            while (rule.find()) {
                order.putIfAbsent(rule.group(1), order.size());
            }
        }
        return order;
    }

    private static String describe(Message message, Map<String, String> givenNames) {
        String path = message.getPath() == null ? "?" : message.getPath();
        String file = path.substring(path.lastIndexOf('/') + 1);
        return givenNames.getOrDefault(file, file) + ":" + message.getLine() + ":" + message.getColumn() + ": "
                + message.getText().strip();
    }
}
