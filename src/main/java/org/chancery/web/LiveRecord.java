package org.chancery.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.chancery.store.CachedStore;
import org.chancery.store.Generation;
import org.chancery.store.SqliteStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's read model of a store file, reloaded whole when another process imports. Why: the
 * model is partly in memory (the cached record, the name indexes of the checker) and partly SQL
 * (search); each model reads from its own snapshot of the file (a read transaction held open), so
 * all its answers come from one import. A watcher looks at the store's {@link Generation} every
 * {@code every}; on a new one it builds a new model beside the old and swaps it in at once. The
 * old one is closed after {@code linger}, when requests that began on it have ended.
 */
public final class LiveRecord implements Supplier<Services>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveRecord.class);
    private final Path file;
    private final SqliteStore watcher;
    private final ScheduledExecutorService timer;
    private final Duration linger;
    private volatile Services current;

    private LiveRecord(Path file, Duration every, Duration linger) {
        this.file = file;
        this.linger = linger;
        this.current = load(file);
        this.watcher = SqliteStore.openForReading(file);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chancery-reload");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::reloadIfNewer, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Serves the store at {@code file}, looking for a newer import every {@code every}. */
    public static LiveRecord open(Path file, Duration every) {
        return new LiveRecord(file, every, Duration.ofSeconds(30));
    }

    private static Services load(Path file) {
        return Services.over(new CachedStore(SqliteStore.openSnapshot(file)));
    }

    @Override
    public Services get() {
        return current;
    }

    void reloadIfNewer() {
        try {
            Generation now = watcher.generation();
            Services old = current;
            if (now.number() == old.store().generation().number()) return;
            Services fresh = load(file);
            current = fresh;
            LOG.info("store {} reloaded: import {} of {} (was {})", file, fresh.store().generation().number(),
                    fresh.store().generation().importedAt(), old.store().generation().number());
            timer.schedule(() -> old.store().close(), linger.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            // an import in progress or a damaged file: keep serving the model we have, and say so
            LOG.warn("store {} not reloaded, still serving import {}: {}", file, current.store().generation().number(), e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        watcher.close();
        current.store().close();
    }
}
