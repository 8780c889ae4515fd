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

    /**
     * Markers of what the company offers ("we offer mentoring", "Ofrecemos: mentoría"): what it gives
     * in such a passage (mentoring, soft skills) is not asked of the candidate, so it is neither
     * required nor nice-to-have; tools named there ("a team that uses Git") still count.
     */
    private static final List<List<String>> OFFER_MARKERS = List.of(
            // English
            terms("we offer"), terms("we provide"), terms("we give"), terms("what we offer"), terms("you will get"),
            terms("you ll get"), terms("benefits"), terms("perks"),
            // Spanish
            terms("ofrecemos"), terms("te ofrecemos"), terms("ofrece"), terms("que ofrecemos"), terms("beneficios"),
            terms("proporcionamos"), terms("te damos"),
            // Catalan
            terms("oferim"), terms("t oferim"), terms("beneficis"), terms("et donem"));

    /** "con mentoría", "with mentoring", "amb mentoria": a soft skill right after these words is something offered. */
    private static final Set<String> OFFERED_WITH = Set.of("con", "with", "amb", "including", "incluye", "inclou");

    /** Skills a company offers rather than asks for when they follow {@link #OFFERED_WITH}, even without a taxonomy. */
    private static final Set<SkillId> OFFERED_SKILLS = Set.of(SkillId.of("mentoring"));

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
            boolean[] offered = passageChars(description, OFFER_MARKERS);
            List<Token> tokens = TermTokenizer.tokenize(description);
            for (SkillMention m : extractor.extract(description)) {
                if ((offered[m.start()] && offerable(m.skill())) || offeredWith(tokens, m)) {
                    continue; // what the company gives, not what it asks for
                }
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

    /**
     * Whether a skill is something a company gives (mentoring, a soft skill it coaches) rather than a
     * tool: "What we offer: a team that uses Git" still asks for Git.
     */
    private boolean offerable(SkillId skill) {
        return OFFERED_SKILLS.contains(skill) || alwaysNiceToHave.test(skill);
    }

    /** "con mentoría": a skill the company offers, named right after "con", "with", "amb"… */
    private boolean offeredWith(List<Token> tokens, SkillMention m) {
        if (!offerable(m.skill())) {
            return false;
        }
        Token before = null;
        for (Token t : tokens) {
            if (t.start() >= m.start()) {
                break;
            }
            before = t;
        }
        return before != null && OFFERED_WITH.contains(before.term());
    }

    /** For every char of {@code text}: does it stand in an optional passage? */
    static boolean[] optionalChars(String text) {
        return passageChars(text, MARKERS);
    }

    /** For every char of {@code text}: does it stand in a passage (section, sentence, clause) one of {@code markers} opens? */
    static boolean[] passageChars(String text, List<List<String>> markers) {
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
                boolean marked = hasMarker(trimmed, markers);
                boolean bullet = BULLET.matcher(line).find();
                if (isHeading(trimmed, marked, bullet, markers)) {
                    inSection = marked;
                    if (marked) {
                        mark(optional, lineStart, lineEnd);
                    }
                } else if (inSection && (!blankSeen || bullet)) {
                    mark(optional, lineStart, lineEnd);
                } else {
                    inSection = false;
                    markSentences(line, lineStart, optional, markers);
                }
                blankSeen = false;
            }
            lineStart = lineEnd + 1;
        }
        return optional;
    }

    /** A line that opens a section: it ends with a colon, or it is nothing but an optional marker. */
    private static boolean isHeading(String trimmed, boolean marked, boolean bullet, List<List<String>> markers) {
        if (trimmed.endsWith(":")) {
            return true;
        }
        if (!marked || bullet) {
            return false;
        }
        String key = TermTokenizer.key(trimmed);
        String bare = key.endsWith(":") ? key.substring(0, key.length() - 1).strip() : key;
        return markers.stream().anyMatch(m -> String.join(" ", m).equals(bare));
    }

    private static void markSentences(String line, int offset, boolean[] optional, List<List<String>> markers) {
        int start = 0;
        Matcher end = SENTENCE_END.matcher(line);
        while (start < line.length()) {
            int stop = end.find(start) ? end.start() : line.length();
            int next = stop < line.length() ? end.end() : line.length();
            markSentence(line.substring(start, stop), offset + start, optional, markers);
            start = next;
        }
    }

    private static void markSentence(String sentence, int offset, boolean[] optional, List<List<String>> markers) {
        if (!hasMarker(sentence, markers)) {
            return;
        }
        // an aside in parentheses with a marker is optional on its own: "Java (Kotlin is a plus)"
        StringBuilder rest = new StringBuilder(sentence);
        Matcher group = PARENTHESES.matcher(sentence);
        while (group.find()) {
            if (hasMarker(group.group(), markers)) {
                mark(optional, offset + group.start(), offset + group.end());
                for (int k = group.start(); k < group.end(); k++) {
                    rest.setCharAt(k, ' ');
                }
            }
        }
        String outside = rest.toString();
        if (!hasMarker(outside, markers)) {
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
            if (hasMarker(outside.substring(c[0], c[1]), markers)) {
                mark(optional, offset + c[0], offset + c[1]);
            }
        }
    }

    static boolean hasMarker(String text) {
        return hasMarker(text, MARKERS);
    }

    static boolean hasMarker(String text, List<List<String>> markers) {
        List<Token> tokens = TermTokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> marker : markers) {
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
