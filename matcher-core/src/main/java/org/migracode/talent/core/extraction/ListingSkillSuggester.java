package org.migracode.talent.core.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.taxonomy.SkillCategory;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;
import org.migracode.talent.core.taxonomy.TermTokenizer;
import org.migracode.talent.core.taxonomy.Token;

/**
 * Suggests a listing's required and nice-to-have skills from its title and description (English,
 * Spanish, Catalan), with the spans a form can highlight so that a recruiter can correct them.
 *
 * <p>Rules, applied to the description:
 * <ol>
 *   <li>a sentence (or clause, or parenthesised aside) that contains an optional marker
 *       ("nice to have", "a plus", "bonus", "preferred", "valoramos", "se valorará", "deseable",
 *       "es valorarà", "valorem", "plus", …) makes its skills nice-to-have: "Java and Spring;
 *       Docker is a plus", "Java (Kotlin is a bonus)", "We need React, and TypeScript would be
 *       a plus";</li>
 *   <li>a heading line with a marker ("Nice to have:", "Se valorará:", "Plus") makes the lines
 *       after it nice-to-have, up to the next heading ("Requirements:") or a blank line followed
 *       by a line that is not a list item;</li>
 *   <li>every other skill, and every skill of the title, is required at
 *       {@link RequiredSkill#DEFAULT_MIN_LEVEL}.</li>
 * </ol>
 * A skill both required and optional is required; each skill appears once, in order of first
 * mention. Markers are compared as normalised terms, so case and accents do not matter
 * ("SE VALORARÁ", "es valorara").
 *
 * <p>Cost: linear in the text plus one extraction pass ({@link SkillExtractor}). Thread-safe.
 */
public final class ListingSkillSuggester {

    /** Optional markers, as normalised term sequences. */
    private static final List<List<String>> MARKERS = List.of(
            // English
            terms("nice to have"), terms("nice-to-have"), terms("plus"), terms("bonus"), terms("preferred"),
            terms("preferably"), terms("ideally"), terms("optional"), terms("desirable"), terms("would be great"),
            // Spanish
            terms("valoramos"), terms("se valorara"), terms("se valora"), terms("valorable"), terms("deseable"),
            terms("deseables"), terms("opcional"), terms("idealmente"), terms("preferiblemente"),
            // Catalan
            terms("es valorara"), terms("es valora"), terms("valorem"), terms("desitjable"), terms("desitjables"),
            terms("idealment"), terms("preferiblement"));

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ",\\s+(?=(?:and|but|y|e|pero|i|però|while|mientras|mentre|also|también|també)\\b)"
                    + "|\\s+(?=(?:but|pero|però|while|whereas|mientras|mentre)\\s)"
                    + "|\\s+[–—-]\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪►‣◦–—]|\\d+[.)])\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

    private final SkillExtractor extractor;
    private final int defaultMinLevel;
    private final Predicate<SkillId> alwaysNiceToHave;

    /** A suggester with {@link RequiredSkill#DEFAULT_MIN_LEVEL} for required skills. */
    public ListingSkillSuggester(SkillExtractor extractor) {
        this(extractor, RequiredSkill.DEFAULT_MIN_LEVEL);
    }

    public ListingSkillSuggester(SkillExtractor extractor, int defaultMinLevel) {
        this(extractor, defaultMinLevel, skill -> false);
    }

    /**
     * The suggester the product uses: soft skills (teamwork, communication…) are always suggested
     * as nice-to-have, never required — CVs rarely state them the way ads do, and they should not
     * decide a match.
     */
    public ListingSkillSuggester(SkillTaxonomy taxonomy, SkillExtractor extractor) {
        this(extractor, RequiredSkill.DEFAULT_MIN_LEVEL,
                skill -> taxonomy.get(skill).map(s -> s.category() == SkillCategory.SOFT).orElse(false));
    }

