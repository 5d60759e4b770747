package org.chancery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.chancery.importer.Progress;
import org.chancery.importer.RecordImport;
import org.chancery.importer.SourceLayout;
import org.chancery.store.SqliteStore;

/** The shipped data in ../shared/data, and one store imported from it per test JVM. */
public final class SharedData {
    private static SqliteStore store;

    private SharedData() {
    }

    public static Path dir() {
        Path p = Path.of(System.getProperty("chancery.shared", "../shared")).resolve("data");
        if (!Files.isDirectory(p)) throw new IllegalStateException("tests need the shared data at " + p.toAbsolutePath());
        return p;
    }

    /** A store holding the full import of the shared data; shared by the tests of one JVM, read-only by convention. */
    public static synchronized SqliteStore store() {
        if (store == null) {
            try {
                Path db = Files.createTempDirectory("chancery-it").resolve("record.db");
                store = SqliteStore.open(db);
                RecordImport.run(SourceLayout.of(dir()), store, Progress.NONE);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return store;
    }

    /** A copy of the shared store at {@code to} as one self-contained file (its WAL folded in first), for tests that damage or lock it. */
    public static Path copyOfStore(Path to) throws Exception {
        Path from = store().file();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + from.toAbsolutePath()); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return Files.copy(from, to);
    }
}
