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
 * @param joined          only spaces, hyphens, slashes, underscores or apostrophes separate it from the
 *                        previous term, so both may belong to one multi-term name ("CI/CD", "Spring Boot");
 *                        false after a comma, a full stop, a bracket, a line break and for the first term
 */
public record Token(String term, int start, int end, boolean capitalised, boolean sentenceInitial, boolean joined) {
}
