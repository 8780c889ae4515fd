package org.migracode.talent.index.analysis;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Defines every analyzer named in {@link SearchAnalyzers} for the Lucene backend. Referenced from
 * the {@code hibernate.search.backend.analysis.configurer} property by class name, so it needs no
 * framework to run.
 *
 * <p>Stop words come from Lucene's own per-language lists. Accents are folded so that
 * "programación" and "programacion" meet: after the Spanish light stemmer (which knows accents),
 * before the Catalan Snowball stemmer (which otherwise stems the two spellings apart).
 */
public class TalentLuceneAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalyzers.TEXT).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);

        context.analyzer(SearchAnalyzers.TEXT_EN).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("ignoreCase", "true")
                .tokenFilter(PorterStemFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);

        context.analyzer(SearchAnalyzers.TEXT_ES).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("words", "org/apache/lucene/analysis/snowball/spanish_stop.txt")
                .param("format", "snowball")
                .param("ignoreCase", "true")
                .tokenFilter(SpanishLightStemFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);

        context.analyzer(SearchAnalyzers.TEXT_CA).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ElisionFilterFactory.class)
                .param("articles", "org/migracode/talent/index/analysis/catalan_elisions.txt")
                .param("ignoreCase", "true")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("words", "org/apache/lucene/analysis/ca/stopwords.txt")
                .param("ignoreCase", "true")
                // fold first: people type "aplicacio" as often as "aplicació", and both must stem alike
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                // Snowball Catalan remembering the stems it computed: the same terms, computed once per word
                .tokenFilter(MemoizedCatalanStemFilterFactory.class);

        context.analyzer(SearchAnalyzers.TEXT_PLAIN).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ElisionFilterFactory.class)
                .param("articles", "org/migracode/talent/index/analysis/catalan_elisions.txt")
                .param("ignoreCase", "true")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("words", SearchAnalyzers.TEXT_PLAIN_STOPWORDS)
                .param("ignoreCase", "true")
                .tokenFilter(ASCIIFoldingFilterFactory.class);

        context.analyzer(SearchAnalyzers.SKILL_BAG).custom()
                .tokenizer(org.apache.lucene.analysis.core.WhitespaceTokenizerFactory.class);

        context.normalizer(SearchAnalyzers.NORMALIZER_FOLDED).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
