package org.chancery.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chancery.error.DataIntegrityException;
import org.chancery.error.InvalidInputException;
import org.chancery.error.SourceUnavailableException;
import org.chancery.event.Event;
import org.chancery.record.Dataset;
import org.chancery.record.Finding;
import org.chancery.mission.OfficeHeld;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.person.PersonId;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * The record in an embedded SQLite file. One connection, used by one thread at a time: SQLite
 * serialises writers anyway and the record is small enough that reads are fast.
 */
public final class SqliteStore implements RecordStore {
    private final Path file;
    private final Connection connection;

    private SqliteStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    static final int BUSY_TIMEOUT_MS = 5000;

    /** Opens (creating if needed) the store at the path, checks it and migrates its schema to the current version. */
    public static SqliteStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot create folder for database " + file + ": " + e.getMessage(), e);
        }
        return connect(file, false, true);
    }

    /**
     * Opens an existing store for questions: never creates or fills a file, and opens a store
     * that this user cannot write (its file or its folder) read-only instead of failing.
     */
    public static SqliteStore openForReading(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("--db", file.toString(),
                    "no store there yet; run 'chancery import --from DIR' (or 'chancery import' to download the record) first");
        }
        try {
            if (Files.size(file) == 0) {
                throw new InvalidInputException("--db", file.toString(),
                        "an empty file, not a store; run 'chancery import --db " + file + "' to fill it");
            }
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read the store " + file + ": " + e.getMessage(), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        boolean readOnly = !Files.isWritable(file) || dir != null && !Files.isWritable(dir);
        return connect(file, readOnly, false);
    }

    /**
     * Opens an existing store as one consistent snapshot: every answer comes from the import it
     * held when opened, even while another process imports, until {@link #close}. Why: a reader
     * that loads part of its model from memory and part from SQL must not mix two imports.
     */
    public static SqliteStore openSnapshot(Path file) {
        SqliteStore s = openForReading(file);
        try {
            s.connection.setAutoCommit(false);
            // the read transaction begins at its first read: from here on this connection sees this import only
            s.generation();
            return s;
        } catch (SQLException e) {
            s.close();
            throw StoreFailure.of(file, "opening it", e);
        }
    }

    @Override
    public synchronized Generation generation() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, finished_at FROM import_run ORDER BY seq DESC LIMIT 1")) {
            return rs.next() ? new Generation(rs.getLong(1), rs.getString(2)) : Generation.NONE;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Opens an existing store read-only, creating no file beside it (what {@link #openForReading} does when it may not write). */
    static SqliteStore openReadOnly(Path file) {
        return connect(file, true, false);
    }

    private static SqliteStore connect(Path file, boolean readOnly, boolean forWriting) {
        // immutable: a read-only folder cannot hold the WAL's shared-memory file, and nobody can write there anyway
        String url = "jdbc:sqlite:" + (readOnly ? "file:" + file.toAbsolutePath() + "?immutable=1" : file.toAbsolutePath());
        Connection c = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            // the busy timeout first: the journal-mode and schema statements below already wait on another process's lock
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.enforceForeignKeys(true);
            config.setReadOnly(readOnly);
            // a writer takes its lock at BEGIN, so it waits (busy timeout) rather than failing half-way; readers take none
            config.setTransactionMode(forWriting ? SQLiteConfig.TransactionMode.IMMEDIATE : SQLiteConfig.TransactionMode.DEFERRED);
            NativeSqlite.useCachedCopy();
            c = DriverManager.getConnection(url, config.toProperties());
            if (!readOnly) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode = WAL");
                    st.execute("PRAGMA synchronous = NORMAL");
                }
            }
            StoreCheck.quickCheckIfChanged(file, c, !readOnly, Instant.now());
            String version = schemaVersion(c);
            StoreCheck.schema(file, version, SCHEMA_VERSION, readOnly || hasTablesWithoutHistory(c, version));
            // Flyway costs a few hundred milliseconds at start-up: run it only when the schema is behind
            if (!SCHEMA_VERSION.equals(version)) {
                Flyway.configure(SqliteStore.class.getClassLoader()).dataSource(url, null, null)
                        .locations("classpath:db/migration/sqlite").load().migrate();
            }
            return new SqliteStore(file, c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof org.chancery.error.ChanceryException ce) throw ce;
            throw StoreFailure.of(file, "opening it", e);
        }
    }

    private static boolean hasTablesWithoutHistory(Connection c, String version) throws SQLException {
        if (version != null) return false;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing: the first cause is the one reported
        }
    }

    /** The version of the newest migration in db/migration/sqlite; a test keeps the two in step. */
    static final String SCHEMA_VERSION = "3";

    private static String schemaVersion(Connection c) {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException noHistoryYet) {
            return null;
        }
    }

    /** The connection, for tests that make SQLite fail as a full disk would. */
    Connection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    /** The page cache while an import writes (negative: KiB), about twice the record's size, and SQLite's default after. */
    private static final int IMPORT_CACHE_KIB = -131_072;
    private static final int DEFAULT_CACHE_KIB = -2_000;

    @Override
    public synchronized void replaceAll(Dataset data, String source) {
        try {
            // emptying every table with foreign keys on checks each deleted row; the new content is checked
            // whole before commit instead (foreign_key_check), so the transaction keeps the guarantee
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA foreign_keys = OFF");
                // the whole new record fits in the page cache: no page is written twice into the WAL before commit
                st.execute("PRAGMA cache_size = " + IMPORT_CACHE_KIB);
            }
            connection.setAutoCommit(false);
            try {
                Writer.write(connection, data, source, Instant.now().toString());
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                    if (rs.next()) throw new SQLException("foreign key violation in table " + rs.getString(1));
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException alreadyRolledBack) {
                    // SQLite rolls back by itself on a full disk or I/O error; the first failure is the cause
                    e.addSuppressed(alreadyRolledBack);
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException noTransactionLeft) {
                    // the driver commits when autocommit comes back; after SQLite's own rollback there is nothing to commit,
                    // and that must not replace the failure that caused it
                }
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA foreign_keys = ON");
                    st.execute("PRAGMA cache_size = " + DEFAULT_CACHE_KIB);
                }
            }
        } catch (SQLException e) {
            org.chancery.error.ChanceryException named = StoreFailure.of(file, "the import", e);
            if (named instanceof DataIntegrityException && !named.getMessage().contains("damaged")) {
                throw new DataIntegrityException("import not stored, database left as it was: " + rootMessage(e), e);
            }
            throw named;
        }
    }

    @Override
    public synchronized boolean isEmpty() {
        return queryInt("SELECT count(*) FROM event") == 0;
    }

    @Override
    public synchronized List<Territory> territories() {
        try {
            return Reader.territories(connection);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public synchronized List<Event> events(TerritoryId a, TerritoryId b) {
        TerritoryId lo = a.compareTo(b) <= 0 ? a : b;
        TerritoryId hi = a.compareTo(b) <= 0 ? b : a;
        return events(Reader.EVENT_SELECT + " WHERE e.party_a = ? AND e.party_b = ? ORDER BY e.date_start, e.seq",
                lo.value(), hi.value());
    }

    @Override
    public synchronized List<Event> eventsOf(TerritoryId t) {
        return events(Reader.EVENT_SELECT + " WHERE e.party_a = ? OR e.party_b = ? ORDER BY e.date_start, e.seq",
                t.value(), t.value());
    }

    @Override
    public synchronized List<Event> allEvents() {
        return events(Reader.EVENT_SELECT + " ORDER BY e.date_start, e.seq");
    }

    @Override
    public synchronized List<Event> search(String words, int limit) {
        String match = FtsQuery.of(words);
        if (match.isEmpty()) return List.of();
        return events(Reader.EVENT_SELECT + " JOIN event_fts f ON f.rowid = e.seq WHERE event_fts MATCH ? ORDER BY f.rank LIMIT ?",
                match, limit);
    }

    @Override
    public synchronized List<Tenure> tenures(TerritoryId post) {
        return tenures("SELECT * FROM tenure WHERE post = ? ORDER BY coalesce(appointed, credentials), id", post.value());
    }

    @Override
    public synchronized List<org.chancery.mission.ForeignEnvoy> foreignEnvoys(TerritoryId sender) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT * FROM foreign_envoy WHERE sender = ? ORDER BY date_from IS NULL, date_from, id")) {
            bind(ps, sender.value());
            return Reader.foreignEnvoys(ps.executeQuery());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public synchronized List<Tenure> tenuresOf(PersonId person) {
        return tenures("SELECT * FROM tenure WHERE person_id = ? ORDER BY coalesce(appointed, credentials), id", person.value());
    }

    @Override
    public synchronized List<OfficeHeld> offices(PersonId person) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM office_held WHERE person_id = ? ORDER BY appointed")) {
            ps.setString(1, person.value());
            return Reader.offices(ps.executeQuery());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public synchronized Optional<Person> person(PersonId id) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM person WHERE id = ?")) {
            ps.setString(1, id.value());
            return Reader.persons(ps.executeQuery()).stream().findFirst();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public synchronized List<Person> persons() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM person ORDER BY id")) {
            return Reader.persons(ps.executeQuery());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public synchronized List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT source, location, message FROM finding ORDER BY seq")) {
            while (rs.next()) out.add(new Finding(rs.getString(1), rs.getString(2), rs.getString(3)));
            return out;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public synchronized StoreStats stats() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT dataset, kind, count(*) FROM event GROUP BY dataset, kind ORDER BY dataset, kind")) {
            while (rs.next()) counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
        } catch (SQLException e) {
            throw failed(e);
        }
        String last = null;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT finished_at || ' from ' || source FROM import_run ORDER BY seq DESC LIMIT 1")) {
            if (rs.next()) last = rs.getString(1);
        } catch (SQLException e) {
            throw failed(e);
        }
        return new StoreStats(queryInt("SELECT count(*) FROM territory"), queryInt("SELECT count(*) FROM person"),
                queryInt("SELECT count(*) FROM tenure"), queryInt("SELECT count(*) FROM office_held"),
                queryInt("SELECT count(*) FROM finding"), counts, last);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private List<Event> events(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            return Reader.events(connection, ps.executeQuery());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private List<Tenure> tenures(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            return Reader.tenures(ps.executeQuery());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private int queryInt(String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
    }

    private org.chancery.error.ChanceryException failed(SQLException e) {
        return StoreFailure.of(file, "reading", e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
