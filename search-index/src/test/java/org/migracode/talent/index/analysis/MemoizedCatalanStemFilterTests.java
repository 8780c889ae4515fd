package org.migracode.talent.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.CatalanStemmer;

class MemoizedCatalanStemFilterTests {

    private static final String[] ROOTS = {"desenvolup", "program", "aplic", "treball", "dissenyador", "analist", "gestion", "equip",
        "projec", "comunic", "servei", "client", "respons", "formaci", "experienci", "coneixe", "empres", "col·labor", "organitz",
        "document", "prov", "integr", "web", "dad", "segur", "xarx", "sistem", "interf", "usuari", "millor"};
    private static final String[] ENDINGS = {"", "a", "ador", "adora", "adors", "ació", "acions", "ament", "ar", "at", "ats", "ava",
        "aven", "ista", "istes", "itat", "itats", "iu", "ius", "iva", "ives", "ment", "ments", "or", "ors", "ós", "osa", "ència",
        "ències", "ible", "ibles", "ant", "ants", "ent", "ents", "ia", "ies", "ic", "ics", "ica", "iques", "s", "es"};

    @Test
    void stemsEveryWordAsSnowballCatalanDoes() throws IOException {
        String text = String.join(" ", words(20_000, 7));
        assertThat(terms(text, in -> new MemoizedCatalanStemFilter(in))).isEqualTo(terms(text, in -> new SnowballFilter(in, new CatalanStemmer())));
    }

    @Test
    void stemsAlikeWhenItsMemoryFillsAndIsEmptied() throws IOException {
        String text = String.join(" ", words(5_000, 11));
        List<String> expected = terms(text, in -> new SnowballFilter(in, new CatalanStemmer()));
        assertThat(terms(text, in -> new MemoizedCatalanStemFilter(in, 50))).isEqualTo(expected);
        assertThat(expected).hasSize(5_000);
    }

    @Test
    void leavesKeywordsAlone() throws IOException {
        CharArraySet keywords = new CharArraySet(List.of("desenvolupadores"), false);
        List<String> terms = terms("desenvolupadores programadores",
                in -> new MemoizedCatalanStemFilter(new SetKeywordMarkerFilter(in, keywords)));
        assertThat(terms.get(0)).isEqualTo("desenvolupadores");
        assertThat(terms.get(1)).isNotEqualTo("programadores");
    }

    @Test
    void aStreamReusedForAnotherTextStemsItToo() throws IOException {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        TokenStream filter = new MemoizedCatalanStemFilter(tokenizer);
        List<String> first = read(tokenizer, filter, "aplicacions aplicacions");
        List<String> second = read(tokenizer, filter, "aplicacions treballadores");
        assertThat(first).containsExactly(second.get(0), second.get(0));
        assertThat(second.get(1)).isEqualTo(terms("treballadores", in -> new SnowballFilter(in, new CatalanStemmer())).get(0));
    }

    /** Catalan-looking words, repeats and unseen ones mixed, as in a text. */
    private static List<String> words(int count, long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String word = ROOTS[random.nextInt(ROOTS.length)] + ENDINGS[random.nextInt(ENDINGS.length)];
            words.add(random.nextInt(10) == 0 ? word + (char) ('a' + random.nextInt(26)) + ENDINGS[random.nextInt(ENDINGS.length)] : word);
        }
        return words;
    }

    private static List<String> terms(String text, Function<TokenStream, TokenStream> filter) throws IOException {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        return read(tokenizer, filter.apply(tokenizer), text);
    }

    private static List<String> read(Tokenizer tokenizer, TokenStream stream, String text) throws IOException {
        tokenizer.setReader(new StringReader(text));
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        List<String> out = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            out.add(term.toString());
        }
        stream.end();
        stream.close();
        return out;
    }
}
