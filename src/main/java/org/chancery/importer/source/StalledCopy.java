package org.chancery.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies a network stream to a file, giving up when no byte arrives for a while. Why: the JDK's
 * HTTP client times out waiting for headers but not for a body, so a server that sends headers
 * and then stalls would hang an import for ever. The copy runs on its own thread; this one
 * watches its progress.
 */
final class StalledCopy {
    /** No data for the stall timeout. */
    static final class Stalled extends IOException {
        Stalled(Duration stall) {
            super("no data for " + stall.toSeconds() + " s");
        }
    }

    interface Progress {
        /** Called after each chunk with the bytes so far; {@code limitHit} once past the limit (it should throw). */
        void step(long done, boolean limitHit);
    }

    private StalledCopy() {
    }

    static void copy(InputStream in, Path to, Duration stall, long limit, Progress progress) throws IOException, InterruptedException {
        AtomicLong lastData = new AtomicLong(System.nanoTime());
        FutureTask<Void> task = new FutureTask<>(() -> {
            try (in; OutputStream out = Files.newOutputStream(to)) {
                byte[] buf = new byte[64 * 1024];
                long done = 0;
                for (int r; (r = in.read(buf)) > 0; ) {
                    lastData.set(System.nanoTime());
                    done += r;
                    progress.step(done, done > limit);
                    out.write(buf, 0, r);
                }
            }
            return null;
        });
        Thread copier = Thread.ofVirtual().name("chancery-download").start(task);
        try {
            while (true) {
                try {
                    task.get(200, TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException notYet) {
                    if (System.nanoTime() - lastData.get() > stall.toNanos()) {
                        task.cancel(true);
                        closeQuietly(in);
                        throw new Stalled(stall);
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException re) throw re;
            throw new IOException(c);
        } finally {
            if (copier.isAlive()) copier.interrupt();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // it is being abandoned
        }
    }

}
