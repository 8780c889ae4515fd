package org.migracode.talent.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Creates {@link MemoizedCatalanStemFilter}s; takes no parameters. */
public final class MemoizedCatalanStemFilterFactory extends TokenFilterFactory {

    /** The name Lucene's service lookup would know it by. */
    public static final String NAME = "memoizedCatalanStem";

    public MemoizedCatalanStemFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's service loader only. */
    public MemoizedCatalanStemFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new MemoizedCatalanStemFilter(input);
    }
}
