package org.chancery.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Readies SQLite's driver on a thread of its own while the command line is still being parsed.
 * Why: before a short command's first connection the driver makes its date formats (the JDK's
 * locale data and calendars), loads its native library and has SLF4J and logback set themselves
 * up, a quarter of a question's start-up, none of it depending on the question. On a second core
 * that work is done by the time the command opens its store; when it is not, opening waits for it
 * (class initialisation and the loader's lock), in the same order as {@link SqliteStore} does it.
 * Nothing is stored or opened here, and a failure is left for the command's own opening to report.
 */
public final class DriverWarmUp {
    private static boolean started;

    private DriverWarmUp() {
    }

    /** Starts the warm-up once per process, on a daemon thread that never delays the exit. */
    public static synchronized void start() {
        if (started) return;
        started = true;
        Thread.ofPlatform().name("sqlite-warm-up").daemon().start(DriverWarmUp::run);
    }

    private static void run() {
        try {
            new SQLiteConfig(); // its date formats: what a connection's configuration is made of
            NativeSqlite.useCachedCopy();
            SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            // the command's own connection meets the same failure and reports it
        }
    }
}
