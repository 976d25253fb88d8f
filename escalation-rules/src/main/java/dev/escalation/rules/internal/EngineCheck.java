package dev.escalation.rules.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Checks, before Drools is touched, that the engine parts Drools finds through {@link ServiceLoader} files
 * ({@code META-INF/services/...}) are all registered. Several Drools jars ship a file of the same name (two name a
 * {@code org.drools.wiring.api.ComponentsSupplier}); an uber jar built without merging them keeps one, and Drools
 * then fails far from the cause, e.g. as 35 KB of rule-compile errors. This check names the missing entry and the fix
 * in one line instead.
 *
 * <p>Each path checks only what it was seen to need: with every other entry hidden one at a time, the standard rules
 * (the executable model) need {@code KieServices}, the run-time component factory, one components supplier (the
 * static one suffices) and truth maintenance; compiling DRL at run time needs the MVEL, compiler and dynamic-wiring
 * parts as well. An entry is only required when its class is on the classpath: a jar left out on purpose is not
 * reported here.
 */
public final class EngineCheck {

    /** Which way a knowledge base is built. */
    public enum Use {
        /** The standard rules, from the executable model generated at build time: no DRL compiling. */
        GENERATED,
        /** DRL compiled at run time: a policy with added rules. */
        COMPILED
    }

    /**
     * One implementation a Drools jar names in one of its service files.
     *
     * @param service        the service interface, also the file's name under {@code META-INF/services/}
     * @param implementation the class the jar names in it
     * @param artifact       the jar that ships it
     * @param neededBy       the uses that fail without it (none: seen to work without it)
     * @param alternative    another implementation that serves as well when named instead, or {@code null}
     */
    record Entry(String service, String implementation, String artifact, Set<Use> neededBy, String alternative) {
    }

    private static final Set<Use> BOTH = Set.of(Use.GENERATED, Use.COMPILED);
    private static final Set<Use> COMPILING = Set.of(Use.COMPILED);
    private static final Set<Use> NEITHER = Set.of();

    /**
     * Every service entry of the Drools 10.1 jars on this library's runtime classpath ({@code EngineCheckTest} fails,
     * naming what to add, when an upgrade ships another), and which use needs it.
     */
    static final List<Entry> ENTRIES = List.of(
            new Entry("org.kie.api.KieServices", "org.drools.compiler.kie.builder.impl.KieServicesImpl",
                    "drools-compiler", BOTH, null),
            new Entry("org.drools.core.reteoo.RuntimeComponentFactory",
                    "org.drools.kiesession.factory.RuntimeComponentFactoryImpl", "drools-kiesession", BOTH, null),
            // drools-wiring-static and drools-wiring-dynamic both ship this file: the one an unmerged uber jar loses.
            // The executable model runs with either; compiling DRL needs the dynamic one.
            new Entry("org.drools.wiring.api.ComponentsSupplier", "org.drools.wiring.statics.StaticComponentsSupplier",
                    "drools-wiring-static", Set.of(Use.GENERATED), "org.drools.wiring.dynamic.DynamicComponentsSupplier"),
            new Entry("org.drools.wiring.api.ComponentsSupplier", "org.drools.wiring.dynamic.DynamicComponentsSupplier",
                    "drools-wiring-dynamic", COMPILING, null),
            // Truth maintenance: not seen to fail without it, but conclusions drawn from an absence would no longer be
            // withdrawn; a wrong answer is worse than a refusal.
            new Entry("org.drools.core.common.TruthMaintenanceSystemFactory",
                    "org.drools.tms.TruthMaintenanceSystemFactoryImpl", "drools-tms", BOTH, null),
            new Entry("org.drools.core.reteoo.AgendaComponentFactory",
                    "org.drools.tms.TruthMaintenanceSystemAgendaComponentFactory", "drools-tms", BOTH, null),
            new Entry("org.drools.kiesession.factory.KnowledgeHelperFactory",
                    "org.drools.tms.TruthMaintenanceSystemKnowledgeHelperFactoryImpl", "drools-tms", BOTH, null),
            new Entry("org.drools.base.base.CoreComponentsBuilder", "org.drools.mvel.MVELCoreComponentsBuilder",
                    "drools-mvel", COMPILING, null),
            new Entry("org.drools.compiler.rule.builder.ConstraintBuilder", "org.drools.mvel.MVELConstraintBuilder",
                    "drools-mvel", COMPILING, null),
            new Entry("org.drools.core.base.FieldAccessorFactory", "org.drools.mvel.asm.ClassFieldAccessorFactory",
                    "drools-mvel", COMPILING, null),
            new Entry("org.drools.core.reteoo.CoreComponentFactory", "org.drools.mvel.MVELCoreComponentFactory",
                    "drools-mvel", COMPILING, null),
            new Entry("org.drools.compiler.kie.builder.impl.KieBaseUpdaters",
                    "org.drools.compiler.kie.builder.impl.KieBaseUpdatersImpl", "drools-compiler", COMPILING, null),
            new Entry("org.kie.internal.builder.KnowledgeBuilderFactoryService",
                    "org.drools.compiler.builder.impl.KnowledgeBuilderFactoryServiceImpl", "drools-compiler", COMPILING,
                    null),
            // Seen to work without these on both paths: listed so that the table stays complete, not checked.
            new Entry("org.drools.compiler.builder.impl.classbuilder.ClassBuilderFactory",
                    "org.drools.mvel.asm.DefaultClassBuilderFactory", "drools-mvel", NEITHER, null),
            new Entry("org.drools.compiler.kie.builder.impl.InternalKieModuleProvider",
                    "org.drools.modelcompiler.CanonicalKieModuleProvider", "drools-model-compiler", NEITHER, null),
            new Entry("org.kie.api.concurrent.KieExecutors", "org.drools.core.concurrent.ExecutorProviderImpl",
                    "drools-core", NEITHER, null),
            new Entry("org.kie.api.internal.assembler.KieAssemblers", "org.kie.internal.services.KieAssemblersImpl",
                    "kie-internal", NEITHER, null),
            new Entry("org.kie.api.internal.runtime.KieRuntimes", "org.kie.internal.services.KieRuntimesImpl",
                    "kie-internal", NEITHER, null),
            new Entry("org.kie.api.internal.weaver.KieWeavers", "org.kie.internal.services.KieWeaversImpl",
                    "kie-internal", NEITHER, null),
            new Entry("org.kie.api.io.KieResources", "org.drools.io.ResourceFactoryServiceImpl", "drools-io", NEITHER,
                    null),
            new Entry("org.kie.internal.builder.JaxbConfigurationFactoryService",
                    "org.drools.compiler.builder.impl.JaxbConfigurationFactoryServiceImpl", "drools-compiler", NEITHER,
                    null));

