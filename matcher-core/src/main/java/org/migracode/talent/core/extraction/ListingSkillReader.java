package org.migracode.talent.core.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migracode.talent.core.taxonomy.SkillCategory;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;
import org.migracode.talent.core.taxonomy.TermTokenizer;

/**
 * Reads required and nice-to-have skills from a listing that is only free text (a title and a
 * description in English, Spanish or Catalan), for when the recruiter filled no skill fields.
 *
 * <p>Rules: the description is cut into lines and sentences. A sentence that contains a
 * "nice to have" cue ("a plus", "nice to have", "preferred", "se valorará", "valorable", "deseable",
 * "es valorarà", "un plus"…) gives nice-to-have skills. A short heading line ending in ':' with
 * such a cue makes the following lines nice-to-have until a heading with a requirement cue
 * ("requirements", "requisitos", "requisits", "must have", "imprescindible"…). Every other skill
 * is required, and so is every skill in the title. Soft skills (teamwork, communication…) are
 * always nice-to-have: they are rarely stated in a CV the same way and should not decide a match.
 * A skill both required and nice-to-have is required.
 *
 * <p>Skills are found in the whole description at once, so the context rule for ambiguous forms
 * sees neighbouring sentences. Cost: one extraction pass over the text. Thread-safe.
 */
public final class ListingSkillReader {

    private static final Pattern LINE = Pattern.compile("[^\\r\\n]+");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?;])\\s+");
    private static final List<String> OPTIONAL_CUES = List.of(
            "nice to have", "a plus", "plus", "bonus", "preferred", "preferably", "desirable", "ideally",
            "would be great", "is an advantage", "an asset", "optional", "valorable", "valorables", "se valorara",
            "se valoraran", "valoramos", "valoraremos", "deseable", "deseables", "opcional", "punto a favor",
            "es valorara", "es valoraran", "valorem", "valorarem", "desitjable", "punt a favor", "un plus");
    private static final List<String> REQUIRED_CUES = List.of(
            "requirements", "required", "must have", "must", "we need", "you have", "what you bring", "requisitos",
            "requisito", "imprescindible", "necesario", "necesitamos", "requerido", "requisits", "requisit",
            "imprescindibles", "necessari", "necessitem", "what we expect", "lo que buscamos", "que busquem");

    private final SkillExtractor extractor;
    private final SkillTaxonomy taxonomy;

    public ListingSkillReader(SkillTaxonomy taxonomy, SkillExtractor extractor) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    public ListingSkillReader(SkillTaxonomy taxonomy) {
        this(taxonomy, new SkillExtractor(taxonomy));
    }

    /** Skills of a free-text listing; {@code null} title or description count as empty. */
    public ListingSkills read(String title, String description) {
        Set<SkillId> required = new LinkedHashSet<>();
        Set<SkillId> nice = new LinkedHashSet<>();
        add(extractor.distinctSkills(title), false, required, nice);
        if (description != null && !description.isEmpty()) {
            List<int[]> optionalSpans = optionalSpans(description);
            for (SkillMention m : extractor.extract(description)) {
                add(Set.of(m.skill()), inside(optionalSpans, m.start()), required, nice);
            }
        }
        nice.removeAll(required);
        return new ListingSkills(List.copyOf(required), List.copyOf(nice));
    }

    /** [start, end) offsets of the sentences and sections whose skills are only valued. */
    private static List<int[]> optionalSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        boolean optionalSection = false;
        Matcher lines = LINE.matcher(text);
        while (lines.find()) {
            int lineStart = lines.start();
            String line = lines.group();
            String key = " " + TermTokenizer.key(line) + " ";
            boolean heading = line.strip().endsWith(":") && key.strip().split(" ").length <= 8;
            if (heading && has(key, OPTIONAL_CUES)) {
                optionalSection = true;
                continue;
            }
            if (heading && has(key, REQUIRED_CUES)) {
                optionalSection = false;
            }
            if (optionalSection) {
                spans.add(new int[] {lineStart, lines.end()});
                continue;
            }
            int sentenceStart = 0;
            Matcher breaks = SENTENCE_BREAK.matcher(line);
            while (true) {
                boolean more = breaks.find();
                int sentenceEnd = more ? breaks.start() : line.length();
                String sentence = line.substring(sentenceStart, sentenceEnd);
                if (has(" " + TermTokenizer.key(sentence) + " ", OPTIONAL_CUES)) {
                    spans.add(new int[] {lineStart + sentenceStart, lineStart + sentenceEnd});
                }
                if (!more) {
                    break;
                }
                sentenceStart = breaks.end();
            }
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, int offset) {
        for (int[] span : spans) {
            if (offset >= span[0] && offset < span[1]) {
                return true;
            }
        }
        return false;
    }

    private void add(Set<SkillId> skills, boolean optional, Set<SkillId> required, Set<SkillId> nice) {
        for (SkillId s : skills) {
            boolean soft = taxonomy.get(s).map(k -> k.category() == SkillCategory.SOFT).orElse(false);
            (optional || soft ? nice : required).add(s);
        }
    }

    private static boolean has(String paddedKey, List<String> cues) {
        for (String cue : cues) {
            if (paddedKey.contains(" " + cue + " ")) {
                return true;
            }
        }
        return false;
    }
}
