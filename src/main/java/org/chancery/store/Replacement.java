package org.chancery.store;

import java.util.List;
import org.chancery.event.Event;
import org.chancery.record.Dataset;

/**
 * The whole record being replaced, written in parts while the rest of it is still being read.
 * Why: the events that are final early (U.S. sources) can be written while the later sources
 * are resolved, instead of everything at the end on one core. Nothing is visible to readers
 * until {@link #commit}; {@link #close} without a commit leaves the store exactly as it was.
 * Used by one thread; while it is open, the store is that thread's alone.
 */
public interface Replacement extends AutoCloseable {

    /** Appends events in their final order: numbered on from the ones appended before. */
    void events(List<Event> next);

    /**
     * Writes the rest of the record and commits. {@code whole.events()} must begin with every
     * event appended so far, the same objects in the same order; the others are written here.
     */
    void commit(Dataset whole);

    /** Rolls back unless committed. */
    @Override
    void close();

    /** For stores that cannot write in parts: keeps nothing and replaces the record at commit. */
    final class AtOnce implements Replacement {
        private final RecordStore store;
        private final String source;

        AtOnce(RecordStore store, String source) {
            this.store = store;
            this.source = source;
        }

        @Override
        public void events(List<Event> next) {
            // the whole dataset comes at commit
        }

        @Override
        public void commit(Dataset whole) {
            store.replaceAll(whole, source);
        }

        @Override
        public void close() {
            // nothing was written before commit
        }
    }
}
