package org.migracode.talent.core.taxonomy;

import java.util.Locale;

/**
 * The display labels of a skill. English is required; Spanish and Catalan fall back to English
 * when the data file leaves them empty (most product names are not translated).
 */
public record SkillLabels(String en, String es, String ca) {

    public SkillLabels {
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("English label must not be blank");
        }
        es = es == null || es.isBlank() ? en : es;
        ca = ca == null || ca.isBlank() ? en : ca;
    }

    /** The label for the locale's language: Spanish, Catalan, otherwise English. */
    public String forLocale(Locale locale) {
        String lang = locale == null ? "en" : locale.getLanguage();
        return switch (lang) {
            case "es" -> es;
            case "ca" -> ca;
            default -> en;
        };
    }
}
