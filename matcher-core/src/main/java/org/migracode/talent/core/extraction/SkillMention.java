package org.migracode.talent.core.extraction;

import java.util.Objects;
import org.migracode.talent.core.taxonomy.SkillId;

/**
 * A skill found in a text.
 *
 * @param skill   the skill
 * @param start   offset of the first char in the original text (inclusive)
 * @param end     offset after the last char in the original text (exclusive)
 * @param matched the original text between {@code start} and {@code end}
 */
public record SkillMention(SkillId skill, int start, int end, String matched) {

    public SkillMention {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(matched, "matched");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("mention span must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }
}
