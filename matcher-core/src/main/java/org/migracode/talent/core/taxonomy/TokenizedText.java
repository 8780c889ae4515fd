package org.migracode.talent.core.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text with its terms, tokenized once ({@link TermTokenizer}), so that several vocabularies
 * (skills, ESCO's digital skills, occupations) can read the same text without tokenizing it
 * again: tokenizing is most of what extraction costs when a graduate is indexed.
 *
 * <p>A {@link #line(int, int) line range} of it reads exactly as if that range had been
 * tokenized alone: a line break ends every term and every multi-term name, and a term after a
 * line break opens a sentence, as it does at the start of a text.
 *
 * @param text   the text; never null
 * @param tokens its terms, as {@link TermTokenizer#tokenize(String)} gives them
 */
public record TokenizedText(String text, List<Token> tokens) {

    public TokenizedText {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
    }

    /** {@code text} tokenized; an empty text for {@code null}. */
    public static TokenizedText of(String text) {
        String t = text == null ? "" : text;
        return new TokenizedText(t, TermTokenizer.tokenize(t));
    }

    /**
     * The part of the text from {@code from} to {@code to}, with its terms, as if tokenized alone.
     * Without a re-tokenization when the range is whole lines: {@code from} is the start of the
     * text or follows a line break, and {@code to} is the end of the text or a line break;
     * otherwise the part is tokenized again.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= text().length()}
     */
    public TokenizedText line(int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        String part = text.substring(from, to);
        boolean wholeLines = (from == 0 || text.charAt(from - 1) == '\n') && (to == text.length() || text.charAt(to) == '\n');
        if (!wholeLines) {
            return of(part);
        }
        List<Token> inside = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to) {
                inside.add(new Token(t.term(), t.start() - from, t.end() - from, t.capitalised(), t.sentenceInitial(),
                        t.joined() && !inside.isEmpty()));
            }
        }
        return new TokenizedText(part, inside);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
