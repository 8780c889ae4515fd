package org.migracode.talent.core.profile;

import java.util.Objects;

/** A spoken language a listing requires: ISO 639-1 code (stored lowercase) and minimum CEFR level. */
public record LanguageRequirement(String isoCode, Cefr level) {

    public LanguageRequirement {
        isoCode = ProfileLists.isoCode(isoCode);
        Objects.requireNonNull(level, "level");
    }
}
