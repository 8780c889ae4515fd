package org.migracode.talent.index.search;

import org.migracode.talent.core.input.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import org.migracode.talent.core.profile.Cefr;

/** "Speaks {@code code} (ISO 639-1) at {@code minLevel} or better". */
public record LanguageFilter(String code, Cefr minLevel) {

    public LanguageFilter {
        Objects.requireNonNull(minLevel, "minLevel");
        if (code == null || !code.matches("[a-z]{2}")) {
            throw new InvalidInputException("language.code", "language must be a two-letter ISO 639-1 code such as ''en'', got ''{0}''", code);
        }
    }

    /** Parses {@code en} (any level) or {@code en:B2}; {@code defaultLevel} applies when no level is written. */
    public static LanguageFilter parse(String text, Cefr defaultLevel) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("language.blank", "language must not be blank");
        }
        String t = text.strip();
        int colon = t.indexOf(':');
        String code = (colon < 0 ? t : t.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        Cefr level = colon < 0 ? (defaultLevel == null ? Cefr.A1 : defaultLevel) : Cefr.parse(t.substring(colon + 1));
        return new LanguageFilter(code, level);
    }
}
