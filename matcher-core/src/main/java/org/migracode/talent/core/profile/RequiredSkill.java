package org.migracode.talent.core.profile;

import java.util.Objects;
import org.migracode.talent.core.taxonomy.SkillId;

/**
 * A skill a listing requires, with the minimum level (1 beginner … 5 expert).
 * {@link #of(SkillId)} uses {@value #DEFAULT_MIN_LEVEL}, the same as a graduate's skill declared
 * without a level, so that an unqualified requirement is met by an unqualified declaration.
 */
public record RequiredSkill(SkillId skill, int minLevel) {

    public static final int DEFAULT_MIN_LEVEL = 3;

    public RequiredSkill {
        Objects.requireNonNull(skill, "skill");
        if (minLevel < 1 || minLevel > 5) {
            throw new IllegalArgumentException("minimum level must be between 1 and 5, got " + minLevel);
        }
    }

    public static RequiredSkill of(SkillId skill) {
        return new RequiredSkill(skill, DEFAULT_MIN_LEVEL);
    }
}
