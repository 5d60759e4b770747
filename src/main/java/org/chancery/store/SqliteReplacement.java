package org.chancery.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.chancery.error.ChanceryException;
import org.chancery.error.DataIntegrityException;
import org.chancery.event.Event;
import org.chancery.record.Dataset;

/**
 * A replacement of the record in one SQLite transaction, begun when made: the write lock is taken
 * and the old rows deleted at once, so that this work overlaps the reading of the sources. Every
 * failure rolls back and is translated once, here.
 */
final class SqliteReplacement implements Replacement {
    /** The page cache while an import writes (negative: KiB), about twice the record's size, and SQLite's default after. */
    private static final int IMPORT_CACHE_KIB = -131_072;
    private static final int DEFAULT_CACHE_KIB = -2_000;

    private final Path file;
    private final Connection connection;
    private final String source;
    private final List<List<Event>> appended = new ArrayList<>();
    private Writer writer;
    private boolean committed;
    private boolean ended;

    private SqliteReplacement(Path file, Connection connection, String source) {
        this.file = file;
        this.connection = connection;
        this.source = source;
    }

    static SqliteReplacement begin(Path file, Connection connection, String source) {
        SqliteReplacement r = new SqliteReplacement(file, connection, source);
        try {
            // emptying every table with foreign keys on checks each deleted row; the new content is checked
            // whole before commit instead (foreign_key_check), so the transaction keeps the guarantee
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA foreign_keys = OFF");
                // the whole new record fits in the page cache: no page is written twice into the WAL before commit
                st.execute("PRAGMA cache_size = " + IMPORT_CACHE_KIB);
            }
            // BEGIN IMMEDIATE: the write lock is taken now, for the whole import (a second import waits the busy timeout,
            // then is told the store is locked)
            connection.setAutoCommit(false);
            r.writer = Writer.begin(connection);
            return r;
        } catch (SQLException | RuntimeException e) {
            throw r.failed(e);
        }
    }

    @Override
    public void events(List<Event> next) {
        if (ended) throw new IllegalStateException("the replacement is over");
        try {
            writer.events(next);
            appended.add(next);
        } catch (SQLException | RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public void commit(Dataset whole) {
        if (ended) throw new IllegalStateException("the replacement is over");
        List<Event> all = whole.events();
        int i = 0;
        for (List<Event> part : appended) {
            for (Event e : part) {
                if (i >= all.size() || all.get(i) != e) {
                    throw failed(new IllegalStateException("event " + (i + 1) + " written before commit is not the dataset's event " + (i + 1)));
                }
                i++;
            }
        }
        try {
            writer.events(all.subList(writer.written(), all.size()));
            writer.rest(whole, source, Instant.now().toString());
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                if (rs.next()) throw new SQLException("foreign key violation in table " + rs.getString(1));
            }
            connection.commit();
            committed = true;
        } catch (SQLException | RuntimeException e) {
            throw failed(e);
        } finally {
            close();
        }
    }

    /** Rolls back and ends the replacement; SQLite's failure translated (named by its cause), any other rethrown as it is. */
    private RuntimeException failed(Exception e) {
        rollback(e);
        if (e instanceof RuntimeException r) return r;
        ChanceryException named = StoreFailure.of(file, "the import", e);
        if (named instanceof DataIntegrityException && !named.getMessage().contains("damaged")) {
            return new DataIntegrityException("import not stored, database left as it was: " + StoreFailure.rootMessage(e), e);
        }
        return named;
    }

    @Override
    public void close() {
        rollback(null);
    }

    /** Unless committed, rolls back; then back to autocommit and the store's own settings. Once. */
    private void rollback(Exception cause) {
        if (ended) return;
        ended = true;
        if (!committed) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                // SQLite rolls back by itself on a full disk or I/O error (or nothing was begun); the first failure is the cause
                if (cause != null) cause.addSuppressed(e);
            }
        }
        if (writer != null) {
            try {
                writer.close();
            } catch (SQLException e) {
                if (cause != null) cause.addSuppressed(e);
            }
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException noTransactionLeft) {
            // the driver commits when autocommit comes back; after SQLite's own rollback there is nothing to commit,
            // and that must not replace the failure that caused it
        }
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA cache_size = " + DEFAULT_CACHE_KIB);
        } catch (SQLException e) {
            if (cause != null) cause.addSuppressed(e);
        }
    }
}
