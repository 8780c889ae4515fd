package org.migracode.talent.core.profile;

import java.util.Objects;
import org.migracode.talent.core.taxonomy.SkillId;

/**
 * A skill a graduate has, with a level (1 beginner … 5 expert) and where it comes from. A skill
 * known without a level (a plain tag, a skill found in a CV's text) gets {@value #DEFAULT_LEVEL}
 * through {@link #withoutLevel(SkillId, SkillSource)}; a {@code null} source means DECLARED.
 */
public record CandidateSkill(SkillId skill, int level, SkillSource source) {

    public static final int DEFAULT_LEVEL = 3;

    public CandidateSkill {
        Objects.requireNonNull(skill, "skill");
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("skill level must be between 1 and 5, got " + level);
        }
        source = source == null ? SkillSource.DECLARED : source;
    }

    public static CandidateSkill withoutLevel(SkillId skill, SkillSource source) {
        return new CandidateSkill(skill, DEFAULT_LEVEL, source);
    }

    public static CandidateSkill declared(SkillId skill, int level) {
        return new CandidateSkill(skill, level, SkillSource.DECLARED);
    }
}
