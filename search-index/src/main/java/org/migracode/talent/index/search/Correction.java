package org.migracode.talent.index.search;

import java.util.Objects;
import org.migracode.talent.core.taxonomy.SkillId;

/**
 * One search word read as a known name it is a typo of: "reakt" as React, "programdor" as the
 * occupation developer.
 *
 * @param word        the word as typed, lower-cased
 * @param replacement the name as the vocabulary writes it ("React", "JavaScript", "programador")
 * @param skill       the skill it names, or {@code null}
 * @param occupation  the occupation id it names, or {@code null}
 * @param distance    edits between the word and the name (1 or 2)
 */
public record Correction(String word, String replacement, SkillId skill, String occupation, int distance) {

    public Correction {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(replacement, "replacement");
        if ((skill == null) == (occupation == null)) {
            throw new IllegalArgumentException("a correction names a skill or an occupation");
        }
    }
}
