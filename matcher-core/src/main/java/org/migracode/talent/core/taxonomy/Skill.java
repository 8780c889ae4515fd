package org.migracode.talent.core.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One skill of the taxonomy.
 *
 * @param id              canonical id
 * @param labels          display labels in English, Spanish and Catalan
 * @param aliases         other spellings as written in the data file (not normalised)
 * @param category        kind of skill
 * @param implies         skills this one directly implies (React implies JavaScript); not transitive
 * @param escoUri         ESCO concept URI, or {@code null} when ESCO has no concept for exactly this skill
 * @param ambiguousForms  normalised surface forms (see {@link TermTokenizer#key}) that are only
 *                        accepted in free text under the given rule
 */
public record Skill(
        SkillId id,
        SkillLabels labels,
        List<String> aliases,
        SkillCategory category,
        Set<SkillId> implies,
        String escoUri,
        Map<String, AmbiguityRule> ambiguousForms) {

    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(category, "category");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        implies = implies == null ? Set.of() : Set.copyOf(implies);
        ambiguousForms = ambiguousForms == null ? Map.of() : Map.copyOf(ambiguousForms);
        if (escoUri != null && escoUri.isBlank()) {
            escoUri = null;
        }
        if (escoUri != null && !escoUri.startsWith("http://data.europa.eu/esco/skill/")) {
            throw new IllegalArgumentException("ESCO URI must start with http://data.europa.eu/esco/skill/, got '" + escoUri + "'");
        }
        if (implies.contains(id)) {
            throw new IllegalArgumentException("skill '" + id + "' must not imply itself");
        }
    }

    /** The label for the locale's language (es, ca; anything else is English). */
    public String label(Locale locale) {
        return labels.forLocale(locale);
    }

    public Optional<String> esco() {
        return Optional.ofNullable(escoUri);
    }
}
