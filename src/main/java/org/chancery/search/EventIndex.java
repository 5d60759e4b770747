package org.chancery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.chancery.event.Event;

/**
 * The events' titles and texts as a Lucene index in memory: every word of the query must occur
 * in the title or the text (stemmed, see {@link WordAnalyzer}), best first as FTS5 ranked them
 * ({@link Fts5Ranking}); equal scores keep the order of the list the index was built from.
 * Immutable once built, safe for concurrent readers.
 */
public final class EventIndex {
    /** Words of a query beyond this many are ignored: bounded work per request. */
    static final int MAX_WORDS = 16;
    private static final String WORDS = "words";
    private static final FieldType TEXT = textField();

    private final List<Event> events;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Postings postings;

    private EventIndex(List<Event> events, IndexSearcher searcher, Analyzer analyzer) {
        this.events = events;
        this.searcher = searcher;
        this.analyzer = analyzer;
        try {
            this.postings = Postings.of(searcher, WORDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes the events; equal scores keep the order of this list. */
    public static EventIndex of(List<Event> events) {
        Analyzer analyzer = new WordAnalyzer();
        List<Document> docs = new ArrayList<>(events.size());
        for (Event e : events) {
            Document d = new Document();
            d.add(new Field(WORDS, e.title(), TEXT));
            d.add(new Field(WORDS, e.text(), TEXT));
            docs.add(d);
        }
        return new EventIndex(List.copyOf(events), InMemory.index(analyzer, new Fts5Ranking(), docs), analyzer);
    }

    /**
     * Events in which every word occurs, best first, at most {@code limit}; none for a query without words.
     * Read straight from the index's postings and scored as {@link Fts5Ranking} scores (the same
     * floats, summed over the words as Lucene's conjunction sums them): Lucene's searcher, its
     * weights, collector and task executor cost ten times the postings of a few hundred hits.
     * {@link #searchThroughLucene} gives the same list, and tests compare the two.
     */
    public List<Event> search(String words, int limit) {
        List<String> terms = words == null ? List.of() : terms(words);
        if (terms.isEmpty() || limit < 1) return List.of();
        terms = terms.subList(0, Math.min(MAX_WORDS, terms.size()));
        try {
            int[] docs = postings.search(terms, limit);
            Event[] out = new Event[docs.length];
            for (int i = 0; i < docs.length; i++) out[i] = events.get(docs[i]);
            return List.of(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same search through Lucene's searcher, query and collector: the reference {@link #search} is tested against. */
    List<Event> searchThroughLucene(String words, int limit) {
        List<String> terms = words == null ? List.of() : terms(words);
        if (terms.isEmpty() || limit < 1) return List.of();
        terms = terms.subList(0, Math.min(MAX_WORDS, terms.size()));
        try {
            // no more hits than the rarest word has documents: the collector is sized to that, not to the limit
            int n = limit;
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (String t : terms) {
                Term term = new Term(WORDS, t);
                n = Math.min(n, searcher.getIndexReader().docFreq(term));
                b.add(new TermQuery(term), BooleanClause.Occur.MUST);
            }
            if (n == 0) return List.of();
            ScoreDoc[] hits = searcher.search(b.build(), n).scoreDocs;
            List<Event> out = new ArrayList<>(hits.length);
            for (ScoreDoc h : hits) out.add(events.get(h.doc));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stems the index keeps for a text (tests and diagnostics). */
    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(WORDS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static FieldType textField() {
        FieldType t = new FieldType();
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.setTokenized(true);
        t.setStored(false);
        t.freeze();
        return t;
    }
}
