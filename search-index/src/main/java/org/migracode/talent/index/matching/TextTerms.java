package org.migracode.talent.index.matching;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns long free text (a job ad, a CV) into a bounded query: its distinct words, lower-cased,
 * without the commonest function words of English, Spanish and Catalan, at most {@code limit}
 * of them in order of first appearance. Lucene limits a query to 1,024 clauses; a pasted job ad
 * has many more words than that once spread over several fields.
 */
final class TextTerms {

    private static final Set<String> STOP = new java.util.HashSet<>(List.of(
            // English
            "the", "and", "for", "with", "you", "your", "our", "are", "will", "that", "this", "from", "have", "has",
            "who", "what", "into", "about", "their", "they", "not", "but", "all", "can", "per", "etc", "also",
            // Spanish
            "los", "las", "del", "para", "con", "una", "uno", "por", "que", "como", "más", "mas", "sus", "nuestro",
            "nuestra", "será", "sera", "tienes", "estamos", "buscamos", "persona", "equipo",
            // Catalan
            "els", "les", "amb", "com", "més", "seu", "seva", "nostre", "nostra", "busquem"));

    private TextTerms() {
    }

    static String of(String text, int limit) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Set<String> words = new LinkedHashSet<>();
        for (String raw : text.split("[^\\p{L}\\p{N}+#]+")) {
            String w = raw.toLowerCase(Locale.ROOT);
            if (w.length() < 2 || STOP.contains(w) || STOP.contains(fold(w))) {
                continue;
            }
            words.add(w);
            if (words.size() >= limit) {
                break;
            }
        }
        return String.join(" ", words);
    }

    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    static List<String> split(String terms) {
        return terms.isEmpty() ? List.of() : List.of(terms.split(" "));
    }
}
