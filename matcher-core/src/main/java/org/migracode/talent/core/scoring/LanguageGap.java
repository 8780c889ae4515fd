package org.migracode.talent.core.scoring;

import java.util.Objects;
import org.migracode.talent.core.profile.Cefr;

/**
 * A required spoken language the graduate does not meet.
 *
 * @param code     ISO 639-1 code
 * @param required the level required
 * @param actual   the graduate's level, or {@code null} when not stated
 */
public record LanguageGap(String code, Cefr required, Cefr actual) {

    public LanguageGap {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(required, "required");
    }
}
