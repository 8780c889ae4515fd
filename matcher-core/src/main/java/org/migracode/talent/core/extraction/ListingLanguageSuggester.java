package org.migracode.talent.core.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.taxonomy.TermTokenizer;
import org.migracode.talent.core.taxonomy.Token;

/**
 * Reads a listing's spoken-language requirements from its text: a language name (English,
 * Spanish or Catalan words for it) with a CEFR level next to it, in either order —
 * "Imprescindible castellano B2 e inglés B1", "English (C1)", "nivel B2 de inglés", "català nivell
 * C1". A language named without a level is not a requirement the text states, so it is left out;
 * "native" / "nativo" / "natiu" counts as C2. The first level found for a language wins.
 *
 * <p>Cost: one tokenisation of the text. Thread-safe.
 */
public final class ListingLanguageSuggester {

    /** How far (in words) a level may stand from the language it belongs to. */
    static final int WINDOW = 3;

    private static final Map<String, String> NAMES = names();
    private static final Set<String> NATIVE = Set.of("native", "nativo", "nativa", "natiu", "nadiu", "nadiua");

    /** One requirement: ISO 639-1 code and minimum level. */
    public record LanguageSuggestion(String code, Cefr minLevel) {
        public LanguageSuggestion {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(minLevel, "minLevel");
        }
    }

    /** The requirements {@code text} states, in order of first mention; empty for null or blank text. */
    public List<LanguageSuggestion> suggest(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Token> tokens = TermTokenizer.tokenize(text);
        Map<String, Cefr> found = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String code = NAMES.get(tokens.get(i).term());
            if (code == null || found.containsKey(code)) {
                continue;
            }
            Cefr level = levelNear(text, tokens, i);
            if (level != null) {
                found.put(code, level);
            }
        }
        List<LanguageSuggestion> out = new ArrayList<>();
        found.forEach((code, level) -> out.add(new LanguageSuggestion(code, level)));
        return out;
    }

    /**
     * The nearest level within {@link #WINDOW} words after the name, else before it, not passing
     * another language name or the end of a sentence.
     */
    private static Cefr levelNear(String text, List<Token> tokens, int at) {
        for (int k = at + 1; k < tokens.size() && k <= at + WINDOW; k++) {
            if (NAMES.containsKey(tokens.get(k).term()) || sentenceBetween(text, tokens.get(k - 1), tokens.get(k))) {
                break;
            }
            Cefr level = level(tokens.get(k).term());
            if (level != null) {
                return level;
            }
        }
        for (int k = at - 1; k >= 0 && k >= at - WINDOW; k--) {
            if (NAMES.containsKey(tokens.get(k).term()) || sentenceBetween(text, tokens.get(k), tokens.get(k + 1))) {
                break;
            }
            Cefr level = level(tokens.get(k).term());
            if (level != null) {
                return level;
            }
        }
        return null;
    }

    private static boolean sentenceBetween(String text, Token a, Token b) {
        String gap = text.substring(a.end(), b.start());
        return gap.indexOf('.') >= 0 || gap.indexOf(';') >= 0 || gap.indexOf('\n') >= 0;
    }

    private static Cefr level(String term) {
        if (NATIVE.contains(term)) {
            return Cefr.C2;
        }
        if (term.length() == 2 && (term.charAt(0) == 'a' || term.charAt(0) == 'b' || term.charAt(0) == 'c')
                && term.charAt(1) >= '1' && term.charAt(1) <= '2') {
            return Cefr.valueOf(term.toUpperCase(java.util.Locale.ROOT));
        }
        return null;
    }

    /** Language names as normalised terms (lower case, no accents) in English, Spanish and Catalan. */
    private static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "es", "spanish", "castellano", "espanol", "castella", "espanyol");
        put(m, "en", "english", "ingles", "angles");
        put(m, "ca", "catalan", "catala");
        put(m, "fr", "french", "frances", "frances");
        put(m, "de", "german", "aleman", "alemany");
        put(m, "it", "italian", "italiano", "italia");
        put(m, "pt", "portuguese", "portugues");
        put(m, "ar", "arabic", "arabe", "arab");
        put(m, "uk", "ukrainian", "ucraniano", "ucraines");
        put(m, "ru", "russian", "ruso", "rus");
        put(m, "ro", "romanian", "rumano", "romanes");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String code, String... words) {
        for (String w : words) {
            m.put(TermTokenizer.key(w), code);
        }
    }
}
