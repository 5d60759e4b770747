package org.chancery.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.chancery.error.DataIntegrityException;
import org.chancery.error.SourceUnavailableException;
import org.chancery.importer.Progress;
import org.chancery.importer.SourceLayout;

/**
 * Downloads, checks and caches the pinned archives named in SOURCES.md, and lays them out as
 * the importers expect ({@code rdcr/}, {@code pocom/}, ..., {@code states/}).
 *
 * <p>The check: each archive must be a zip whose every entry sits under the pinned commit's
 * root folder ({@code rdcr-f3c5.../}), so a wrong commit or a page of HTML is refused; entries
 * are guarded against zip-slip and zip bombs. No upstream checksum is published for these
 * archives, so the SHA-256 of each is recorded in the cache's manifest on first download
 * (trust on first use) and verified whenever the cached copy is reused.
 */
public final class PinnedArchives {
    public static final String DEFAULT_BASE = "https://github.com/";
    static final long MAX_ARCHIVE_BYTES = 200L * 1024 * 1024;
    /** A transfer that delivers nothing for this long is given up. */
    static final Duration STALL = Duration.ofSeconds(30);
    private static final String MANIFEST = "manifest.properties";

    private PinnedArchives() {
    }

    /** The layout of the pinned sources, downloading only what the cache does not already hold. */
    public static SourceLayout fetch(Path cacheDir, URI base, Progress progress) {
        return fetch(cacheDir, base, progress, ArchiveGuard.MAX_UNPACKED_BYTES, STALL);
    }

    /** As {@link #fetch(Path, URI, Progress)}, with the unpacked-size limit and the stall timeout given. */
    static SourceLayout fetch(Path cacheDir, URI base, Progress progress, long maxUnpacked, Duration stall) {
        try {
            Files.createDirectories(cacheDir);
            deleteLeftoverUnpacks(cacheDir);
            Properties manifest = loadManifest(cacheDir);
            String key = Integer.toHexString(PinnedSource.ALL.stream().map(PinnedSource::commit).toList().hashCode());
            Path layout = cacheDir.resolve("sources").resolve(key);
            boolean complete = Files.exists(layout.resolve(".complete"));
            List<Path> fresh = new ArrayList<>();
            try {
                for (PinnedSource src : PinnedSource.ALL) {
                    Path zip = cacheDir.resolve(src.repo() + "-" + src.commit() + ".zip");
                    if (!verified(zip, src, manifest)) {
                        fresh.add(zip);
                        download(base.resolve(src.archivePath()), zip, src, progress, stall);
                        ArchiveGuard.check(zip, src);
                        complete = false;
                    }
                }
                if (!complete) unpackAll(cacheDir, layout, maxUnpacked);
            } catch (RuntimeException | IOException e) {
                // an archive is trusted (its checksum recorded) only once it passed every check, unpacking included
                for (Path zip : fresh) Files.deleteIfExists(zip);
                throw e;
            }
            for (Path zip : fresh) manifest.setProperty(zip.getFileName().toString(), sha256(zip));
            if (!fresh.isEmpty()) saveManifest(cacheDir, manifest);
            return SourceLayout.of(layout);
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot write the archive cache " + cacheDir + ": " + e.getMessage(), e);
        }
    }

    /** Unpack folders of a run that was killed or failed. */
    private static void deleteLeftoverUnpacks(Path cacheDir) throws IOException {
        try (var dirs = Files.list(cacheDir)) {
            for (Path d : dirs.filter(p -> p.getFileName().toString().startsWith("unpack-")).toList()) deleteTree(d);
        }
    }

    private static boolean verified(Path zip, PinnedSource src, Properties manifest) throws IOException {
        if (!Files.isRegularFile(zip)) return false;
        String expected = manifest.getProperty(zip.getFileName().toString());
        if (expected == null || !expected.equals(sha256(zip))) {
            // a cached archive that no longer matches what was checked is not used
            Files.delete(zip);
            return false;
        }
        return true;
    }

    private static void unpackAll(Path cacheDir, Path layout, long maxUnpacked) throws IOException {
        Path tmp = Files.createTempDirectory(cacheDir, "unpack-");
        try {
            for (PinnedSource src : PinnedSource.ALL) {
                ArchiveGuard.unpack(cacheDir.resolve(src.repo() + "-" + src.commit() + ".zip"), src, tmp.resolve(src.target()), maxUnpacked);
            }
        } catch (RuntimeException | IOException e) {
            deleteTree(tmp);
            throw e;
        }
        Files.writeString(tmp.resolve(".complete"), "unpacked from the pinned archives\n");
        deleteTree(layout);
        Files.createDirectories(layout.getParent());
        Files.move(tmp, layout, StandardCopyOption.ATOMIC_MOVE);
    }

    static void download(URI url, Path zip, PinnedSource src, Progress progress, Duration stall) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(15)).build();
        // the request timeout ends at the headers; a body that stops arriving is caught by the stall watch below
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(5)).GET().build();
        Path part = zip.resolveSibling(zip.getFileName() + ".part");
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw unavailable(src, url, "HTTP " + response.statusCode(), null);
            }
            long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            StalledCopy.copy(response.body(), part, stall, MAX_ARCHIVE_BYTES, (done, limitHit) -> {
                if (limitHit) throw new DataIntegrityException("archive " + url + " is larger than " + MAX_ARCHIVE_BYTES / (1024 * 1024) + " MB: refused");
                progress.step("download " + src.repo() + " (KB)", (int) (done / 1024), (int) Math.max(total, done) / 1024);
            });
            Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (StalledCopy.Stalled e) {
            throw unavailable(src, url, "the transfer stalled: no data for " + stall.toSeconds() + " s", e);
        } catch (ConnectException | java.net.UnknownHostException | java.net.http.HttpConnectTimeoutException e) {
            throw unavailable(src, url, "cannot connect (offline?)", e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw unavailable(src, url, "no answer within " + request.timeout().map(Duration::toSeconds).orElse(0L) + " s", e);
        } catch (IOException e) {
            throw unavailable(src, url, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(src, url, "interrupted", e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the next download overwrites it
            }
        }
    }

    private static SourceUnavailableException unavailable(PinnedSource src, URI url, String why, Throwable cause) {
        return new SourceUnavailableException("cannot download " + src.repo() + " from " + url + ": " + why
                + "; to import a local copy use: chancery import --from DIR", cause);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            for (int r; (r = in.read(buf)) > 0; ) md.update(buf, 0, r);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties loadManifest(Path cacheDir) throws IOException {
        Properties p = new Properties();
        Path f = cacheDir.resolve(MANIFEST);
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                p.load(in);
            }
        }
        return p;
    }

    private static void saveManifest(Path cacheDir, Properties p) throws IOException {
        try (OutputStream out = Files.newOutputStream(cacheDir.resolve(MANIFEST))) {
            p.store(out, "SHA-256 of each archive as first downloaded and checked");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
