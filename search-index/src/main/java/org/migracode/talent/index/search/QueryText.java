package org.migracode.talent.index.search;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migracode.talent.core.extraction.SkillMention;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.index.matching.StopWords;

/**
 * A search box's text read as plain words: the skills it names (through the taxonomy, so "JS"
 * is {@code javascript} and "Desarrollador/a React" names {@code react}) and its other words,
 * lower-cased, without the commonest English, Spanish and Catalan function words. Nothing in the
 * text is query syntax. Bounded: at most {@value #MAX_CHARS} characters are read, and at most
 * {@value #MAX_SKILLS} skills and {@value #MAX_WORDS} words of at most {@value #MAX_WORD_LENGTH}
 * characters are kept, so any input makes a small query.
 */
record QueryText(Set<SkillId> skills, List<String> words) {

    static final int MAX_CHARS = 1_000;
    static final int MAX_SKILLS = 8;
    static final int MAX_WORDS = 24;
    static final int MAX_WORD_LENGTH = 40;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}+#]+");

    QueryText {
        skills = Set.copyOf(skills);
        words = List.copyOf(words);
    }

    boolean isEmpty() {
        return skills.isEmpty() && words.isEmpty();
    }

    /** The words joined by spaces, for a match predicate. */
    String joinedWords() {
        return String.join(" ", words);
    }

    static QueryText parse(String text, SkillVocabulary vocabulary) {
        if (text == null || text.isBlank()) {
            return new QueryText(Set.of(), List.of());
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        // zero-width and direction marks would glue or split words invisibly
        bounded = bounded.replaceAll("[\\p{Cf}\\p{Cc}]", " ");
        Set<SkillId> skills = new LinkedHashSet<>();
        boolean[] inMention = new boolean[bounded.length()];
        for (SkillMention m : vocabulary.extractor().extract(bounded)) {
            if (skills.size() < MAX_SKILLS) {
                skills.add(m.skill());
            }
            Arrays.fill(inMention, m.start(), m.end(), true);
        }
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(bounded);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
            if (word.length() < 2 || word.length() > MAX_WORD_LENGTH || StopWords.contains(word)) {
                continue;
            }
            // a search box is a list of keywords: a bare skill name counts even in lower case,
            // unless it is part of a longer name already found ("js" in "Next.js")
            if (!inMention[matcher.start()] && skills.size() < MAX_SKILLS) {
                vocabulary.taxonomy().find(word).ifPresent(s -> skills.add(s.id()));
            }
            if (words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return new QueryText(skills, List.copyOf(words));
    }
}
