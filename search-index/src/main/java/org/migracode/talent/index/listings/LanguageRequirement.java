package org.migracode.talent.index.listings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.migracode.talent.core.profile.Cefr;

/** A spoken language a listing requires (ISO 639-1) with the minimum CEFR level. */
@Embeddable
public class LanguageRequirement {

    @Column(name = "language_code", nullable = false, length = 2)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_level", nullable = false, length = 2)
    private Cefr minLevel;

    protected LanguageRequirement() {
    }

    public LanguageRequirement(String code, Cefr minLevel) {
        if (code == null || !code.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("language code must be two lower-case letters (ISO 639-1), got '" + code + "'");
        }
        this.code = code;
        this.minLevel = Objects.requireNonNull(minLevel, "minLevel");
    }

    public String getCode() {
        return code;
    }

    public Cefr getMinLevel() {
        return minLevel;
    }
}
