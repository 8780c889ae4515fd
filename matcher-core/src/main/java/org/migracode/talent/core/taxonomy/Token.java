package org.migracode.talent.core.taxonomy;

/**
 * One term of a text, as produced by {@link TermTokenizer}.
 *
 * @param term            normalised form: lowercase, accents removed, inner dots removed
 *                        ("Node.js" gives {@code nodejs}, "Acción" gives {@code accion})
 * @param start           offset of the first char in the original text (inclusive)
 * @param end             offset after the last char in the original text (exclusive)
 * @param capitalised     the original contains at least one upper-case letter
 * @param sentenceInitial the term opens a sentence, a line, a list item or the text
 */
public record Token(String term, int start, int end, boolean capitalised, boolean sentenceInitial) {
}
