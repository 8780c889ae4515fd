package org.migracode.talent.index.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns long free text (a job ad, a CV) into a bounded query: its distinct words, lower-cased,
 * without {@link StopWords}, at most {@code limit}
 * of them in order of first appearance. Lucene limits a query to 1,024 clauses; a pasted job ad
 * has many more words than that once spread over several fields.
 */
final class TextTerms {

    private TextTerms() {
    }

    static String of(String text, int limit) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Set<String> words = new LinkedHashSet<>();
        for (String raw : text.split("[^\\p{L}\\p{N}+#]+")) {
            String w = raw.toLowerCase(Locale.ROOT);
            if (w.length() < 2 || StopWords.contains(w)) {
                continue;
            }
            words.add(w);
            if (words.size() >= limit) {
                break;
            }
        }
        return String.join(" ", words);
    }

    static List<String> split(String terms) {
        return terms.isEmpty() ? List.of() : List.of(terms.split(" "));
    }
}
