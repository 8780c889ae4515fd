package org.migracode.talent.index.graduates;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.migracode.talent.core.profile.Cefr;

/** A language someone speaks (ISO 639-1 code) at a CEFR level. */
@Embeddable
public class SpokenLanguage {

    @Column(name = "language_code", nullable = false, length = 2)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Cefr level;

    protected SpokenLanguage() {
    }

    public SpokenLanguage(String code, Cefr level) {
        if (code == null || !code.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("language code must be two lower-case letters (ISO 639-1), got '" + code + "'");
        }
        this.code = code;
        this.level = Objects.requireNonNull(level, "level");
    }

    public String getCode() {
        return code;
    }

    public Cefr getLevel() {
        return level;
    }
}
