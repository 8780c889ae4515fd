package org.migracode.talent.core.taxonomy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into normalised terms, keeping each term's span in the original text. The same
 * rules key the taxonomy's labels and aliases and read free text, so that "React.js", "reactjs"
 * and "REACT JS" meet.
 *
 * <p>Rules: a term is a run of letters and digits (any script). Inside a term, a dot or a Catalan
 * middle dot followed by a letter or digit is kept and later removed ("Node.js" is {@code nodejs},
 * "col·laboració" is {@code collaboracio}); a leading dot before a letter opens a term (".NET" is
 * {@code .net}); {@code #} and {@code +} directly after a term and not followed by a letter or
 * digit belong to it ("C#", "C++", but "HTML+CSS" is two terms). Invisible format characters
 * (zero-width spaces and joiners, soft hyphens, direction marks, BOM) are skipped, combining marks
 * are dropped after compatibility decomposition, and everything else separates terms. Never
 * throws on any input.
 *
 * <p>Cost: linear in the text length; one small string per term.
 */
public final class TermTokenizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TermTokenizer() {
    }

    /** The terms of {@code text} in order; empty for {@code null} or text without letters or digits. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        int n = text.length();
        int i = 0;
        StringBuilder raw = new StringBuilder();
        while (i < n) {
            int cp = text.codePointAt(i);
            boolean opensWithDot = cp == '.' && isWordChar(codePointAfter(text, i)) && !isWordChar(codePointBefore(text, i));
            if (!isWordChar(cp) && !opensWithDot) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            raw.setLength(0);
            boolean upper = false;
            while (i < n) {
                cp = text.codePointAt(i);
                int len = Character.charCount(cp);
                int next = codePointAfter(text, i);
                if (isWordChar(cp) || isMark(cp)) {
                    raw.appendCodePoint(cp);
                    upper |= Character.isUpperCase(cp) || Character.isTitleCase(cp);
                } else if ((cp == '.' || cp == '\u00B7' || cp == '\u2027') && isWordChar(next)) {
                    raw.appendCodePoint(cp);
                } else if (isFormat(cp) && raw.length() > 0 && (isWordChar(next) || isMark(next))) {
                    // zero-width characters inside a word do not split it
                    i += len;
                    continue;
                } else if ((cp == '#' || cp == '+') && raw.length() > 0 && !isWordChar(next)) {
                    raw.appendCodePoint(cp);
                } else {
                    break;
                }
                i += len;
                end = i;
            }
            String term = normalise(raw);
            if (!term.isEmpty() && hasWordChar(term)) {
                int previousEnd = tokens.isEmpty() ? -1 : tokens.get(tokens.size() - 1).end();
                tokens.add(new Token(term, start, end, upper, opensSentence(text, start), joins(text, previousEnd, start)));
            }
            if (end == start) {
                i = start + Character.charCount(text.codePointAt(start));
            }
        }
        return tokens;
    }

    /**
     * The lookup key of a label, alias or phrase: its terms joined by single spaces ("Spring-Boot"
     * and "spring boot" both give {@code spring boot}); empty when it has no letters or digits.
     */
    public static String key(String phrase) {
        List<Token> tokens = tokenize(phrase);
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.term());
        }
        return sb.toString();
    }

    static String normalise(CharSequence raw) {
        String lower = raw.toString().toLowerCase(Locale.ROOT);
        // plain ASCII has nothing to decompose or strip: skip NFKD and the regex (a tenth of a reindex's CPU)
        String folded = isAscii(lower) ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder sb = new StringBuilder(folded.length());
        for (int k = 0; k < folded.length(); k++) {
            char c = folded.charAt(k);
            if ((c == '.' && k > 0) || c == '\u00B7' || c == '\u2027') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasWordChar(String term) {
        for (int k = 0; k < term.length(); k++) {
            if (Character.isLetterOrDigit(term.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean joins(String text, int previousEnd, int start) {
        if (previousEnd < 0) {
            return false;
        }
        for (int k = previousEnd; k < start; ) {
            int cp = text.codePointAt(k);
            boolean soft = cp == ' ' || cp == '\t' || cp == '\u00A0' || cp == '-' || cp == '/' || cp == '_'
                    || cp == '\'' || cp == '\u2019' || cp == '\u2010' || cp == '\u2011' || isFormat(cp);
            if (!soft) {
                return false;
            }
            k += Character.charCount(cp);
        }
        return true;
    }

    private static boolean opensSentence(String text, int start) {
        int k = start;
        while (k > 0) {
            int cp = text.codePointBefore(k);
            k -= Character.charCount(cp);
            if (cp == '\n' || cp == '\r') {
                return true;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isFormat(cp)
                    || "\"'«“‘([{¿¡".indexOf(cp) >= 0) {
                continue;
            }
            return ".!?:;•·*▪►‣◦-–—|>".indexOf(cp) >= 0;
        }
        return true;
    }

    private static boolean isWordChar(int cp) {
        return cp >= 0 && Character.isLetterOrDigit(cp);
    }

    private static boolean isMark(int cp) {
        if (cp < 0) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isFormat(int cp) {
        return cp >= 0 && Character.getType(cp) == Character.FORMAT;
    }

    private static int codePointAfter(String text, int i) {
        int next = i + Character.charCount(text.codePointAt(i));
        return next < text.length() ? text.codePointAt(next) : -1;
    }

    private static int codePointBefore(String text, int i) {
        return i > 0 ? text.codePointBefore(i) : -1;
    }
}
