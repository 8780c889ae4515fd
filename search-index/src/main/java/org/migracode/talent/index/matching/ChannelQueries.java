package org.migracode.talent.index.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.migracode.talent.core.extraction.SkillBag;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.analysis.SearchAnalyzers;

/**
 * The two text-reading channels' queries for a listing, as weighted terms: each term's weight is
 * how often the listing names it (term frequencies kept, as in a textbook BM25 query), and the
 * index scores each term with BM25 over the candidates' field.
 *
 * <ul>
 *   <li>{@link #skills}: the skill ids of the listing's skill bag ({@link SkillBag}: every known
 *       skill its title and description name, once per mention, from the taxonomy and ESCO's
 *       digital skills), plus its tagged required and nice-to-have skills when the text does not
 *       name them. Scored against {@code skillBag}.</li>
 *   <li>{@link #text}: the words of the title and description split at white space, without the
 *       stop words of {@link SearchAnalyzers#TEXT_PLAIN}, at most {@value #MAX_TERMS} distinct
 *       ones in order of first appearance (Lucene allows 1,024 clauses per query). Scored against
 *       {@code text_plain}, which analyses each of them like the indexed text.</li>
 * </ul>
 * Both are deterministic: insertion-ordered maps, no hashing order.
 */
final class ChannelQueries {

    static final int MAX_TERMS = 300;
    static final int MAX_SKILLS = 200;
    private static final Set<String> STOP_WORDS = loadStopWords();

    private ChannelQueries() {
    }

    static Map<String, Integer> skills(ListingProfile listing) {
        Map<String, Integer> bag = new LinkedHashMap<>();
        for (SkillId id : SkillBag.of(join(listing.title(), listing.description()))) {
            if (bag.size() >= MAX_SKILLS && !bag.containsKey(id.value())) {
                continue;
            }
            bag.merge(id.value(), 1, Integer::sum);
        }
        for (RequiredSkill r : listing.required()) {
            bag.putIfAbsent(r.skill().value(), 1);
        }
        for (SkillId n : listing.niceToHave()) {
            bag.putIfAbsent(n.value(), 1);
        }
        return bag;
    }

    static Map<String, Integer> text(ListingProfile listing) {
        return text(join(listing.title(), listing.description()));
    }

    static Map<String, Integer> text(String text) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        if (text == null) {
            return terms;
        }
        for (String raw : text.split("\\s+")) {
            String w = raw.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}+#]+$", "");
            if (w.isEmpty() || STOP_WORDS.contains(w) || (w.length() < 2 && !Character.isDigit(w.charAt(0)))) {
                continue;
            }
            if (terms.size() >= MAX_TERMS && !terms.containsKey(w)) {
                continue;
            }
            terms.merge(w, 1, Integer::sum);
        }
        return terms;
    }

    private static String join(String title, String description) {
        return (title == null ? "" : title) + "\n" + (description == null ? "" : description);
    }

    private static Set<String> loadStopWords() {
        InputStream in = ChannelQueries.class.getClassLoader().getResourceAsStream(SearchAnalyzers.TEXT_PLAIN_STOPWORDS);
        if (in == null) {
            throw new IllegalStateException("missing " + SearchAnalyzers.TEXT_PLAIN_STOPWORDS);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
