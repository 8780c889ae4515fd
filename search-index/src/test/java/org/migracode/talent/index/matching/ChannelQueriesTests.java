package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.analysis.SearchAnalyzers;

/**
 * The full-text channel's query words ({@link ChannelQueries#text}) and the {@code text_plain}
 * analyzer's stop words: function words of English, Spanish, Catalan and German never become
 * query terms, whatever the listing's language; the words that carry the job stay, counted.
 */
class ChannelQueriesTests {

    @Test
    void germanFunctionWordsAreNotQueryTerms() {
        var terms = ChannelQueries.text("Wir suchen eine Entwicklerin für unser Team mit Erfahrung in React und TypeScript."
                + " Die Stelle ist in Berlin, und die Arbeit ist mit React und Node.");

        assertThat(terms).doesNotContainKeys("wir", "eine", "für", "unser", "mit", "in", "und", "die", "ist");
        assertThat(terms).containsEntry("react", 2).containsKeys("entwicklerin", "erfahrung", "typescript", "berlin", "node");
    }

    @Test
    void englishSpanishAndCatalanFunctionWordsStillAreNot() {
        var terms = ChannelQueries.text("We are looking for a developer with Java. Buscamos una persona con Java y SQL. Busquem algú amb Java.");

        assertThat(terms).doesNotContainKeys("we", "are", "for", "a", "with", "una", "con", "y", "amb");
        assertThat(terms).containsEntry("java", 3).containsKeys("developer", "sql");
    }

    @Test
    void technicalWordsThatLookLikeStopWordsInAnotherLanguageAreKept() {
        // "go", "r" and "c" are languages; none of the four lists may hold them
        var terms = ChannelQueries.text("Go, Rust, Java, Kotlin und SQL");

        assertThat(terms).containsKeys("go", "rust", "java", "kotlin", "sql");
    }

    @Test
    void theIndexAnalyzerReadsTheSameListAndDropsTheGermanWordsToo() throws IOException {
        // the stop filter as TalentLuceneAnalysisConfigurer declares text_plain's, over the same file
        try (CustomAnalyzer analyzer = CustomAnalyzer.builder(new ClasspathResourceLoader(getClass().getClassLoader()))
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("stop", "words", SearchAnalyzers.TEXT_PLAIN_STOPWORDS, "ignoreCase", "true")
                .build()) {
            assertThat(tokens(analyzer, "Erfahrung mit Java und Spring für das Backend, daß über alles"))
                    .containsExactly("erfahrung", "java", "spring", "backend");
        }
    }

    private static List<String> tokens(CustomAnalyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
