package org.migracode.talent.portal.system;

import java.util.Locale;

/** A language's name for people, from its ISO 639-1 code, in the viewer's language ("es" → "Spanish", "Castellano"…). */
public final class LanguageNames {

    private LanguageNames() {
    }

    /** The name with a capital first letter; the code itself when Java knows no name for it. */
    public static String of(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
