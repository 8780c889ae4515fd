package org.migracode.talent.index.listings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill a listing requires, with the minimum level (1–5) it expects. */
@Embeddable
public class RequiredSkill {

    @Column(name = "skill_id", nullable = false)
    private String skillId;

    @Column(name = "min_level", nullable = false)
    private short minLevel;

    protected RequiredSkill() {
    }

    public RequiredSkill(String skillId, int minLevel) {
        if (skillId == null || skillId.isBlank()) {
            throw new IllegalArgumentException("skill id must not be blank");
        }
        if (minLevel < 1 || minLevel > 5) {
            throw new IllegalArgumentException("minimum level must be between 1 and 5, got " + minLevel);
        }
        this.skillId = skillId;
        this.minLevel = (short) minLevel;
    }

    public String getSkillId() {
        return skillId;
    }

    public int getMinLevel() {
        return minLevel;
    }
}
