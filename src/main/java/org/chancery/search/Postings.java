package org.chancery.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * A conjunctive search read straight from one field's postings of a one-segment index: the
 * documents holding every word, scored as {@link Fts5Ranking} scores them, best first and equal
 * scores in document order (as Lucene's top-score collector orders them). The documents' lengths
 * and the collection's statistics are read once, when made.
 */
final class Postings {
    private final LeafReader leaf;
    private final String field;
    /** Words in each document, as the index's norms keep them. */
    private final long[] lengths;
    private final double docCount;
    private final double avgLength;

    private Postings(LeafReader leaf, String field, long[] lengths, double docCount, double avgLength) {
        this.leaf = leaf;
        this.field = field;
        this.lengths = lengths;
        this.docCount = docCount;
        this.avgLength = avgLength;
    }

    static Postings of(IndexSearcher searcher, String field) throws IOException {
        List<org.apache.lucene.index.LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        if (leaves.size() != 1) throw new IllegalStateException("an index of one segment is expected, not " + leaves.size());
        LeafReader leaf = leaves.get(0).reader();
        long[] lengths = new long[leaf.maxDoc()];
        Arrays.fill(lengths, 1L); // Lucene's norm for a document without one
        NumericDocValues norms = leaf.getNormValues(field);
        if (norms != null) {
            for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) lengths[d] = norms.longValue();
        }
        CollectionStatistics stats = searcher.collectionStatistics(field);
        double docCount = stats == null ? 0 : stats.docCount();
        double avgLength = stats == null ? 0 : stats.sumTotalTermFreq() / docCount;
        return new Postings(leaf, field, lengths, docCount, avgLength);
    }

    /** Document numbers holding every term, best first, at most {@code limit}. */
    int[] search(List<String> terms, int limit) throws IOException {
        Terms t = leaf.terms(field);
        if (t == null) return new int[0];
        TermsEnum te = t.iterator();
        int k = terms.size();
        PostingsEnum[] docs = new PostingsEnum[k];
        double[] weights = new double[k];
        int lead = 0;
        int leadCost = Integer.MAX_VALUE;
        for (int i = 0; i < k; i++) {
            if (!te.seekExact(new BytesRef(terms.get(i)))) return new int[0];
            weights[i] = 1.0f * Fts5Ranking.idf(docCount, te.docFreq());
            if (te.docFreq() < leadCost) {
                leadCost = te.docFreq();
                lead = i;
            }
            docs[i] = te.postings(null, PostingsEnum.FREQS);
        }
        // every hit as one long: the score's bits (a positive float's bits order as the float does), inverted so that
        // the best sorts first, then the document, so that equal scores keep document order, as Lucene's collector does
        long[] hits = new long[leadCost];
        int n = 0;
        for (int d = docs[lead].nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; ) {
            int next = d;
            for (int i = 0; i < k && next == d; i++) {
                if (i == lead) continue;
                int at = docs[i].docID() >= d ? docs[i].docID() : docs[i].advance(d);
                if (at != d) next = at;
            }
            if (next != d) {
                d = docs[lead].advance(next);
                continue;
            }
            double sum = 0;
            float score = 0;
            for (int i = 0; i < k; i++) {
                score = Fts5Ranking.score(weights[i], docs[i].freq(), lengths[d], avgLength);
                sum += score;
            }
            if (k > 1) score = (float) sum;
            hits[n++] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(Math.max(score, 0f))) << 32) | d;
            d = docs[lead].nextDoc();
        }
        Arrays.sort(hits, 0, n);
        int[] out = new int[Math.min(n, limit)];
        for (int i = 0; i < out.length; i++) out[i] = (int) hits[i];
        return out;
    }
}
