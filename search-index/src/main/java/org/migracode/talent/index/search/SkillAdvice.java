package org.migracode.talent.index.search;

import java.util.List;
import java.util.Objects;
import org.migracode.talent.core.taxonomy.SkillId;

/**
 * What a zero-result search can still tell about one searched skill: "no one knows Kotlin yet;
 * 12 know Java".
 *
 * @param skill        the searched skill
 * @param holders      how many graduates the viewer may see hold it (ignoring every other criterion)
 * @param alternatives when {@code holders} is 0: the nearest skills that people do hold, nearest
 *                     relation first (directly implied or implying, then transitively, then same category), then most held
 */
public record SkillAdvice(SkillId skill, long holders, List<SkillCount> alternatives) {

    public SkillAdvice {
        Objects.requireNonNull(skill, "skill");
        alternatives = List.copyOf(alternatives);
    }

    /** A skill and how many graduates hold it. */
    public record SkillCount(SkillId skill, long count) {
    }
}
