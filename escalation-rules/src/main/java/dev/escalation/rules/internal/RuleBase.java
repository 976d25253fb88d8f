package dev.escalation.rules.internal;

import dev.escalation.PolicyDefinitionException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.EqualityBehaviorOption;

/**
 * The knowledge bases of policies: the standard rules from the executable model generated at build time, or, when
 * rules are added, the standard and added DRL compiled together at run time.
 */
public final class RuleBase {

    /**
     * The standard rule files: the flowchart's questions first, then one file per handbook section (the README's layout
     * table says which), in the order of POLICY.md; explanations of the same clause follow this order.
     */
    public static final List<String> STANDARD_FILES = List.of("questions.drl", "conversion.drl", "routing.drl",
            "scope.drl", "severity.drl", "dri.drl", "cs-help-request.drl", "contacts.drl", "product.drl", "opening.drl",
            "channel.drl", "expectations.drl", "cadence.drl", "broadcast.drl", "closure.drl", "upcoming.drl", "messages.drl");

    /** The knowledge base a module without kmodule.xml declares, holding every package of the module. */
    private static final String DEFAULT_KIE_BASE = "defaultKieBase";

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private RuleBase() {
    }

    /** @return the standard rules, read from the classpath once per JVM */
    public static List<RuleSource> standardRules() {
        return StandardRules.get().sources();
    }

    /**
     * Builds a knowledge base of the standard rules from the executable model generated at build time: no DRL
     * parsing, no compiling. Each call builds a new one; {@link Engine#standard()} keeps one per JVM.
     *
     * @return the standard rules, ready to run
     * @throws IllegalStateException when the generated model is missing or older than the DRL on the classpath, or an
     *                               engine part it needs is not registered (a shaded jar that did not merge Drools'
     *                               service files), see {@link EngineCheck}
     */
    public static CompiledRules generated() {
        EngineCheck.require(EngineCheck.Use.GENERATED);
        return GeneratedModel.of(StandardRules.get()).knowledgeBase();
    }

    /**
     * Compiles DRL into a knowledge base at run time, as a policy with added rules needs: parses the DRL and compiles
     * its constraints and consequences (MVEL, the Eclipse Java compiler for Java parts), hundreds of milliseconds.
     *
     * @param sources the DRL texts
     * @return the knowledge base, thread-safe and meant to be shared, with the rules' declaration order
     * @throws PolicyDefinitionException listing every compile error
     * @throws IllegalStateException     when the DRL compiler is not on the classpath (a user without rules of their
     *                                   own may leave it out), or an engine part it needs is not registered (a
     *                                   shaded jar that did not merge Drools' service files), see {@link EngineCheck}
     */
    public static CompiledRules build(List<RuleSource> sources) {
        EngineCheck.require(EngineCheck.Use.COMPILED);
        try {
            return compile(sources);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("rules added to the standard ones are compiled from DRL when the policy is "
                    + "built, and a part of the Drools DRL compiler is missing from the classpath (" + e.getMessage()
                    + "): do not exclude drools-drl-parser, drools-mvel, mvel2 and their dependencies when you add "
                    + "rules", e);
        }
    }

    private static CompiledRules compile(List<RuleSource> sources) {
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
            // The knowledge base is made of the packages just compiled, in the module's class loader (types the DRL
            // declares live there), as a KieContainer would make it, but without the container: it logs two INFO
            // lines per knowledge base, and a library logs nothing at INFO when a host builds a policy.
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            KieBaseConfiguration configuration = configuration(module.getModuleClassLoader());
            InternalKnowledgeBase knowledgeBase = KnowledgeBaseFactory.newKnowledgeBase(configuration);
            knowledgeBase.addPackages(module.getKnowledgePackagesForKieBase(DEFAULT_KIE_BASE));
            return new CompiledRules(knowledgeBase, declarationOrder(sources));
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /** The folder matching the package a file declares, as Drools expects; the root when it declares none. */
    private static String folderOf(RuleSource source) {
        Matcher declared = PACKAGE.matcher(source.drl());
        return declared.find() ? declared.group(1).replace('.', '/') + "/" : "";
    }

    /**
     * How every knowledge base of a policy is configured, whichever way it is built: facts compare by equality (rules
     * rely on equal derived facts being one), truth maintenance on (drools-tms on the classpath).
     *
     * @return a new configuration
     */
    static KieBaseConfiguration configuration() {
        return configuration(null);
    }

    private static KieBaseConfiguration configuration(ClassLoader classLoader) {
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration(null, classLoader);
        configuration.setOption(EqualityBehaviorOption.EQUALITY);
        return configuration;
    }

    /** Rule names in the order the sources declare them: the handbook's order, used to order explanations. */
    static Map<String, Integer> declarationOrder(List<RuleSource> sources) {
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
