package org.migracode.talent.index.analysis;

/**
 * Names of every analyzer and normalizer the index uses. The mapping annotations and the query
 * code refer to these constants; {@link TalentLuceneAnalysisConfigurer} defines each of them.
 */
public final class SearchAnalyzers {

    /** Language-neutral text: standard tokens, lower case, accents folded. Used for highlighting. */
    public static final String TEXT = "text";
    /** English text with stop words and a light stemmer. */
    public static final String TEXT_EN = "text_en";
    /** Spanish text with stop words and a light stemmer. */
    public static final String TEXT_ES = "text_es";
    /** Catalan text with stop words, elision ("l'empresa") and a stemmer. */
    public static final String TEXT_CA = "text_ca";
    /** Free text reduced to canonical skill ids through the taxonomy's labels and aliases. */
    public static final String SKILLS = "skills";
    /** Keywords compared case- and accent-insensitively (cities). */
    public static final String NORMALIZER_FOLDED = "folded";

    private SearchAnalyzers() {
    }
}
