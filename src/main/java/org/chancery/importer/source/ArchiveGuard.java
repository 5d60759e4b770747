package org.chancery.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.chancery.error.DataIntegrityException;

/**
 * Checks and unpacks a downloaded archive. Why: an archive comes from the network; an entry
 * named "../x" or "/etc/x" would write outside the cache (zip-slip), and a small archive can
 * unpack to gigabytes (zip bomb). Every entry must sit under the commit's root folder, names
 * may not climb out, and sizes and counts are bounded while unpacking, not trusted from headers.
 */
final class ArchiveGuard {
    static final long MAX_UNPACKED_BYTES = 1L << 30; // 1 GiB: the folders the import takes from the pinned sources unpack to about 75 MB
    static final int MAX_ENTRIES = 100_000;

    private ArchiveGuard() {
    }

    /** Checks every entry name; throws naming the archive and the first bad entry. */
    static void check(Path zip, PinnedSource src) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            int n = 0;
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (++n > MAX_ENTRIES) throw bad(zip, "more than " + MAX_ENTRIES + " entries");
                String name = e.getName();
                if (!name.startsWith(src.archiveRoot())) throw bad(zip, "entry '" + name + "' is not under " + src.archiveRoot());
                if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
                    throw bad(zip, "entry '" + name + "' would be written outside its folder");
                }
            }
            if (n == 0) throw bad(zip, "empty archive");
        } catch (ZipException e) {
            throw bad(zip, "not a zip archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw bad(zip, e.getMessage());
        }
    }

    /** Unpacks the source's folder of the archive into {@code target}. */
    static void unpack(Path zip, PinnedSource src, Path target, long maxUnpacked) throws IOException {
        String prefix = src.archiveRoot() + (src.folder().isEmpty() ? "" : src.folder() + "/");
        long total = 0;
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory() || !e.getName().startsWith(prefix)) continue;
                String rel = e.getName().substring(prefix.length());
                if (!src.takes(rel)) continue;
                Path out = root.resolve(rel).normalize();
                if (!out.startsWith(root)) throw bad(zip, "entry '" + e.getName() + "' would be written outside its folder");
                Files.createDirectories(out.getParent());
                try (InputStream in = z.getInputStream(e); OutputStream os = Files.newOutputStream(out)) {
                    byte[] buf = new byte[64 * 1024];
                    for (int r; (r = in.read(buf)) > 0; ) {
                        total += r;
                        if (total > maxUnpacked) throw bad(zip, "unpacks to more than " + maxUnpacked + " bytes");
                        os.write(buf, 0, r);
                    }
                }
            }
        }
    }

    private static DataIntegrityException bad(Path zip, String why) {
        return new DataIntegrityException("archive " + zip.getFileName() + " refused: " + why);
    }
}
