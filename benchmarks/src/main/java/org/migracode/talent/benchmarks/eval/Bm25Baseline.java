package org.migracode.talent.benchmarks.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline FORMAT.md defines: Lucene BM25 with default parameters and the standard analyzer
 * over all candidate text in one field, queried with the listing's title, description and skills
 * as plain text — no synonyms, no taxonomy, no re-rank. Ties are broken by candidate id.
 */
public final class Bm25Baseline implements AutoCloseable {

    private static final String ID = "id";
    private static final String TEXT = "text";

    private final Analyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public Bm25Baseline(List<EvalCandidate> candidates) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (EvalCandidate c : candidates) {
                Document doc = new Document();
                doc.add(new StringField(ID, c.id(), Field.Store.YES));
                doc.add(new TextField(TEXT, candidateText(c), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader); // BM25Similarity(k1 = 1.2, b = 0.75) is the default
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Candidate ids, best first, at most {@code k}. */
    public List<String> rank(EvalListing listing, int k) {
        String queryText = Stream.concat(Stream.of(listing.title(), listing.description()),
                        Stream.concat(listing.requiredSkills().stream(), listing.niceToHaveSkills().stream()))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms(queryText)) {
            if (clauses++ >= IndexSearcher.getMaxClauseCount()) {
                break;
            }
            query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        try {
            ScoreDoc[] hits = searcher.search(query.build(), Math.max(1, reader.maxDoc())).scoreDocs;
            StoredFields stored = searcher.storedFields();
            record Hit(String id, float score) {
            }
            List<Hit> list = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                list.add(new Hit(stored.document(hit.doc).get(ID), hit.score));
            }
            return list.stream().sorted(Comparator.comparing(Hit::score).reversed().thenComparing(Hit::id))
                    .limit(k).map(Hit::id).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static String candidateText(EvalCandidate c) {
        List<String> parts = new ArrayList<>();
        parts.add(c.headline());
        parts.add(c.summary());
        c.skills().forEach(s -> parts.add(s.name()));
        c.projects().forEach(p -> {
            parts.add(p.title());
            parts.add(p.description());
            parts.addAll(p.technologies());
        });
        parts.add(c.location());
        return parts.stream().filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            analyzer.close();
        }
    }
}
