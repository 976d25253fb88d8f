package dev.escalation.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.drools.model.Model;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The standard rules as the executable model that kie-maven-plugin generated from their DRL at build time: Java
 * classes, turned into a knowledge base without parsing DRL or compiling anything. Loading checks that the model was
 * generated from the very DRL text on the classpath (the build stores a SHA-256 of each file beside the model), and
 * that it holds exactly the rules that text declares; a model older than its DRL is refused, never run.
 */
public final class GeneratedModel {

    private static final String INDEX = "/dev/escalation/rules/generated-model.properties";
    private static final String DIGESTS = "/dev/escalation/rules/generated-from/";
    private static final String HEADER = "Drools-Model-Version:";

    private final List<String> classNames;
    private final List<RuleSource> sources;

    private GeneratedModel(List<String> classNames, List<RuleSource> sources) {
        this.classNames = classNames;
        this.sources = sources;
    }

    /**
     * @param standard the standard rule files, read from the classpath with their digests
     * @return the model generated from them
     * @throws IllegalStateException when there is no generated model, or it was generated from other DRL text
     */
    public static GeneratedModel of(StandardRules standard) {
        List<String> stale = new ArrayList<>();
        for (RuleSource source : standard.sources()) {
            String generatedFrom = read(DIGESTS + source.name() + ".sha256");
            if (generatedFrom == null) {
                stale.add(source.name() + " has no generated model");
            } else if (!generatedFrom.strip().equalsIgnoreCase(standard.digest(source.name()))) {
                stale.add(source.name() + " changed after the model was generated");
            }
        }
        if (!stale.isEmpty()) {
            throw stale(String.join("; ", stale));
        }
        String index = readProperty(INDEX, "index");
        String listing = read("/" + index);
        if (listing == null) {
            throw stale("the model index " + index + " is missing");
        }
        List<String> classNames = listing.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith(HEADER) && !line.endsWith(".class")).toList();
        return new GeneratedModel(classNames, standard.sources());
    }

    /**
     * Builds a knowledge base of every standard rule: compares facts by equality, with truth maintenance, like the
     * one compiled from DRL at run time. Each call builds a new one.
     *
     * @return the knowledge base and the rules' declaration order
     * @throws IllegalStateException when the model does not hold exactly the rules the DRL declares
     */
    public CompiledRules knowledgeBase() {
        List<Model> models = models();
        Map<String, Integer> declared = RuleBase.declarationOrder(sources);
        Set<String> inModel = new TreeSet<>();
        models.forEach(model -> model.getRules().forEach(rule -> inModel.add(rule.getName())));
        if (!inModel.equals(declared.keySet())) {
            Set<String> onlyInModel = new TreeSet<>(inModel);
            onlyInModel.removeAll(declared.keySet());
            Set<String> onlyInDrl = new TreeSet<>(declared.keySet());
            onlyInDrl.removeAll(inModel);
            throw stale("rules only in the model " + onlyInModel + ", only in the DRL " + onlyInDrl);
        }
        return new CompiledRules(build(models), declared);
    }

    /**
     * @param files some of the standard files
     * @return a knowledge base of the rules those files declare only, with the queries and type metadata of the whole
     *         model: what compiling those files alone gives, for tests of a few files
     */
    public CompiledRules knowledgeBase(List<RuleSource> files) {
        Set<String> ruleNames = RuleBase.declarationOrder(files).keySet();
        List<Model> kept = new ArrayList<>();
        for (Model model : models()) {
            ModelImpl part = new ModelImpl(model.getName());
            model.getRules().stream().filter(rule -> ruleNames.contains(rule.getName())).forEach(part::addRule);
            model.getQueries().forEach(part::addQuery);
            model.getGlobals().forEach(part::addGlobal);
            model.getTypeMetaDatas().forEach(part::addTypeMetaData);
            kept.add(part);
        }
        return new CompiledRules(build(kept), RuleBase.declarationOrder(sources));
    }

    private static KieBase build(List<Model> models) {
        return KieBaseBuilder.createKieBaseFromModel(models, RuleBase.configuration());
    }

    /** A new instance of every model class: each knowledge base gets rule objects of its own. */
    private List<Model> models() {
        List<Model> models = new ArrayList<>(classNames.size());
        for (String className : classNames) {
            try {
                Class<?> type = Class.forName(className, true, GeneratedModel.class.getClassLoader());
                models.add((Model) type.getDeclaredConstructor().newInstance());
            } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                     | InvocationTargetException | ClassCastException e) {
                throw new IllegalStateException("the generated rule model " + className + " cannot be loaded", e);
            }
        }
        return models;
    }

    private static IllegalStateException stale(String why) {
        return new IllegalStateException("the executable model of the standard rules does not match their DRL (" + why
                + "): build escalation-rules again with Maven, which generates it");
    }

    private static String read(String resource) {
        try (InputStream in = GeneratedModel.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String readProperty(String resource, String key) {
        String text = read(resource);
        if (text == null) {
            throw stale(resource + " is missing");
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties.getProperty(key);
    }
}
