package org.migracode.talent.index.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migracode.talent.core.occupation.Occupation;
import org.migracode.talent.core.occupation.OccupationVocabulary;
import org.migracode.talent.core.taxonomy.Skill;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;
import org.migracode.talent.core.taxonomy.TermTokenizer;

/**
 * Reads a misspelt search word as the nearest one-word name of a skill (any label or alias of the
 * taxonomy) or of an occupation (any label or variant of the occupation vocabulary).
 *
 * <p>Nearness is the optimal-string-alignment edit distance (insertions, deletions, substitutions
 * and swaps of neighbours each count 1, as Lucene's fuzzy queries count them), and how many edits
 * are allowed depends on the word's length ({@link #maxEdits}): none up to 3 characters, so "go",
 * "js" and "css" are never anything else; 1 from 4 to 7 ("reakt" is React, "jave" is Java); 2 from
 * 8 ("javscript" is JavaScript). The nearest name wins; between equally near names, the one whose
 * length is nearest the word's, then occupations before skills, then the alphabetically first —
 * so the answer never depends on hash order. Whether a word needs correcting at all is the
 * caller's decision (recruiter search asks the index whether the word occurs as it is).
 *
 * <p>Cost: one bounded distance per name of similar length (about 1,500 names): microseconds.
 */
final class SpellingCorrector {

    private final List<Name> names;
    private final List<Name> pairs;

    SpellingCorrector(SkillTaxonomy taxonomy, OccupationVocabulary occupations) {
        List<Name> all = new ArrayList<>();
        for (Map.Entry<String, SkillId> e : taxonomy.surfaceFormIndex().entrySet()) {
            all.add(new Name(e.getKey(), written(e.getKey(), taxonomy.get(e.getValue()).orElseThrow()), e.getValue(), null));
        }
        for (Map.Entry<String, String> e : occupations.formIndex().entrySet()) {
            Occupation o = occupations.get(e.getValue()).orElseThrow();
            all.add(new Name(e.getKey(), written(e.getKey(), o), null, o.id()));
        }
        all.sort(Comparator.comparing(Name::key).thenComparing(n -> n.occupation() == null ? 1 : 0));
        this.names = all.stream().filter(n -> n.terms() == 1).toList();
        this.pairs = all.stream().filter(n -> n.terms() == 2).toList();
    }

    /** Edits allowed for a word of {@code length} characters: 0 up to 3, 1 up to 7, else 2. */
    static int maxEdits(int length) {
        return length <= 3 ? 0 : length <= 7 ? 1 : 2;
    }

    /** The name {@code word} is most likely a typo of; empty when it is a name itself or nothing is near. */
    Optional<Correction> correct(String word) {
        String key = TermTokenizer.key(word);
        if (key.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        return nearest(word, key, maxEdits(key.length()), names);
    }

    /**
     * The two-word name {@code first second} is most likely a typo of ("reakt native" is React
     * Native); the edits allowed are those of the two words' letters together.
     */
    Optional<Correction> correctPair(String first, String second) {
        String a = TermTokenizer.key(first);
        String b = TermTokenizer.key(second);
        if (a.isEmpty() || b.isEmpty() || a.indexOf(' ') >= 0 || b.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        return nearest(first + " " + second, a + " " + b, maxEdits(a.length() + b.length()), pairs);
    }

    private Optional<Correction> nearest(String word, String key, int allowed, List<Name> candidates) {
        if (allowed == 0 || key.chars().allMatch(c -> Character.isDigit(c) || c == ' ')) {
            return Optional.empty();
        }
        Name best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Name name : candidates) {
            if (name.key().equals(key)) {
                return Optional.empty();
            }
            if (Math.abs(name.key().length() - key.length()) > allowed) {
                continue;
            }
            int d = distance(key, name.key(), allowed);
            if (d <= allowed && (d < bestDistance || (d == bestDistance && better(name, best, key)))) {
                best = name;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Correction(word, best.written(), best.skill(), best.occupation(), bestDistance));
    }

    private static boolean better(Name candidate, Name current, String key) {
        int a = Math.abs(candidate.key().length() - key.length());
        int b = Math.abs(current.key().length() - key.length());
        if (a != b) {
            return a < b;
        }
        if ((candidate.occupation() != null) != (current.occupation() != null)) {
            return candidate.occupation() != null;
        }
        return candidate.key().compareTo(current.key()) < 0;
    }

    /** Optimal string alignment distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[n][m];
    }

    /** How the vocabulary writes a normalised name: its label or alias as in the data file. */
    private static String written(String key, Skill skill) {
        for (String label : List.of(skill.labels().en(), skill.labels().es(), skill.labels().ca())) {
            if (TermTokenizer.key(label).equals(key)) {
                return label;
            }
        }
        return skill.aliases().stream().filter(a -> TermTokenizer.key(a).equals(key)).findFirst().orElse(key);
    }

    private static String written(String key, Occupation occupation) {
        return occupation.variants().stream().filter(v -> TermTokenizer.key(v).equals(key)).findFirst()
                .orElse(key);
    }

    /** {@code text} with each corrected word replaced by its name, whole words only, in any case. */
    static String apply(String text, List<Correction> corrections) {
        String result = text;
        for (Correction c : corrections) {
            StringBuilder words = new StringBuilder();
            for (String part : c.word().split(" ")) {
                words.append(words.length() == 0 ? "" : "[^\\p{L}\\p{N}]+").append(Pattern.quote(part));
            }
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Matcher m = word.matcher(result);
            result = m.replaceAll(Matcher.quoteReplacement(c.replacement()));
        }
        return result.strip().replaceAll("\\s+", " ");
    }

    private record Name(String key, String written, SkillId skill, String occupation) {
        int terms() {
            return key.split(" ").length;
        }
    }
}
