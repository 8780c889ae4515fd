package org.migracode.talent.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The language a text is written in, guessed from its commonest function words: English,
 * Spanish, Catalan, or {@link #OTHER} when none of them is clearly there (German, a bare list of
 * technologies, a very short text). Cheap (one pass over the words), deterministic, never throws.
 *
 * <p>Spanish and Catalan share many function words ("de", "la", "que"), so only the words that
 * tell them apart are counted ("y", "los", "con", "para" against "i", "els", "amb", "per"). A text
 * needs at least {@value #MIN_HITS} such words and more of its own language's than of any other;
 * a tie is {@link #OTHER}.
 */
public enum TextLanguage {
    ENGLISH("en"),
    SPANISH("es"),
    CATALAN("ca"),
    OTHER("");

    static final int MIN_HITS = 2;

    private static final Set<String> EN = Set.of("the", "and", "of", "to", "is", "are", "with", "for", "on", "that",
            "this", "be", "as", "by", "from", "an", "will", "have", "you", "we", "our", "your", "it", "in", "or", "at");
    private static final Set<String> ES = Set.of("y", "los", "las", "con", "para", "por", "como", "pero", "muy",
            "mas", "esta", "este", "sus", "del", "el", "tambien", "desde", "nuestro", "nuestra", "ser", "sobre");
    private static final Set<String> CA = Set.of("i", "els", "les", "amb", "per", "com", "pero", "molt", "dels",
            "seu", "seva", "tambe", "des", "nostre", "nostra", "aquest", "aquesta", "ser", "sobre", "del", "el");

    private final String isoCode;

    TextLanguage(String isoCode) {
        this.isoCode = isoCode;
    }

    /** ISO 639-1 code, empty for {@link #OTHER}. */
    public String isoCode() {
        return isoCode;
    }

    /** The language of {@code text}; {@link #OTHER} for null, blank or undecided text. */
    public static TextLanguage detect(String text) {
        if (text == null || text.isBlank()) {
            return OTHER;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        int en = 0;
        int es = 0;
        int ca = 0;
        for (String w : folded.split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (EN.contains(w)) {
                en++;
            }
            if (ES.contains(w)) {
                es++;
            }
            if (CA.contains(w)) {
                ca++;
            }
        }
        int best = Math.max(en, Math.max(es, ca));
        if (best < MIN_HITS) {
            return OTHER;
        }
        if (en == best && es < best && ca < best) {
            return ENGLISH;
        }
        if (es == best && en < best && ca < best) {
            return SPANISH;
        }
        if (ca == best && en < best && es < best) {
            return CATALAN;
        }
        return OTHER;
    }
}
