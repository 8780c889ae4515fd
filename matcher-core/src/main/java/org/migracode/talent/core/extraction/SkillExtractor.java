package org.migracode.talent.core.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migracode.talent.core.taxonomy.AmbiguityRule;
import org.migracode.talent.core.taxonomy.SkillCategory;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;
import org.migracode.talent.core.taxonomy.TermTrie;
import org.migracode.talent.core.taxonomy.Token;
import org.migracode.talent.core.taxonomy.TokenizedText;

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
 * A form whose rule is {@link AmbiguityRule#COMMON_NOUN} (German writes "Terminal", "Helm" and
 * "Notebooks" with a capital) is accepted by rules 1 and 2 only.
 * Soft skills ("teamwork", "communication") never count as context: "I excel at teamwork" finds
 * teamwork only. Accepting one mention may make a neighbour acceptable; the rules are applied
 * until nothing changes. So "we go to the office" and "react quickly" find nothing, and "C/ Mallorca 12" is
 * not the C language.
 *
 * <p>Two kinds of text are not read for skills at all, because in real CVs and job ads they are
 * everywhere and name no skill: the {@link #NOT_SKILLS} phrases, which hold a skill's form but
 * mean something else ("C-level", "go-live", "Less than 1 year" of the CV sites' skill lists, "the
 * rest of"), and web addresses ("https://…", "www.…": the "https" of a profile link is not HTTP).
 *
 * <p>Cost: O(n · d) hash lookups for n terms and d the longest form in terms (at most a few),
 * plus O(m · g) for the context rule over m mentions and g = {@value #NEAR_GAP}: linear, also for
 * hostile input. Thread-safe: immutable after construction.
 */
public final class SkillExtractor {

    /** Largest number of terms between a list neighbour and an ambiguous mention (rule 2). */
    public static final int LIST_GAP = 2;
    /** Largest number of terms between a nearby skill and a capitalised ambiguous mention (rule 3). */
    public static final int NEAR_GAP = 8;

    /**
     * Phrases that begin with a skill's form but name no skill; the longest-form walk reads them as
     * one unit and drops it. A taxonomy form with the same terms wins over a phrase here.
     */
    static final List<String> NOT_SKILLS = List.of(
            "c level", "c suite", // "reporting to C-level", not the C language
            "go live", "go lives", // "go-live support", not Go
            "less than", // "Java (Less than 1 year)" in the CV sites' skill lists, not the LESS stylesheet language
            "rest of"); // "the rest of the team", not REST

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");

    private final TermTrie<Form> forms;

    public SkillExtractor(SkillTaxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Map<String, Form> byForm = new HashMap<>();
        for (Map.Entry<String, SkillId> e : taxonomy.surfaceFormIndex().entrySet()) {
            byForm.put(e.getKey(), new Form(e.getValue(), taxonomy.ambiguity(e.getKey()).orElse(null),
                    taxonomy.get(e.getValue()).map(s -> s.category() != SkillCategory.SOFT).orElse(false)));
        }
        for (String phrase : NOT_SKILLS) {
            byForm.putIfAbsent(phrase, Form.NONE);
        }
        this.forms = TermTrie.of(byForm);
    }

    /** The skills mentioned in {@code text}, in text order; empty for {@code null}. Never throws. */
    public List<SkillMention> extract(String text) {
        return extract(TokenizedText.of(text));
    }

    /** As {@link #extract(String)}, on a text already tokenized (one tokenization for several vocabularies). */
    public List<SkillMention> extract(TokenizedText tokenized) {
        String text = tokenized.text();
        List<Token> tokens = tokenized.tokens();
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<int[]> addresses = webAddresses(text);
        List<Candidate> found = new ArrayList<>();
        int address = 0;
        int i = 0;
        while (i < tokens.size()) {
            TermTrie.Match<Form> longest = forms.longestAt(tokens, i);
            if (longest == null) {
                i++;
                continue;
            }
            Form f = longest.value();
            int start = tokens.get(i).start();
            while (address < addresses.size() && addresses.get(address)[1] <= start) {
                address++; // tokens come in text order, so the addresses behind them are done with
            }
            boolean inAddress = address < addresses.size() && addresses.get(address)[0] <= start;
            if (f != Form.NONE && !inAddress) {
                found.add(new Candidate(f.skill(), f.rule(), f.anchor(), i, longest.end()));
            }
            i = longest.end();
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
        return distinctSkills(TokenizedText.of(text));
    }

    /** As {@link #distinctSkills(String)}, on a text already tokenized. */
    public Set<SkillId> distinctSkills(TokenizedText text) {
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
        if (!pending) {
            return;
        }
        // Acceptance only spreads from accepted technical mentions to ambiguous neighbours at most
        // NEAR_GAP terms away, so a work list over neighbours keeps this linear in the number of
        // mentions even for hostile input (a long text of "Go Go Go …").
        Deque<Integer> work = new ArrayDeque<>();
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).accepted && found.get(i).anchor) {
                work.add(i);
            }
        }
        while (!work.isEmpty()) {
            int i = work.poll();
            Candidate o = found.get(i);
            for (int step = -1; step <= 1; step += 2) {
                for (int j = i + step; j >= 0 && j < found.size(); j += step) {
                    Candidate c = found.get(j);
                    Candidate left = step < 0 ? c : o;
                    Candidate right = step < 0 ? o : c;
                    int gap = right.first - left.last;
                    if (gap > NEAR_GAP) {
                        break;
                    }
                    if (c.accepted || endsSentence(text, tokens.get(left.last - 1).end(), tokens.get(right.first).start())) {
                        continue;
                    }
                    boolean capitalised = c.rule != AmbiguityRule.COMMON_NOUN && writtenCapitalised(c, tokens) && formLength(c, tokens) > 1;
                    if (gap <= LIST_GAP || capitalised) {
                        c.accepted = true;
                        if (c.anchor) {
                            work.add(j);
                        }
                    }
                }
            }
        }
    }

    /** The [start, end) spans of the web addresses in {@code text}, in order; none in most texts. */
    private static List<int[]> webAddresses(String text) {
        if (text.indexOf("://") < 0 && text.indexOf("www.") < 0 && text.indexOf("WWW.") < 0) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = WEB_ADDRESS.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private static boolean writtenCapitalised(Candidate c, List<Token> tokens) {
        Token first = tokens.get(c.first);
        return first.capitalised() && !first.sentenceInitial();
    }

    private static int formLength(Candidate c, List<Token> tokens) {
        return tokens.get(c.last - 1).end() - tokens.get(c.first).start();
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

    /** What a surface form stands for: its skill, its ambiguity rule if any, and whether it anchors others (not a soft skill). */
    private record Form(SkillId skill, AmbiguityRule rule, boolean anchor) {
        /** A {@link #NOT_SKILLS} phrase. */
        static final Form NONE = new Form(null, null, false);
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
