package org.migracode.talent.core.scoring;

import java.util.Objects;
import org.migracode.talent.core.taxonomy.SkillId;

/**
 * How one required skill was matched.
 *
 * @param required the listing's required skill
 * @param via      the graduate's skill that gave the credit (equal to {@code required} unless IMPLIED)
 * @param kind     how it was matched
 * @param level    the level of {@code via} (1–5)
 * @param credit   the credit in (0, 1] (see {@link MatchScorer})
 */
public record SkillMatch(SkillId required, SkillId via, MatchKind kind, int level, double credit) {

    public SkillMatch {
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(kind, "kind");
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("skill level must be between 1 and 5, got " + level);
        }
        if (!(credit > 0 && credit <= 1)) {
            throw new IllegalArgumentException("match credit must be in (0, 1], got " + credit);
        }
    }
}
