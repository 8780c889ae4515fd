package org.migracode.talent.core.scoring;

import java.util.Objects;
import org.migracode.talent.core.profile.Cefr;

/**
 * How the graduate fits one required spoken language.
 *
 * @param code     ISO 639-1 code
 * @param required the level required
 * @param actual   the graduate's level, or {@code null} when not stated
 * @param value    1 when met, 0.5 one CEFR step below, 0.2 two steps below, else 0
 */
public record LanguageFit(String code, Cefr required, Cefr actual, double value) {

    public LanguageFit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(required, "required");
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("language fit must be in [0, 1], got " + value);
        }
    }

    public boolean met() {
        return actual != null && actual.compareTo(required) >= 0;
    }
}
