package org.migracode.talent.index.search;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migracode.talent.core.extraction.SkillMention;
import org.migracode.talent.core.occupation.OccupationMention;
import org.migracode.talent.core.occupation.OccupationVocabulary;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.index.matching.StopWords;

/**
 * A search box's text read as plain words: the skills it names (through the taxonomy, so "JS"
 * is {@code javascript} and "Desarrollador/a React" names {@code react}), the occupations it names
 * (through the occupation vocabulary, so "programadora", "desenvolupador" and "developer" are all
 * {@code developer}) and its other words, lower-cased, without the commonest English, Spanish and
 * Catalan function words. Nothing in the text is query syntax. Bounded: at most {@value #MAX_CHARS}
 * characters are read, and at most {@value #MAX_SKILLS} skills and {@value #MAX_WORDS} words of at
 * most {@value #MAX_WORD_LENGTH} characters are kept, so any input makes a small query.
 *
 * @param skills      skills named, each required by the search
 * @param occupations occupation ids named
 * @param words       every kept word, in order
 * @param covered     the words that are part of a skill or occupation name: they need no match of
 *                    their own, and are never spelling-corrected
 * @param text        the bounded text the words came from (for a "did you mean" suggestion)
 */
record QueryText(Set<SkillId> skills, Set<String> occupations, List<String> words, Set<String> covered, String text) {

    static final int MAX_CHARS = 1_000;
    static final int MAX_SKILLS = 8;
    static final int MAX_WORDS = 24;
    static final int MAX_WORD_LENGTH = 40;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}+#]+");

    QueryText {
        skills = Set.copyOf(skills);
        occupations = Set.copyOf(occupations);
        words = List.copyOf(words);
        covered = Set.copyOf(covered);
    }

    boolean isEmpty() {
        return skills.isEmpty() && occupations.isEmpty() && words.isEmpty();
    }

    /** The words joined by spaces, for a match predicate. */
    String joinedWords() {
        return String.join(" ", words);
    }

    /** The words that name no skill and no occupation, in order. */
    List<String> freeWords() {
        return words.stream().filter(w -> !covered.contains(w)).toList();
    }

    static QueryText parse(String text, SkillVocabulary vocabulary) {
        return parse(text, vocabulary, OccupationVocabulary.bundled());
    }

    static QueryText parse(String text, SkillVocabulary vocabulary, OccupationVocabulary occupationVocabulary) {
        if (text == null || text.isBlank()) {
            return new QueryText(Set.of(), Set.of(), List.of(), Set.of(), "");
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
        Set<String> occupations = new LinkedHashSet<>();
        boolean[] inOccupation = new boolean[bounded.length()];
        for (OccupationMention m : occupationVocabulary.mentions(bounded)) {
            if (occupations.size() < MAX_SKILLS) {
                occupations.add(m.occupation());
            }
            Arrays.fill(inOccupation, m.start(), m.end(), true);
        }
        Set<String> words = new LinkedHashSet<>();
        Set<String> covered = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(bounded);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
            if (word.length() < 2 || word.length() > MAX_WORD_LENGTH || StopWords.contains(word)) {
                continue;
            }
            boolean named = inMention[matcher.start()] || inOccupation[matcher.start()];
            // a search box is a list of keywords: a bare skill name counts even in lower case,
            // unless it is part of a longer name already found ("js" in "Next.js")
            if (!inMention[matcher.start()] && skills.size() < MAX_SKILLS) {
                var bare = vocabulary.taxonomy().find(word);
                if (bare.isPresent()) {
                    skills.add(bare.get().id());
                    named = true;
                }
            }
            if (words.size() < MAX_WORDS) {
                words.add(word);
                if (named) {
                    covered.add(word);
                }
            }
        }
        return new QueryText(skills, occupations, List.copyOf(words), covered, bounded);
    }
}
