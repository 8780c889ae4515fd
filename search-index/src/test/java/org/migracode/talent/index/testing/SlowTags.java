package org.migracode.talent.index.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the {@code *IT} classes of a module that use a slow kind of fixture (chromium, a child JVM,
 * OpenSearch, the bad-input corpus) without being {@link Slow}, so that {@code ./mvnw -B verify -Pquick}
 * stays quick when tests are added. Reads the compiled test classes: a class uses a type when its
 * constant pool names it, in its own code or in a nested class or lambda.
 */
public final class SlowTags {

    /**
     * @param using the {@code *IT} classes that name one of the slow types
     * @param untagged those of them that are not {@link Slow}, directly or through a superclass
     */
    public record Scan(Set<String> using, List<String> untagged) {
    }

    private SlowTags() {
    }

    /**
     * Scans the test classes compiled next to {@code anchor} (the module's {@code target/test-classes})
     * for the {@code *IT} classes that name one of {@code slowTypes} (binary class names).
     */
    public static Scan scan(Class<?> anchor, List<String> slowTypes) throws IOException, ClassNotFoundException {
        // the internal name, not followed by more of a name (Browser, not BrowserTestBase)
        List<Pattern> named = slowTypes.stream()
                .map(t -> Pattern.compile(Pattern.quote(t.replace('.', '/')) + "(?![\\w$])")).toList();
        Set<String> using = new TreeSet<>();
        for (CompiledTestClasses.ClassFile file : CompiledTestClasses.next(anchor)) {
            String topLevel = file.name().contains("$") ? file.name().substring(0, file.name().indexOf('$')) : file.name();
            if (!topLevel.endsWith("IT")) {
                continue;
            }
            String constants = new String(Files.readAllBytes(file.path()), StandardCharsets.ISO_8859_1);
            if (named.stream().anyMatch(p -> p.matcher(constants).find())) {
                using.add(topLevel);
            }
        }
        List<String> untagged = new ArrayList<>();
        for (String c : using) {
            if (!Class.forName(c, false, anchor.getClassLoader()).isAnnotationPresent(Slow.class)) {
                untagged.add(c);
            }
        }
        return new Scan(using, untagged);
    }
}
