package org.chancery.web;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.PrintStream;
import org.chancery.json.Json;

/**
 * Chancery over HTTP. Limits, documented in the OpenAPI document: a request body of at most
 * {@link #MAX_BODY_BYTES} bytes (413 past it), a query string of at most
 * {@link #MAX_QUERY_CHARS} characters (414 past it).
 */
public final class WebServer implements AutoCloseable {
    public static final int MAX_BODY_BYTES = 1_048_576;
    public static final int MAX_QUERY_CHARS = 2048;

    private final Javalin app;
    private final java.util.List<String> routes;
    private final CheckGate checks;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    private WebServer(Javalin app, java.util.List<String> routes, CheckGate checks) {
        this.app = app;
        this.routes = routes;
        this.checks = checks;
    }

    /** How many checks stopped because their client hung up. */
    int checksStoppedByHangUp() {
        return checks.stoppedByHangUp();
    }

    /** Every route the server answers, as "METHOD path" (the OpenAPI document is tested against these). */
    public java.util.List<String> routes() {
        return java.util.List.copyOf(routes);
    }

    /** Builds the server; {@code accessLog} receives one line per request, or null for none. */
    public static WebServer create(Services services, PrintStream accessLog) {
        return create(() -> services, accessLog, Limits.DEFAULT);
    }

    /**
     * Builds the server with the limits given (see {@link Limits}); each request is answered from
     * the read model {@code services} gives when it begins, so a reload never mixes two imports.
     */
    public static WebServer create(java.util.function.Supplier<Services> services, PrintStream accessLog, Limits limits) {
        return create(services, accessLog, limits, CheckGate.NOTHING_BEFORE);
    }

    /** The same, each check running {@code beforeCheck} first: a seam for tests only (see {@link CheckGate}). */
    static WebServer create(java.util.function.Supplier<Services> services, PrintStream accessLog, Limits limits,
                            java.util.function.Consumer<org.chancery.claim.Deadline> beforeCheck) {
        java.util.List<String> routes = new java.util.concurrent.CopyOnWriteArrayList<>();
        CheckGate checks = new CheckGate(limits, beforeCheck);
        Javalin app = Javalin.create(config -> {
            JettyLimits.apply(config, limits);
            config.showJavalinBanner = false;
            config.events.handlerAdded(h -> routes.add(h.getHttpMethod() + " " + h.getPath()));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.router.ignoreTrailingSlashes = true;
            if (accessLog != null) {
                config.requestLogger.http((ctx, ms) -> accessLog.printf("%s %s %d %.1fms%n", ctx.method(), ctx.fullUrl(),
                        ctx.statusCode(), ms));
            }
        });
        app.before(ctx -> {
            String q = ctx.queryString();
            if (q != null && q.length() > MAX_QUERY_CHARS) {
                throw new io.javalin.http.HttpResponseException(414, "query string over " + MAX_QUERY_CHARS + " characters");
            }
        });
        app.before(SecurityHeaders::add);
        ThreadLocal<Services> pinned = new ThreadLocal<>();
        app.before(ctx -> pinned.set(services.get()));
        app.after(ctx -> pinned.remove());
        java.util.function.Supplier<Services> forRequest = () -> {
            Services p = pinned.get();
            return p != null ? p : services.get();
        };
        Problems.install(app);
        new ApiRoutes(forRequest, checks).register(app);
        new Pages(forRequest, checks).register(app);
        return new WebServer(app, routes, checks);
    }

    /**
     * Starts listening; an address or port that cannot be used is a one-line
     * {@link org.chancery.error.SourceUnavailableException} (or {@link org.chancery.error.InvalidInputException}
     * for a port out of range), never a stack trace.
     */
    public WebServer listen(String host, int port) {
        try {
            return start(host, port);
        } catch (RuntimeException e) {
            try {
                app.stop();
            } catch (RuntimeException ignored) {
                // nothing was started
            }
            checks.close();
            throw ListenFailure.of(host, port, e);
        }
    }

    /** Stops accepting, lets requests in flight finish (up to {@code grace}), then stops. */
    public void stopGracefully(java.time.Duration grace) {
        for (var c : app.jettyServer().server().getConnectors()) {
            if (c instanceof org.eclipse.jetty.server.AbstractConnector a) a.setAccepting(false);
        }
        long end = System.nanoTime() + grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() - end < 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        for (var c : app.jettyServer().server().getConnectors()) {
            if (c instanceof org.eclipse.jetty.server.AbstractConnector a) {
                a.setIdleTimeout(checks.limits().idleTimeout().toMillis());
                a.addBean(new org.eclipse.jetty.server.HttpChannel.Listener() {
                    @Override
                    public void onRequestBegin(org.eclipse.jetty.server.Request request) {
                        inFlight.incrementAndGet();
                    }

                    @Override
                    public void onComplete(org.eclipse.jetty.server.Request request) {
                        inFlight.decrementAndGet();
                    }
                });
            }
        }
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        checks.close();
    }
}
