package org.chancery.search;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 as SQLite's FTS5 computes it ({@code bm25()}, k1 = 1.2, b = 0.75): the document's exact
 * length in words, FTS5's inverse document frequency {@code ln((N - n + 0.5) / (n + 0.5))},
 * at least 1e-6, and one term's score per query word, summed. Why not Lucene's own BM25: its
 * lengths are rounded to one byte and its idf differs, so the best-first order of a search would
 * change; this keeps the order users had.
 */
final class Fts5Ranking extends Similarity {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    Fts5Ranking() {
        super(false);
    }

    @Override
    public long computeNorm(FieldInvertState state) {
        return state.getLength();
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        double rows = collection.docCount();
        double avgLength = collection.sumTotalTermFreq() / rows;
        double idf = 0;
        for (TermStatistics t : terms) idf += idf(rows, t.docFreq());
        double weight = boost * idf;
        return new SimScorer() {
            @Override
            public float score(float freq, long length) {
                return Fts5Ranking.score(weight, freq, length, avgLength);
            }
        };
    }

    /** One word's score in a document of {@code length} words holding it {@code freq} times. */
    static float score(double weight, float freq, long length, double avgLength) {
        return (float) (weight * (freq * (K1 + 1)) / (freq + K1 * (1 - B + B * length / avgLength)));
    }

    static double idf(double rows, double hits) {
        double idf = Math.log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }
}
