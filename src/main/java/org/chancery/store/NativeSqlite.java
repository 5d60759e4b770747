package org.chancery.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Has SQLite's native library loaded from a copy kept in the user's cache folder. Why: the
 * driver otherwise copies the library out of its jar into a new temporary file at every start,
 * compares the copy byte for byte and runs {@code uname} to learn the platform, a good part of a
 * short command's start-up. The copy is named by the driver's version and the platform, written
 * once (whole, then moved into place) and afterwards only loaded; when anything fails, the driver
 * loads the library its own way.
 */
final class NativeSqlite {
    private static boolean done;

    private NativeSqlite() {
    }

    static synchronized void useCachedCopy() {
        if (done || System.getProperty("org.sqlite.lib.path") != null) return;
        done = true;
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            Path dir = cacheHome().resolve("chancery").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-"
                    + (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-"));
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib) && !copy(OSInfo.getNativeLibFolderPathForCurrentOS(), name, dir, lib)) return;
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
            // the driver lists its temporary folder for stale copies of its own at every start: ours holds one file, /tmp thousands
            if (System.getProperty("org.sqlite.tmpdir") == null) System.setProperty("org.sqlite.tmpdir", dir.toString());
        } catch (IOException | RuntimeException e) {
            // the driver's own loading still works
        }
    }

    private static boolean copy(String platform, String name, Path dir, Path lib) throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream("/org/sqlite/native/" + platform + "/" + name)) {
            if (in == null) return false;
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, name, ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            return true;
        }
    }

    private static Path cacheHome() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    }
}
