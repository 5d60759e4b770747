package org.chancery.cli;

import java.nio.file.Path;

/** Where Chancery keeps its files for a user when not told otherwise. */
final class DataDirs {
    private DataDirs() {
    }

    static Path dataHome() {
        String override = System.getenv("CHANCERY_HOME");
        if (override != null && !override.isBlank()) return Path.of(override);
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("chancery");
    }

    static Path defaultDatabase() {
        String db = System.getenv("CHANCERY_DB");
        return db != null && !db.isBlank() ? Path.of(db) : dataHome().resolve("chancery.db");
    }
}