    private ListingSkillSuggester(SkillExtractor extractor, int defaultMinLevel, Predicate<SkillId> alwaysNiceToHave) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        if (defaultMinLevel < 1 || defaultMinLevel > 5) {
            throw new IllegalArgumentException("minimum level must be between 1 and 5, got " + defaultMinLevel);
        }
        this.defaultMinLevel = defaultMinLevel;
        this.alwaysNiceToHave = alwaysNiceToHave;
    }

    /** Where a highlighted mention was found. */
    public enum Field {
        TITLE, DESCRIPTION
    }

    /**
     * One mention to highlight.
     *
     * @param skill      the skill
     * @param field      the text it was found in
     * @param start      offset of the first char in that text (inclusive)
     * @param end        offset after the last char (exclusive)
     * @param matched    the text between {@code start} and {@code end}
     * @param niceToHave the mention stands in an optional passage
     */
    public record Highlight(SkillId skill, Field field, int start, int end, String matched, boolean niceToHave) {
        public Highlight {
            Objects.requireNonNull(skill, "skill");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(matched, "matched");
        }
    }

    /**
     * What the suggester found.
     *
     * @param required   required skills at the default minimum level, in order of first mention
     * @param niceToHave optional skills not also required, in order of first mention
     * @param highlights every mention, title first, then the description in text order
     */
    public record Suggestion(List<RequiredSkill> required, List<SkillId> niceToHave, List<Highlight> highlights) {
        public Suggestion {
            required = List.copyOf(required);
            niceToHave = List.copyOf(niceToHave);
            highlights = List.copyOf(highlights);
        }

        public boolean isEmpty() {
            return required.isEmpty() && niceToHave.isEmpty();
        }
    }

    /** Suggestions for a title and a description; either may be {@code null}. Never throws on any text. */
    public Suggestion suggest(String title, String description) {
        List<Highlight> highlights = new ArrayList<>();
        for (SkillMention m : extractor.extract(title)) {
            highlights.add(new Highlight(m.skill(), Field.TITLE, m.start(), m.end(), m.matched(), alwaysNiceToHave.test(m.skill())));
        }
        if (description != null && !description.isEmpty()) {
            boolean[] optional = optionalChars(description);
            for (SkillMention m : extractor.extract(description)) {
                highlights.add(new Highlight(m.skill(), Field.DESCRIPTION, m.start(), m.end(), m.matched(),
                        optional[m.start()] || alwaysNiceToHave.test(m.skill())));
            }
        }
        Map<SkillId, RequiredSkill> required = new LinkedHashMap<>();
        Set<SkillId> nice = new LinkedHashSet<>();
        for (Highlight h : highlights) {
            if (!h.niceToHave()) {
                required.putIfAbsent(h.skill(), new RequiredSkill(h.skill(), defaultMinLevel));
            }
        }
        for (Highlight h : highlights) {
            if (h.niceToHave() && !required.containsKey(h.skill())) {
                nice.add(h.skill());
            }
        }
        return new Suggestion(new ArrayList<>(required.values()), new ArrayList<>(nice), highlights);
    }

    /** For every char of {@code text}: does it stand in an optional passage? */
    static boolean[] optionalChars(String text) {
        boolean[] optional = new boolean[text.length() + 1];
        boolean inSection = false;
        boolean blankSeen = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                blankSeen = true;
            } else {
                boolean marked = hasMarker(trimmed);
                boolean bullet = BULLET.matcher(line).find();
                if (isHeading(trimmed, marked, bullet)) {
                    inSection = marked;
                    if (marked) {
                        mark(optional, lineStart, lineEnd);
                    }
                } else if (inSection && (!blankSeen || bullet)) {
                    mark(optional, lineStart, lineEnd);
                } else {
                    inSection = false;
                    markSentences(line, lineStart, optional);
                }
                blankSeen = false;
            }
            lineStart = lineEnd + 1;
        }
        return optional;
    }

    /** A line that opens a section: it ends with a colon, or it is nothing but an optional marker. */
    private static boolean isHeading(String trimmed, boolean marked, boolean bullet) {
        if (trimmed.endsWith(":")) {
            return true;
        }
        if (!marked || bullet) {
            return false;
        }
        String key = TermTokenizer.key(trimmed);
        return MARKERS.stream().anyMatch(m -> String.join(" ", m).equals(key));
    }

    private static void markSentences(String line, int offset, boolean[] optional) {
        int start = 0;
        Matcher end = SENTENCE_END.matcher(line);
        while (start < line.length()) {
            int stop = end.find(start) ? end.start() : line.length();
            int next = stop < line.length() ? end.end() : line.length();
            markSentence(line.substring(start, stop), offset + start, optional);
            start = next;
        }
    }

    private static void markSentence(String sentence, int offset, boolean[] optional) {
        if (!hasMarker(sentence)) {
            return;
        }
        // an aside in parentheses with a marker is optional on its own: "Java (Kotlin is a plus)"
        StringBuilder rest = new StringBuilder(sentence);
        Matcher group = PARENTHESES.matcher(sentence);
        while (group.find()) {
            if (hasMarker(group.group())) {
                mark(optional, offset + group.start(), offset + group.end());
                for (int k = group.start(); k < group.end(); k++) {
                    rest.setCharAt(k, ' ');
                }
            }
        }
        String outside = rest.toString();
        if (!hasMarker(outside)) {
            return;
        }
        int clauseStart = 0;
        Matcher brk = CLAUSE_BREAK.matcher(outside);
        List<int[]> clauses = new ArrayList<>();
        while (brk.find()) {
            clauses.add(new int[] {clauseStart, brk.start()});
            clauseStart = brk.end();
        }
        clauses.add(new int[] {clauseStart, outside.length()});
        for (int[] c : clauses) {
            if (hasMarker(outside.substring(c[0], c[1]))) {
                mark(optional, offset + c[0], offset + c[1]);
            }
        }
    }

    static boolean hasMarker(String text) {
        List<Token> tokens = TermTokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> marker : MARKERS) {
                if (i + marker.size() <= tokens.size() && matchesAt(tokens, i, marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(List<Token> tokens, int i, List<String> marker) {
        for (int k = 0; k < marker.size(); k++) {
            if (!tokens.get(i + k).term().equals(marker.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] optional, int from, int to) {
        for (int k = from; k < to && k < optional.length; k++) {
            optional[k] = true;
        }
    }

    private static List<String> terms(String phrase) {
        return List.of(TermTokenizer.key(phrase).split(" "));
    }
}
