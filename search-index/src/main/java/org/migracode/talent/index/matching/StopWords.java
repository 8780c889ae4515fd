package org.migracode.talent.index.matching;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The commonest function words of English, Spanish and Catalan, plus job-ad boilerplate ("we are
 * looking for", "buscamos", "equipo"), which carry no signal in a query built from free text.
 * Compared accent- and case-insensitively. Shared by the matcher's text query and recruiter search.
 */
public final class StopWords {

    private static final Set<String> WORDS = List.of(
            // English
            "the", "and", "for", "with", "who", "in", "of", "to", "or", "an", "on", "at", "is", "are", "not",
            "you", "your", "our", "will", "that", "this", "from", "have", "has", "what", "into", "about", "their",
            "they", "but", "all", "can", "per", "etc", "also",
            // Spanish
            "el", "la", "los", "las", "de", "del", "y", "o", "en", "con", "para", "por", "que", "un", "una", "uno",
            "como", "mas", "sus", "nuestro", "nuestra", "sera", "tienes", "estamos", "buscamos", "persona", "equipo",
            // Catalan
            "els", "les", "amb", "i", "d", "l", "com", "seu", "seva", "nostre", "nostra", "busquem")
            .stream().collect(Collectors.toUnmodifiableSet());

    private StopWords() {
    }

    /** True for a stop word, whatever its case or accents ("Más" and "mas" alike). */
    public static boolean contains(String word) {
        return WORDS.contains(fold(word));
    }

    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
