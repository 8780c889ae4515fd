package org.migracode.talent.core.occupation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillLabels;

/**
 * One occupation of the vocabulary.
 *
 * @param id       lowercase id ({@code frontend})
 * @param labels   display labels in English, Spanish and Catalan
 * @param variants ways of writing it, as in the data file (not normalised)
 * @param implies  occupations this one is a kind of, directly (a frontend developer is a developer)
 * @param skill    the taxonomy skill naming the same work, or {@code null}
 */
public record Occupation(String id, SkillLabels labels, List<String> variants, Set<String> implies, SkillId skill) {

    public Occupation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labels, "labels");
        if (!id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("occupation id must be [a-z0-9-]+, got '" + id + "'");
        }
        variants = variants == null ? List.of() : List.copyOf(variants);
        implies = implies == null ? Set.of() : Set.copyOf(implies);
        if (implies.contains(id)) {
            throw new IllegalArgumentException("occupation '" + id + "' must not imply itself");
        }
    }

    /** The label for the locale's language (es, ca; anything else is English). */
    public String label(Locale locale) {
        return labels.forLocale(locale);
    }
}
