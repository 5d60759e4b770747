package org.chancery.search;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences Lucene's one start-up warning (that the JDK's incubating vector module is not
 * enabled). Why: it goes to standard error through java.util.logging and would appear in every
 * command's output; our indexes are small and need no vector code.
 */
final class LuceneLog {
    /** Held so the logger, and its level, are not garbage-collected. */
    private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    private LuceneLog() {
    }

    static void quiet() {
        VECTORIZATION.setLevel(Level.OFF);
    }
}
