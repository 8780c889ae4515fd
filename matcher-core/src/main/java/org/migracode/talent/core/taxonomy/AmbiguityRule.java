package org.migracode.talent.core.taxonomy;

/**
 * How a surface form that is also an ordinary word or a name ("Go", "Express", "Swift", "R") may
 * be recognised in free text. The precise rules are applied by the skill extractor and documented
 * in docs/matching.md.
 */
public enum AmbiguityRule {
    /** Only in a technical context: next to another skill, or capitalised near other skills. */
    CONTEXT,
    /** As {@link #CONTEXT}, and also whenever written with a capital letter in mid-sentence. */
    CAPITALISED
}
