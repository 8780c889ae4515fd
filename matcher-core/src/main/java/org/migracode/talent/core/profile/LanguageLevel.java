package org.migracode.talent.core.profile;

import java.util.Objects;

/** A spoken language a graduate speaks: ISO 639-1 code (stored lowercase) and CEFR level. */
public record LanguageLevel(String isoCode, Cefr level) {

    public LanguageLevel {
        isoCode = ProfileLists.isoCode(isoCode);
        Objects.requireNonNull(level, "level");
    }
}
