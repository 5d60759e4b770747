package org.chancery.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a store file looked like when it last passed {@code quick_check}, kept in a small file beside
 * it ({@code chancery.db.checked}). Why: the check reads every page, most of a short question's time
 * to open the store, and a file that has not changed since it passed cannot have been damaged since.
 * A file counts as unchanged only if its inode, size, modification and change times and those of its
 * write-ahead log are all the same; the change time cannot be set back by a program, and any write,
 * even one that keeps the size, moves both. A file written within {@link #SETTLED} before its check
 * is not recorded, because a write in the same clock tick as the check would keep its times (git
 * calls this the racy-clean case): such a file is checked again at the next open.
 *
 * @param line the file's identity and times, one line
 */
record CheckedStamp(String line) {
    static final Duration SETTLED = Duration.ofSeconds(2);
    private static final String VERSION = "chancery-checked 1";

    /** The stamp of the store file and its WAL as they are now, or empty where the file system does not tell. */
    static Optional<CheckedStamp> of(Path db) {
        try {
            StringBuilder line = new StringBuilder(VERSION);
            append(line, db, true);
            Path wal = db.resolveSibling(db.getFileName() + "-wal");
            // an empty log holds no pages; SQLite creates it anew at every open, so its times say nothing
            if (Files.exists(wal, LinkOption.NOFOLLOW_LINKS) && Files.size(wal) > 0) append(line, wal, false);
            return Optional.of(new CheckedStamp(line.toString()));
        } catch (IOException | RuntimeException e) {
            // e.g. a file system without unix attributes: the store is checked at every open
            return Optional.empty();
        }
    }

    private static void append(StringBuilder line, Path file, boolean main) throws IOException {
        Map<String, Object> a = Files.readAttributes(file, "unix:ino,dev,size,lastModifiedTime,ctime");
        line.append(main ? " db " : " wal ").append(a.get("dev")).append(':').append(a.get("ino")).append(' ').append(a.get("size"))
                .append(' ').append(nanos(a.get("lastModifiedTime"))).append(' ').append(nanos(a.get("ctime")));
    }

    private static long nanos(Object time) {
        Instant t = ((FileTime) time).toInstant();
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    /** The latest modification or change time in the stamp, in nanoseconds since the epoch. */
    long newestNanos() {
        long newest = Long.MIN_VALUE;
        String[] f = line.split(" ");
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("db") || f[i].equals("wal")) newest = Math.max(newest, Math.max(Long.parseLong(f[i + 3]), Long.parseLong(f[i + 4])));
        }
        return newest;
    }

    /** True when the side file holds exactly this stamp: the store passed its check as it is now. */
    boolean recordedFor(Path db) {
        try {
            return line.equals(Files.readString(sideFile(db), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Records that the store passed its check as this stamp shows it, if its last write had settled
     * before the check began; does nothing where the folder cannot be written.
     */
    void recordFor(Path db, Instant checkBegan) {
        Instant settled = checkBegan.minus(SETTLED);
        if (newestNanos() > settled.getEpochSecond() * 1_000_000_000L + settled.getNano()) return;
        Path side = sideFile(db);
        try {
            Path part = Files.createTempFile(side.toAbsolutePath().getParent(), side.getFileName().toString(), ".part");
            try {
                Files.writeString(part, line + "\n", StandardCharsets.UTF_8);
                // readable by whoever may read the store (a temporary file is its owner's alone)
                Files.setPosixFilePermissions(part, Files.getPosixFilePermissions(db));
                Files.move(part, side, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not recorded: the next open checks the store again, as it would without the stamp
        }
    }

    static Path sideFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".checked");
    }
}
