package org.migracode.talent.index.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The OpenSearch (Elasticsearch backend) twin of {@link TalentLuceneAnalysisConfigurer}: every
 * analyzer of {@link SearchAnalyzers} built from the same Lucene components in the same order, by
 * their OpenSearch names, so both backends turn a text into the same tokens:
 * <ul>
 *   <li>English: possessive, lower case, Lucene's English stop set ({@code _english_}), Porter, folding;</li>
 *   <li>Spanish: lower case, Snowball's Spanish stop list ({@code _spanish_}), light stemmer, folding;</li>
 *   <li>Catalan: elision of {@link #CATALAN_ELISIONS} (the file the Lucene twin reads), lower case,
 *       Lucene's Catalan stop set ({@code _catalan_}), folding, Snowball Catalan.</li>
 * </ul>
 * {@code TalentAnalysisParityTests} compares the tokens of both for sample texts in three languages.
 */
public class TalentElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    /** The articles of {@code catalan_elisions.txt}: "l'empresa" → "empresa". */
    static final String[] CATALAN_ELISIONS = {"d", "l", "m", "n", "s", "t"};

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("talent_en_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("talent_en_stop").type("stop").param("stopwords", "_english_").param("ignore_case", true);
        context.tokenFilter("talent_es_stop").type("stop").param("stopwords", "_spanish_").param("ignore_case", true);
        context.tokenFilter("talent_es_light_stem").type("stemmer").param("language", "light_spanish");
        context.tokenFilter("talent_ca_elision").type("elision").param("articles", CATALAN_ELISIONS).param("articles_case", true);
        context.tokenFilter("talent_ca_stop").type("stop").param("stopwords", "_catalan_").param("ignore_case", true);
        context.tokenFilter("talent_ca_snowball").type("snowball").param("language", "Catalan");
        context.tokenFilter("talent_plain_stop").type("stop").param("stopwords", plainStopWords()).param("ignore_case", true);

        context.analyzer(SearchAnalyzers.TEXT_PLAIN).custom()
                .tokenizer("standard")
                .tokenFilters("talent_ca_elision", "lowercase", "talent_plain_stop", "asciifolding");
        context.analyzer(SearchAnalyzers.SKILL_BAG).custom()
                .tokenizer("whitespace");

        context.analyzer(SearchAnalyzers.TEXT).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");

        context.analyzer(SearchAnalyzers.TEXT_EN).custom()
                .tokenizer("standard")
                .tokenFilters("talent_en_possessive", "lowercase", "talent_en_stop", "porter_stem", "asciifolding");

        context.analyzer(SearchAnalyzers.TEXT_ES).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "talent_es_stop", "talent_es_light_stem", "asciifolding");

        context.analyzer(SearchAnalyzers.TEXT_CA).custom()
                .tokenizer("standard")
                // fold before stemming, as the Lucene twin does: "aplicacio" and "aplicació" stem alike
                .tokenFilters("talent_ca_elision", "lowercase", "talent_ca_stop", "asciifolding", "talent_ca_snowball");

        context.normalizer(SearchAnalyzers.NORMALIZER_FOLDED).custom()
                .tokenFilters("lowercase", "asciifolding");
    }

    /** The words of {@link SearchAnalyzers#TEXT_PLAIN_STOPWORDS}, the same file the Lucene backend reads. */
    static String[] plainStopWords() {
        java.io.InputStream in = TalentElasticsearchAnalysisConfigurer.class.getClassLoader()
                .getResourceAsStream(SearchAnalyzers.TEXT_PLAIN_STOPWORDS);
        if (in == null) {
            throw new IllegalStateException("missing " + SearchAnalyzers.TEXT_PLAIN_STOPWORDS);
        }
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toArray(String[]::new);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
