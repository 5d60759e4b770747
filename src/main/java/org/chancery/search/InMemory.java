package org.chancery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A Lucene index in memory whose document numbers are the places of the documents in the list. */
final class InMemory {
    static {
        LuceneLog.quiet();
    }

    private InMemory() {
    }

    static IndexSearcher index(Analyzer analyzer, Similarity similarity, List<Document> docs) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        // one segment, never merged: document numbers stay the order of the list
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(similarity)
                .setMaxBufferedDocs(Math.max(2, docs.size() + 1)).setRAMBufferSizeMB(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setMergePolicy(NoMergePolicy.INSTANCE).setCommitOnClose(true);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (Document d : docs) w.addDocument(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(similarity);
            searcher.setQueryCache(null);
            return searcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
