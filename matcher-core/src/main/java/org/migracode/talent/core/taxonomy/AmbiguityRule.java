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
    CAPITALISED,
    /**
     * Also an ordinary noun in a language the product reads, where nouns are written with a
     * capital (German "Terminal", "Helm", "Notebooks"): a capital is no evidence, so only the
     * list rule (a skill right next to it) and a skill tag that is the whole text accept it.
     */
    COMMON_NOUN
}
