package org.migracode.talent.core.taxonomy;

import java.util.Locale;

/**
 * The kind of a skill. {@link #CURRICULUM} marks the modules of the school's own curriculum
 * (HTML, CSS, JavaScript, Node.js, React, SQL, MySQL, PostgreSQL) whatever their technical kind.
 */
public enum SkillCategory {
    LANGUAGE, FRAMEWORK, LIBRARY, PLATFORM, DATABASE, TOOL, PRACTICE, CLOUD, DATA, DESIGN, OFFICE, SOFT,
    CURRICULUM;

    /** Parses the lowercase name used in the data file, e.g. {@code framework}. */
    public static SkillCategory parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown skill category '" + text + "'");
        }
    }
}
