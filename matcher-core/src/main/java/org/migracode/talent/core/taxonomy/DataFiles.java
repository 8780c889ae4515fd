package org.migracode.talent.core.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reading the vocabulary data files this jar ships (the skill taxonomy, the occupations): the
 * bundled resource as UTF-8, and a file's lines. Parsing and validation stay with each loader.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /**
     * Loads the bundled {@code resource} (next to {@code owner}) with {@code loader}, which gets the
     * file's name for its error messages.
     *
     * @param what names the data in the error when the resource is missing ("taxonomy", "occupations")
     */
    public static <T> T loadBundled(Class<?> owner, String resource, String what, BiFunction<String, Reader, T> loader) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled " + what + " not found on the classpath: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return loader.apply(resource.substring(resource.lastIndexOf('/') + 1), reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All lines of {@code reader} (not closed); {@code fileName} is only used in the error message. */
    public static List<String> lines(String fileName, Reader reader) {
        List<String> lines = new ArrayList<>();
        try {
            BufferedReader br = new BufferedReader(reader);
            for (String l = br.readLine(); l != null; l = br.readLine()) {
                lines.add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        return lines;
    }
}
