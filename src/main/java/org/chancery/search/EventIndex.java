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
import org.apache.lucene.search.Query;
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

    private EventIndex(List<Event> events, IndexSearcher searcher, Analyzer analyzer) {
        this.events = events;
        this.searcher = searcher;
        this.analyzer = analyzer;
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

    /** Events in which every word occurs, best first, at most {@code limit}; none for a query without words. */
    public List<Event> search(String words, int limit) {
        Query q = query(words);
        if (q == null) return List.of();
        try {
            int n = Math.min(limit, searcher.count(q));
            if (n == 0) return List.of();
            ScoreDoc[] hits = searcher.search(q, n).scoreDocs;
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

    private Query query(String words) {
        if (words == null) return null;
        List<String> terms = terms(words);
        if (terms.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms.subList(0, Math.min(MAX_WORDS, terms.size()))) b.add(new TermQuery(new Term(WORDS, t)), BooleanClause.Occur.MUST);
        return b.build();
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
