package org.migracode.talent.index.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.CatalanStemmer;

/**
 * Snowball's Catalan stemmer that remembers the stems it computed. Stemming Catalan was the
 * costliest single step of indexing a graduate's text (6 % of a 100k reindex's CPU, as much as the
 * English and Spanish stemmers together), and texts repeat their words: a word seen before costs
 * one hash look-up instead of Snowball's suffix search.
 *
 * <p>Gives exactly the terms Lucene's {@code SnowballFilter} with Snowball's {@code CatalanStemmer}
 * gives (the OpenSearch twin of the analyzer still uses that filter), keywords untouched. The
 * memory belongs to one token stream, which Lucene keeps per thread: it is emptied when it holds
 * {@value #DEFAULT_CAPACITY} words (about 1 MB), so neither hostile input nor many request threads
 * can grow it without bound. The index writer's few threads see most words and keep the frequent
 * ones; a request thread only ever holds the words of the queries it analyzed.
 */
public final class MemoizedCatalanStemFilter extends TokenFilter {

    static final int DEFAULT_CAPACITY = 8_192;

    private final CatalanStemmer stemmer = new CatalanStemmer();
    private final CharArrayMap<char[]> stems;
    private final int capacity;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public MemoizedCatalanStemFilter(TokenStream input) {
        this(input, DEFAULT_CAPACITY);
    }

    MemoizedCatalanStemFilter(TokenStream input, int capacity) {
        super(input);
        this.capacity = capacity;
        this.stems = new CharArrayMap<>(Math.min(capacity, 1024), false);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        char[] stem = stems.get(buffer, 0, length);
        if (stem == null) {
            // the word is copied first: Snowball stems in the array it is given
            char[] word = Arrays.copyOf(buffer, length);
            stemmer.setCurrent(buffer, length);
            stemmer.stem();
            stem = Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
            if (stems.size() >= capacity) {
                stems.clear();
            }
            stems.put(word, stem);
        }
        term.copyBuffer(stem, 0, stem.length);
        return true;
    }
}