    /** The outcome per use for this library's class loader: checked once per JVM, then remembered. */
    private static final Map<Use, Optional<String>> CHECKED = new EnumMap<>(Use.class);

    private EngineCheck() {
    }

    /**
     * @param use the way the knowledge base is about to be built
     * @throws IllegalStateException with one line naming the missing service entries and the fix, when an engine part
     *                               that use needs is on the classpath but not registered
     */
    public static void require(Use use) {
        Optional<String> problem;
        synchronized (CHECKED) {
            problem = CHECKED.computeIfAbsent(use, u -> check(EngineCheck.class.getClassLoader(), u));
        }
        if (problem.isPresent()) {
            throw new IllegalStateException(problem.get());
        }
    }

    /**
     * @param loader where Drools will look
     * @param use    the way the knowledge base is about to be built
     * @return the one-line problem, or empty when every part that use needs is registered
     */
    static Optional<String> check(ClassLoader loader, Use use) {
        List<String> missing = new ArrayList<>();
        Map<String, Set<String>> named = new HashMap<>();
        for (Entry entry : ENTRIES) {
            if (!entry.neededBy().contains(use) || !loadable(loader, entry.implementation())) {
                continue;
            }
            Set<String> registered = named.computeIfAbsent(entry.service(), service -> registered(loader, service));
            if (!registered.contains(entry.implementation())
                    && (entry.alternative() == null || !registered.contains(entry.alternative()))) {
                missing.add("META-INF/services/" + entry.service() + " does not name " + entry.implementation()
                        + " (" + entry.artifact() + ")");
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Drools is incomplete on this classpath: " + String.join(", and ", missing)
                + (missing.size() == 1 ? ", which is here" : ", which are here")
                + "; a shaded jar must merge service files (maven-shade-plugin: ServicesResourceTransformer), see "
                + "'Shaded jars' in docs/packaging.md");
    }

    /** The classes every copy of the service's file names, as ServiceLoader reads them (none are instantiated). */
    private static Set<String> registered(ClassLoader loader, String service) {
        Set<String> names = new HashSet<>();
        try {
            Class<?> type = Class.forName(service, false, loader);
            ServiceLoader.load(type, loader).stream().forEach(provider -> names.add(provider.type().getName()));
        } catch (ClassNotFoundException | LinkageError | ServiceConfigurationError e) {
            // Unreadable counts as not named: the entry is reported as missing.
        }
        return names;
    }

    private static boolean loadable(ClassLoader loader, String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
