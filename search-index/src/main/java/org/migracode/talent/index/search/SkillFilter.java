package org.migracode.talent.index.search;

import org.migracode.talent.core.input.InvalidInputException;
import java.util.Objects;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.matching.SkillVocabulary;

/**
 * "Holds {@code skill} at {@code minLevel} or more" (declared, portfolio or curriculum evidence;
 * implied skills do not count, so a filter agrees with the skill facet's counts).
 */
public record SkillFilter(SkillId skill, int minLevel) {

    public SkillFilter {
        Objects.requireNonNull(skill, "skill");
        if (minLevel < 1 || minLevel > 5) {
            throw new InvalidInputException("skill.level.range", "skill level must be between 1 and 5, got {0}", minLevel);
        }
    }

    /**
     * Parses {@code name} or {@code name:level} ("React:3", "JS", "postgres:2"); the name goes
     * through the taxonomy's labels and aliases.
     */
    public static SkillFilter parse(String text, SkillVocabulary vocabulary) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("skill.blank", "skill must not be blank");
        }
        String name = text.strip();
        int level = 1;
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            String levelText = name.substring(colon + 1).strip();
            name = name.substring(0, colon).strip();
            try {
                level = Integer.parseInt(levelText);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("skill.level.number", "skill level must be a number from 1 to 5, got ''{0}'' in ''{1}''", levelText, text);
            }
        }
        String finalName = name;
        SkillId id = vocabulary.resolve(name)
                .orElseThrow(() -> new InvalidInputException("skill.unknown", "''{0}'' is not a skill name", finalName));
        return new SkillFilter(id, level);
    }
}
