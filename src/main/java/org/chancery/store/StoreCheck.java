package org.chancery.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.chancery.error.DataIntegrityException;

/**
 * What a store must pass before anyone reads it. Why: SQLite answers queries from a file with
 * damaged pages until a query happens to touch them, so a damaged store can look fine and answer
 * wrongly; {@code quick_check} reads every page (some 70 ms for the whole record) and finds it at once,
 * the first time a changed file is opened.
 */
final class StoreCheck {
    private StoreCheck() {
    }

    /**
     * Runs {@link #quickCheck} unless the file passed it unchanged before ({@link CheckedStamp}); when
     * it passes and {@code mayRecord}, records the file as checked.
     *
     * @param began when this check began (the clock, passed in for tests)
     * @return true when the check ran, false when the file had passed it unchanged
     */
    static boolean quickCheckIfChanged(Path file, Connection c, boolean mayRecord, Instant began) throws SQLException {
        Optional<CheckedStamp> stamp = CheckedStamp.of(file);
        if (stamp.isPresent() && stamp.get().recordedFor(file)) return false;
        quickCheck(file, c);
        if (mayRecord) stamp.ifPresent(s -> s.recordFor(file, began));
        return true;
    }

    static void quickCheck(Path file, Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
            String first = rs.next() ? rs.getString(1).replaceAll("\\s*\\n\\s*", " ") : "no answer";
            if (!"ok".equals(first)) throw StoreFailure.damaged(file, "quick_check: " + first, null);
        }
    }

    /**
     * @param noMigration true when the store may not be changed here (read-only, or tables without
     *                    a schema history: not a Chancery store)
     */
    static void schema(Path file, String version, String expected, boolean noMigration) {
        if (version != null && Integer.parseInt(version) > Integer.parseInt(expected)) {
            throw new DataIntegrityException("the store " + file + " has schema version " + version + ", newer than this Chancery's "
                    + expected + "; use the newer Chancery, or import again into another --db", null);
        }
        if (noMigration && !expected.equals(version)) {
            throw new DataIntegrityException("the store " + file + " has schema version " + (version == null ? "none" : version)
                    + ", not " + expected + (version == null ? " (not a Chancery store?)" : "")
                    + "; import again into a writable --db: chancery import --db FILE [--from DIR]", null);
        }
    }
}
