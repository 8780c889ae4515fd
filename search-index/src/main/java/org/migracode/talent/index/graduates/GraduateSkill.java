package org.migracode.talent.index.graduates;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.migracode.talent.core.profile.SkillSource;

/** One skill of a graduate: a taxonomy id, a level from 1 (basics) to 5 (expert), and its evidence. */
@Embeddable
public class GraduateSkill {

    @Column(name = "skill_id", nullable = false)
    private String skillId;

    @Column(nullable = false)
    private short level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SkillSource source;

    protected GraduateSkill() {
    }

    public GraduateSkill(String skillId, int level, SkillSource source) {
        if (skillId == null || skillId.isBlank()) {
            throw new IllegalArgumentException("skill id must not be blank");
        }
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("skill level must be between 1 and 5, got " + level);
        }
        this.skillId = skillId;
        this.level = (short) level;
        this.source = Objects.requireNonNull(source, "source");
    }

    public String getSkillId() {
        return skillId;
    }

    public int getLevel() {
        return level;
    }

    public SkillSource getSource() {
        return source;
    }
}
