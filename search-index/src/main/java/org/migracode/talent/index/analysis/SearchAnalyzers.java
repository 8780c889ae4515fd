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
    /**
     * The full-text matching channel: standard tokens, Catalan elision, lower case, the English,
     * Spanish and Catalan stop words (text_plain_stopwords.txt), accents folded, and no stemmer
     * (stemming made BM25 on real English CVs worse).
     */
    public static final String TEXT_PLAIN = "text_plain";
    /** The skills channel: a bag of skill ids separated by spaces, one token per mention. */
    public static final String SKILL_BAG = "skill_bag";
    /** Classpath resource of {@link #TEXT_PLAIN}'s stop words. */
    public static final String TEXT_PLAIN_STOPWORDS = "org/migracode/talent/index/analysis/text_plain_stopwords.txt";
    /** Keywords compared case- and accent-insensitively (cities). */
    public static final String NORMALIZER_FOLDED = "folded";

    private SearchAnalyzers() {
    }
}
