package org.chancery.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.chancery.error.ChanceryException;
import org.chancery.error.DataIntegrityException;
import org.chancery.error.SourceUnavailableException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite's failures named by their cause, in one line. Why: "bad data" (exit 3) for a store that
 * is only locked, read-only or on a full disk sends the user to re-import for nothing; a damaged
 * store is bad data, and the message says how to make a good one.
 */
final class StoreFailure {
    private StoreFailure() {
    }

    static ChanceryException of(Path file, String doing, Throwable e) {
        SQLiteErrorCode code = code(e);
        String why = rootMessage(e);
        if (code != null) {
            switch (family(code)) {
                case "BUSY", "LOCKED" -> {
                    return new SourceUnavailableException("the store " + file + " is locked by another process (waited "
                            + SqliteStore.BUSY_TIMEOUT_MS / 1000 + " s); try again when it has finished", e);
                }
                case "READONLY" -> {
                    return new SourceUnavailableException("the store " + file + " is read-only (" + why + "); " + doing
                            + " needs to write it: make it writable or use another --db", e);
                }
                case "FULL" -> {
                    return new SourceUnavailableException("the disk holding the store " + file + " is full; " + doing
                            + " was not stored and the store is as it was; free some space and try again", e);
                }
                case "CORRUPT", "NOTADB" -> {
                    return damaged(file, why, e);
                }
                case "CANTOPEN", "IOERR", "PERM", "AUTH" -> {
                    return new SourceUnavailableException("cannot use the store " + file + ": " + why, e);
                }
                default -> {
                    // fall through to bad data
                }
            }
        }
        return new DataIntegrityException(doing + ": database " + file + ": " + why, e);
    }

    static DataIntegrityException damaged(Path file, String why, Throwable cause) {
        return new DataIntegrityException("the store " + file + " is damaged (" + why + "); delete it and import again: chancery import --db "
                + file + " [--from DIR]", cause);
    }

    /** "SQLITE_BUSY_SNAPSHOT" → "BUSY": the primary result code's name. */
    private static String family(SQLiteErrorCode code) {
        String n = code.name().startsWith("SQLITE_") ? code.name().substring("SQLITE_".length()) : code.name();
        int i = n.indexOf('_');
        return i < 0 ? n : n.substring(0, i);
    }

    private static SQLiteErrorCode code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException s) return s.getResultCode();
        }
        return null;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static boolean isFailure(Throwable e) {
        return e instanceof SQLException || code(e) != null;
    }
}
