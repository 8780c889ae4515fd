package org.migracode.talent.portal.search;

import java.util.Locale;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;
import org.migracode.talent.index.matching.SkillVocabulary;

/**
 * How the search page names an active filter: "React (level 3+)" for {@code skill=react:3},
 * "English B2" for {@code language=en:B2}, rather than the parameter's code. A value that does
 * not parse is shown as typed (the search answers it with its own error).
 */
public record FilterChips(Locale locale) {

    public String skill(String value) {
        if (value == null) {
            return "";
        }
        String name = value.strip();
        String level = null;
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            level = name.substring(colon + 1).strip();
            name = name.substring(0, colon).strip();
        }
        SkillVocabulary vocabulary = SkillVocabulary.shared();
        SkillTaxonomy taxonomy = vocabulary.taxonomy();
        String label = vocabulary.resolve(name).map(id -> taxonomy.label(id, locale)).orElse(name);
        return level == null || level.isEmpty() || level.equals("1") ? label : label + " (" + level + "+)";
    }

    public String language(String value) {
        if (value == null) {
            return "";
        }
        String t = value.strip();
        int colon = t.indexOf(':');
        String code = (colon < 0 ? t : t.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        String level = colon < 0 ? "" : " " + t.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
        return GraduateSearchResponse.languageName(code, locale) + level;
    }
}
