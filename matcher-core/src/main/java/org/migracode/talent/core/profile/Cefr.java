package org.migracode.talent.core.profile;

import org.migracode.talent.core.input.InvalidInputException;
import java.util.Locale;

/**
 * A spoken-language level on the Common European Framework of Reference scale, A1 (lowest) to C2.
 * The ordinal is the scale position, so {@code compareTo} orders levels.
 */
public enum Cefr {
    A1, A2, B1, B2, C1, C2;

    /** Steps from {@code this} up to {@code required}; 0 when this level already meets it. */
    public int stepsBelow(Cefr required) {
        return Math.max(0, required.ordinal() - ordinal());
    }

    /** Parses "b2", " B2 " or "B2"; native speakers written as "native" or "C2+" count as C2. */
    public static Cefr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("cefr.empty", "CEFR level must be one of A1, A2, B1, B2, C1, C2, got empty text");
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("NATIVE") || t.equals("C2+")) {
            return C2;
        }
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cefr.invalid", "CEFR level must be one of A1, A2, B1, B2, C1, C2, got ''{0}''", text);
        }
    }
}
