package org.migracode.talent.index.search;

import org.migracode.talent.core.input.InvalidInputException;
import java.util.Locale;

/** How search results are ordered. */
public enum GraduateSort {
    /** Best match first. */
    RELEVANCE,
    /** Soonest available first; graduates without a date count as available now. */
    AVAILABILITY;

    /** Parses {@code relevance} or {@code availability} in any case; blank gives {@link #RELEVANCE}. */
    public static GraduateSort parse(String text) {
        if (text == null || text.isBlank()) {
            return RELEVANCE;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sort.invalid", "sort must be ''relevance'' or ''availability'', got ''{0}''", text);
        }
    }
}
