package org.chancery.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.chancery.claim.Deadline;
import org.chancery.error.OverBudgetException;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.server.Request;

/**
 * Where claim checks wait their turn. Why: a check may cost seconds of CPU where a read costs
 * microseconds, so checks run on a pool of their own ({@link Limits#checks()} threads,
 * and {@link Limits#waitingChecks()} may wait for a turn; one more is refused at once) and the request
 * thread goes back to serving reads while one runs or waits.
 * Each check gets a {@link Deadline}: the time budget, or the client closing its connection.
 * Request bodies are read holding one of {@link Limits#bodyReaders()} slots, so clients that send
 * a body slowly cannot take every request thread.
 */
final class CheckGate implements AutoCloseable {
    private final Limits limits;
    private final Semaphore running;
    private final Semaphore bodies;
    private final ExecutorService pool;
    private final Consumer<Deadline> before;
    private final AtomicInteger stoppedByHangUp = new AtomicInteger();

    CheckGate(Limits limits) {
        this(limits, NOTHING_BEFORE);
    }

    /** No work before a check's own: what every server does. */
    static final Consumer<Deadline> NOTHING_BEFORE = deadline -> { };

    /**
     * A gate whose checks each run {@code before} first, with their deadline. Only tests pass
     * anything but {@link #NOTHING_BEFORE}: a check slow by construction, to show that a hang-up
     * or the budget stops it. Nothing a request sends can reach it.
     */
    CheckGate(Limits limits, Consumer<Deadline> before) {
        this.limits = limits;
        this.before = before;
        this.running = new Semaphore(limits.checks() + limits.waitingChecks());
        this.bodies = new Semaphore(limits.bodyReaders());
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "chancery-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(limits.checks(), threads);
    }

    Limits limits() {
        return limits;
    }

    /** The request body, at most {@code max} bytes (413 past it), read while holding a body slot (503 when none is free). */
    byte[] body(Context ctx, int max) {
        return readingBody(() -> {
            try (InputStream in = ctx.bodyInputStream()) {
                byte[] bytes = in.readNBytes(max + 1);
                if (bytes.length > max) throw new io.javalin.http.HttpResponseException(413, "request body over " + max + " bytes");
                return bytes;
            } catch (IOException | RuntimeException e) {
                if (e instanceof io.javalin.http.HttpResponseException h) throw h;
                // Jetty's minimum data rate and idle timeout end a body that arrives too slowly
                throw new io.javalin.http.HttpResponseException(408, "the request body did not arrive in time");
            }
        });
    }

    /** Runs {@code read} (which reads the request body) holding a body slot; 503 when none is free. */
    <T> T readingBody(Supplier<T> read) {
        if (!bodies.tryAcquire()) {
            throw new OverBudgetException(limits.bodyReaders() + " requests are sending a body already; retry shortly");
        }
        try {
            return read.get();
        } finally {
            bodies.release();
        }
    }

    /**
     * Runs {@code work} on the check pool and answers with {@code answer}; a check over its budget,
     * or whose client went away, ends in {@link OverBudgetException} (503).
     */
    <T> void run(Context ctx, Function<Deadline, T> work, BiConsumer<Context, T> answer) {
        if (!running.tryAcquire()) {
            throw new OverBudgetException("the server is running " + limits.checks() + " checks and has " + limits.waitingChecks()
                    + " waiting already; retry shortly");
        }
        BooleanSupplier gone = clientGone(ctx);
        AtomicBoolean hungUp = new AtomicBoolean();
        Deadline deadline = Deadline.after(limits.checkBudget(), () -> {
            boolean g = gone.getAsBoolean();
            if (g) hungUp.set(true);
            return g;
        });
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            pool.execute(() -> {
                try {
                    before.accept(deadline);
                    result.complete(work.apply(deadline));
                } catch (Throwable e) {
                    if (e instanceof OverBudgetException && hungUp.get()) stoppedByHangUp.incrementAndGet();
                    result.completeExceptionally(e);
                } finally {
                    running.release();
                }
            });
        } catch (RuntimeException rejected) {
            running.release();
            throw new OverBudgetException("the server is shutting down; retry shortly");
        }
        // the budget holds even when the work does not reach a deadline check in time
        long wait = limits.checkBudget().toMillis() + 250;
        ctx.future(() -> result.orTimeout(wait, TimeUnit.MILLISECONDS).handle((r, e) -> {
            if (e == null) {
                answer.accept(ctx, r);
                return null;
            }
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof TimeoutException) {
                cause = new OverBudgetException("the check took longer than its budget of " + limits.checkBudget().toMillis()
                        + " ms; send a shorter text");
            }
            throw cause instanceof RuntimeException re ? re : new CompletionException(cause);
        }));
    }

    /** How many checks were stopped because their client closed its connection. */
    int stoppedByHangUp() {
        return stoppedByHangUp.get();
    }

    /**
     * True once the client has closed its connection. Why a read: while a request is handled
     * Jetty does not watch the connection, so it notices a hang-up only when it writes the answer.
     * A non-blocking read of one byte, at most every 100 ms, sees the end of the stream. A client
     * that pipelines another request behind a check loses it; the connection is then closed after
     * the answer, which tells such a client to send it again.
     */
    private static BooleanSupplier clientGone(Context ctx) {
        Request base = Request.getBaseRequest(ctx.req());
        EndPoint endPoint = base == null ? null : base.getHttpChannel().getEndPoint();
        if (endPoint == null) return () -> false;
        long[] next = {System.nanoTime()};
        boolean[] gone = {false};
        return () -> {
            long now = System.nanoTime();
            if (gone[0] || now - next[0] < 0) return gone[0];
            next[0] = now + 100_000_000L;
            try {
                int n = endPoint.fill(BufferUtil.allocate(1));
                if (n > 0) ctx.header("Connection", "close");
                gone[0] = n < 0 || !endPoint.isOpen();
            } catch (IOException e) {
                gone[0] = true;
            }
            return gone[0];
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
