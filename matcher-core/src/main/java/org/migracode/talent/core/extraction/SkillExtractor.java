package org.migracode.talent.core.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.migracode.talent.core.taxonomy.AmbiguityRule;
import org.migracode.talent.core.taxonomy.SkillCategory;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;
import org.migracode.talent.core.taxonomy.TermTokenizer;
import org.migracode.talent.core.taxonomy.Token;

/**
 * Finds the skills of a taxonomy in free text.
 *
 * <p>Matching: the text is split into normalised terms ({@link TermTokenizer}); from left to right,
 * the longest sequence of terms that is a surface form of some skill wins and matching resumes
 * after it, so "React Native" is not React, "Spring Boot" is not Spring and "JavaScript" is not
 * Java. Case, accents and punctuation do not matter, but a multi-term name never spans a comma, a
 * full stop, a bracket or a line break ("React, Redux" is two skills).
 *
 * <p>Ambiguous forms (the taxonomy's {@code context} column) are kept only when one of these holds:
 * <ol>
 *   <li>the whole text is that form (a skill tag such as "Express");</li>
 *   <li>another accepted technical mention in the same sentence is at most {@value #LIST_GAP} terms
 *       away ("Node, Express", "Go y Python", "HTML/CSS/R"); line breaks and bullets do not end a
 *       sentence here, a full stop, question or exclamation mark does;</li>
 *   <li>the form is longer than one letter, written with a capital letter and not at the start of
 *       a sentence, line or list item, and another accepted technical mention in the same
 *       sentence is at most {@value #NEAR_GAP} terms away ("APIs in Go with gRPC and Docker");</li>
 *   <li>the form's rule is {@link AmbiguityRule#CAPITALISED} and it is written with a capital
 *       letter not at the start of a sentence ("experience with React").</li>
 * </ol>
 * Soft skills ("teamwork", "communication") never count as context: "I excel at teamwork" finds
 * teamwork only. Accepting one mention may make a neighbour acceptable; the rules are applied
 * until nothing changes. So "we go to the office" and "react quickly" find nothing, and "C/ Mallorca 12" is
 * not the C language.
 *
 * <p>Cost: O(n · d) hash lookups for n terms and d the longest form in terms (at most a few),
 * plus O(m²) for the context rule over m ambiguous mentions; one pass over a CV takes
 * microseconds. Thread-safe: immutable after construction.
 */
public final class SkillExtractor {

    /** Largest number of terms between a list neighbour and an ambiguous mention (rule 2). */
    public static final int LIST_GAP = 2;
    /** Largest number of terms between a nearby skill and a capitalised ambiguous mention (rule 3). */
    public static final int NEAR_GAP = 8;

    private final Node root = new Node();

    public SkillExtractor(SkillTaxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        for (Map.Entry<String, SkillId> e : taxonomy.surfaceFormIndex().entrySet()) {
            Node node = root;
            for (String term : e.getKey().split(" ")) {
                node = node.next.computeIfAbsent(term, k -> new Node());
            }
            node.skill = e.getValue();
            node.rule = taxonomy.ambiguity(e.getKey()).orElse(null);
            node.anchor = taxonomy.get(e.getValue()).map(s -> s.category() != SkillCategory.SOFT).orElse(false);
        }
    }

    /** The skills mentioned in {@code text}, in text order; empty for {@code null}. Never throws. */
    public List<SkillMention> extract(String text) {
        List<Token> tokens = TermTokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node node = root;
            Node best = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size(); j++) {
                if (j > i && !tokens.get(j).joined()) {
                    break;
                }
                node = node.next.get(tokens.get(j).term());
                if (node == null) {
                    break;
                }
                if (node.skill != null) {
                    best = node;
                    bestEnd = j + 1;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            found.add(new Candidate(best.skill, best.rule, best.anchor, i, bestEnd));
            i = bestEnd;
        }
        resolveContext(found, tokens, text);
        List<SkillMention> mentions = new ArrayList<>(found.size());
        for (Candidate c : found) {
            if (c.accepted) {
                int start = tokens.get(c.first).start();
                int end = tokens.get(c.last - 1).end();
                mentions.add(new SkillMention(c.skill, start, end, text.substring(start, end)));
            }
        }
        return mentions;
    }

    /** The distinct skills mentioned in {@code text}, in order of first mention. */
    public Set<SkillId> distinctSkills(String text) {
        Set<SkillId> out = new LinkedHashSet<>();
        for (SkillMention m : extract(text)) {
            out.add(m.skill());
        }
        return out;
    }

    private static void resolveContext(List<Candidate> found, List<Token> tokens, String text) {
        boolean pending = false;
        for (Candidate c : found) {
            if (c.rule == null) {
                c.accepted = true;
            } else if (c.first == 0 && c.last == tokens.size()) {
                c.accepted = true; // rule 1: the whole text is the form
            } else if (c.rule == AmbiguityRule.CAPITALISED && writtenCapitalised(c, tokens)) {
                c.accepted = true; // rule 4
            } else {
                pending = true;
            }
        }
        boolean changed = pending;
        while (changed) {
            changed = false;
            for (Candidate c : found) {
                if (c.accepted) {
                    continue;
                }
                int gap = nearestAcceptedGap(c, found, tokens, text);
                boolean capitalised = writtenCapitalised(c, tokens) && formLength(c, tokens) > 1;
                if (gap <= LIST_GAP || (capitalised && gap <= NEAR_GAP)) {
                    c.accepted = true;
                    changed = true;
                }
            }
        }
    }

    private static boolean writtenCapitalised(Candidate c, List<Token> tokens) {
        Token first = tokens.get(c.first);
        return first.capitalised() && !first.sentenceInitial();
    }

    private static int formLength(Candidate c, List<Token> tokens) {
        return tokens.get(c.last - 1).end() - tokens.get(c.first).start();
    }

    private static int nearestAcceptedGap(Candidate c, List<Candidate> found, List<Token> tokens, String text) {
        int best = Integer.MAX_VALUE;
        for (Candidate o : found) {
            if (o == c || !o.accepted || !o.anchor) {
                continue;
            }
            Candidate left = o.first >= c.last ? c : o;
            Candidate right = left == c ? o : c;
            int gap = right.first - left.last;
            if (gap < best && !endsSentence(text, tokens.get(left.last - 1).end(), tokens.get(right.first).start())) {
                best = gap;
            }
        }
        return best;
    }

    /** A full stop, question or exclamation mark followed by a space lies in [from, to). */
    private static boolean endsSentence(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if ((ch == '.' || ch == '!' || ch == '?') && (k + 1 >= text.length() || Character.isWhitespace(text.charAt(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        SkillId skill;
        AmbiguityRule rule;
        boolean anchor;
    }

    private static final class Candidate {
        final SkillId skill;
        final AmbiguityRule rule;
        final boolean anchor;
        final int first;
        final int last;
        boolean accepted;

        Candidate(SkillId skill, AmbiguityRule rule, boolean anchor, int first, int last) {
            this.skill = skill;
            this.rule = rule;
            this.anchor = anchor;
            this.first = first;
            this.last = last;
        }
    }
}
