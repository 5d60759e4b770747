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
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.chancery.person.Person;

/**
 * Persons by name: every part of the query must match a part of the person's name, exactly, as
 * the start of it ("Will"), or within a small typo (one edit in a part of 4 to 7 letters, two in
 * a longer one); in any order ("Bullitt, William"), in Latin or Cyrillic letters ("Буллит").
 * Exact parts rank above prefixes, prefixes above typos; equal matches keep the order of the list
 * the index was built from. Immutable, safe for concurrent readers.
 */
public final class PersonIndex {
    private static final String NAME = "name";
    /** Parts of a query beyond this many are ignored: bounded work per request. */
    private static final int MAX_PARTS = 6;

    private final List<Person> persons;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    private PersonIndex(List<Person> persons, IndexSearcher searcher, Analyzer analyzer) {
        this.persons = persons;
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    public static PersonIndex of(List<Person> persons) {
        Analyzer analyzer = new NameAnalyzer();
        List<Document> docs = new ArrayList<>(persons.size());
        for (Person p : persons) {
            Document d = new Document();
            d.add(new TextField(NAME, p.displayName(), Field.Store.NO));
            docs.add(d);
        }
        return new PersonIndex(List.copyOf(persons), InMemory.index(analyzer, new BM25Similarity(), docs), analyzer);
    }

    /** Persons whose name matches, best first, at most {@code limit}; none for a query without letters. */
    public List<Person> find(String name, int limit) {
        List<String> parts = parts(name);
        if (parts.isEmpty() || limit < 1) return List.of();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String part : parts.subList(0, Math.min(MAX_PARTS, parts.size()))) all.add(partQuery(part), Occur.MUST);
        try {
            ScoreDoc[] hits = searcher.search(all.build(), limit).scoreDocs;
            List<Person> out = new ArrayList<>(hits.length);
            for (ScoreDoc h : hits) out.add(persons.get(h.doc));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One part of a name: exact, else its start, else within the typos allowed for its length. */
    private static Query partQuery(String part) {
        Term t = new Term(NAME, part);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(scored(new TermQuery(t), 4f), Occur.SHOULD);
        if (part.length() >= 3) any.add(scored(new PrefixQuery(t), 2f), Occur.SHOULD);
        int edits = typos(part);
        if (edits > 0) any.add(scored(new FuzzyQuery(t, edits, 0, 50, true), 1f), Occur.SHOULD);
        return any.build();
    }

    /** How a part matched decides the score, not how rare the name is: an exact Bullitt ranks above a Bell one typo away. */
    private static Query scored(Query q, float score) {
        return new BoostQuery(new ConstantScoreQuery(q), score);
    }

    /** Typos allowed in a part: none under 4 letters (too many short names are a letter apart), one to 7, two beyond. */
    static int typos(String part) {
        if (part.length() < 4) return 0;
        return part.length() <= 7 ? 1 : 2;
    }

    List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        try (TokenStream ts = analyzer.tokenStream(NAME, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
