package org.migracode.talent.core.extraction;

import java.util.ArrayList;
import java.util.List;
import org.migracode.talent.core.taxonomy.EscoChannelTaxonomy;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.TokenizedText;

/**
 * The skills channel's view of a text: every known skill found in it, once per mention (so a CV
 * that names Java five times has "java" five times), from the taxonomy plus the ESCO digital
 * skills ({@link EscoChannelTaxonomy}). Both a listing and a candidate become such a bag; the index
 * scores them BM25-like, so a rare skill weighs more than Git or Office. Thread-safe.
 */
public final class SkillBag {

    private static final SkillExtractor EXTRACTOR = new SkillExtractor(EscoChannelTaxonomy.get());

    private SkillBag() {
    }

    /** The skill ids mentioned in {@code text}, in text order, with repeats; empty for null. */
    public static List<SkillId> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return of(TokenizedText.of(text));
    }

    /** As {@link #of(String)}, on a text already tokenized. */
    public static List<SkillId> of(TokenizedText text) {
        List<SkillId> bag = new ArrayList<>();
        for (SkillMention m : EXTRACTOR.extract(text)) {
            bag.add(m.skill());
        }
        return bag;
    }
}
