package org.migracode.talent.index.search;

import java.util.List;
import java.util.Objects;

/**
 * "Did you mean: JavaScript?": the search text with each word that the index does not contain
 * replaced by the vocabulary's name it is a typo of. The results shown already include the
 * corrected words; following the suggestion searches the corrected text itself.
 *
 * @param text        the corrected search text
 * @param corrections which words were read as which names, in text order
 */
public record SpellingSuggestion(String text, List<Correction> corrections) {

    public SpellingSuggestion {
        Objects.requireNonNull(text, "text");
        corrections = List.copyOf(corrections);
    }
}
