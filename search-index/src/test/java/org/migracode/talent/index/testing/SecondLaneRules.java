package org.migracode.talent.index.testing;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * The two rules of {@link SecondLane} that can be read from the compiled test classes of a module:
 * a second-lane class with more than one test runs them one after another, and a second-lane class
 * with a Spring test context shares it with no other class (Spring caches a context by its merged
 * configuration, so two classes with equal configurations get the same database).
 */
public final class SecondLaneRules {

    /**
     * @param secondLane the {@code *IT} classes of the module marked {@link SecondLane}
     * @param broken one line per rule broken, naming the class (and the method or the other class)
     */
    public record Check(List<String> secondLane, List<String> broken) {
    }

    private SecondLaneRules() {
    }

    /** Checks the {@code *IT} classes compiled next to {@code anchor} (the module's {@code target/test-classes}). */
    public static Check check(Class<?> anchor) throws IOException, ClassNotFoundException {
        List<Class<?>> classes = integrationTests(anchor);
        List<String> secondLane = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        Map<MergedContextConfiguration, List<String>> byContext = new HashMap<>();
        for (Class<?> c : classes) {
            MergedContextConfiguration context = usesTestcontainers(c) ? null : springContext(c);
            if (context != null) {
                byContext.computeIfAbsent(context, k -> new ArrayList<>()).add(c.getName());
            }
        }
        for (Class<?> c : classes) {
            if (!c.isAnnotationPresent(SecondLane.class)) {
                continue;
            }
            secondLane.add(c.getName());
            List<Method> tests = new ArrayList<>();
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Test.class)) {
                    tests.add(m);
                }
            }
            if (tests.size() > 1) {
                for (Method m : tests) {
                    Execution mode = m.getAnnotation(Execution.class);
                    if (mode == null || mode.value() != ExecutionMode.SAME_THREAD) {
                        broken.add(c.getName() + "#" + m.getName() + " has no @Execution(SAME_THREAD): it would run at the same time"
                                + " as the class's other tests");
                    }
                }
            }
            MergedContextConfiguration context = springContext(c);
            if (context != null) {
                for (String other : byContext.get(context)) {
                    if (!other.equals(c.getName())) {
                        broken.add(c.getName() + " shares its Spring test context (and database) with " + other);
                    }
                }
            }
        }
        return new Check(secondLane, broken);
    }

    /**
     * Whether the class names a Testcontainers type. Its context is not built here: Spring Boot reads a
     * {@code @ServiceConnection} container from its static field, which would start (or, without
     * Docker, fail to pull) a container in a unit test. Such a context has that container in its
     * configuration, so it is never the same as a second-lane class's anyway.
     */
    private static boolean usesTestcontainers(Class<?> c) throws IOException {
        try (var in = c.getClassLoader().getResourceAsStream(c.getName().replace('.', '/') + ".class")) {
            return in != null && new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains("org/testcontainers/");
        }
    }

    private static MergedContextConfiguration springContext(Class<?> c) {
        boolean spring = AnnotatedElementUtils.hasAnnotation(c, BootstrapWith.class)
                || AnnotatedElementUtils.hasAnnotation(c, ContextConfiguration.class);
        return spring ? BootstrapUtils.resolveTestContextBootstrapper(c).buildMergedContextConfiguration() : null;
    }

    private static List<Class<?>> integrationTests(Class<?> anchor) throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (CompiledTestClasses.ClassFile file : CompiledTestClasses.next(anchor)) {
            if (file.name().endsWith("IT")) {
                classes.add(Class.forName(file.name(), false, anchor.getClassLoader()));
            }
        }
        return classes;
    }
}
