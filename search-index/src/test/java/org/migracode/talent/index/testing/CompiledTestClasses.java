package org.migracode.talent.index.testing;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The compiled test classes of a module, for the checks that read them ({@link SlowTags}, {@link SecondLaneRules}). */
final class CompiledTestClasses {

    /** A class file and the binary name of its class (nested classes keep their {@code $}). */
    record ClassFile(Path path, String name) {
    }

    private CompiledTestClasses() {
    }

    /** Every class file in the folder {@code anchor} was compiled into (the module's {@code target/test-classes}), by path. */
    static List<ClassFile> next(Class<?> anchor) throws IOException {
        Path root;
        try {
            root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no class folder for " + anchor, e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class")).sorted()
                    .map(p -> new ClassFile(p, root.relativize(p).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "")))
                    .toList();
        }
    }
}
