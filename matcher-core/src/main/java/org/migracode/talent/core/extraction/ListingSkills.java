package org.migracode.talent.core.extraction;

import java.util.List;
import org.migracode.talent.core.taxonomy.SkillId;

/**
 * Skills read from a listing's free text: those it requires and those it only values. Disjoint,
 * each in order of first mention.
 */
public record ListingSkills(List<SkillId> required, List<SkillId> niceToHave) {

    public ListingSkills {
        required = List.copyOf(required);
        niceToHave = List.copyOf(niceToHave);
    }
}
