package org.chancery.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chancery.error.InvalidInputException;
import org.chancery.importer.ImportReport;
import org.chancery.importer.RecordImport;
import org.chancery.importer.SourceLayout;
import org.chancery.importer.source.PinnedArchives;
import org.chancery.store.CachedStore;
import org.chancery.store.SqliteStore;
import org.chancery.web.Limits;
import org.chancery.web.Services;
import org.chancery.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the record over HTTP: the JSON API under /api (see /api/openapi.json) and the web pages.",
                "On an empty store it imports first: from --from, else ../shared/data if present,",
                "else the pinned archives.",
                "SIGTERM or Ctrl-C stops it: requests in flight are finished (up to 10 s), then it exits 0."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;
    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;
    @Option(names = "--from", paramLabel = "DIR", description = "Import from this folder if the store is empty.")
    Path from;
    @Option(names = "--quiet-log", description = "No access log.")
    boolean quietLog;
    @Option(names = "--check-budget", defaultValue = "10", paramLabel = "SECONDS",
            description = "Longest a claim check may run; past it the answer is 503 (default: ${DEFAULT-VALUE}).")
    int checkBudget;
    @Option(names = "--checks", paramLabel = "N", description = {"Claim checks run at once; more are refused with 503",
            "(default: the number of cores)."})
    Integer checks;

    @Override
    public Integer call() throws InterruptedException {
        Limits limits = limits();
        if (port < 0 || port > 65535) throw new InvalidInputException("--port", String.valueOf(port), "a port is 0 to 65535");
        if (from != null && !Files.isDirectory(from)) throw new InvalidInputException("--from", from.toString(), "no such folder");
        SqliteStore sqlite = store.open();
        if (sqlite.isEmpty()) {
            Path local = from != null ? from : Path.of("..", "shared", "data");
            SourceLayout src = Files.isDirectory(local) ? SourceLayout.of(local)
                    : PinnedArchives.fetch(DataDirs.dataHome().resolve("archives"), java.net.URI.create(PinnedArchives.DEFAULT_BASE),
                    TerminalProgress.forStderr());
            System.err.println("chancery: the store is empty; importing from " + src.root());
            ImportReport r = RecordImport.run(src, sqlite, TerminalProgress.forStderr());
            System.err.printf("chancery: imported %d events in %.1f s%n", r.events(), r.millis() / 1000.0);
        }
        CachedStore cached = new CachedStore(sqlite);
        WebServer server;
        try {
            server = WebServer.create(Services.over(cached), quietLog ? null : System.out, limits).listen(bind, port);
        } catch (RuntimeException e) {
            cached.close();
            throw e;
        }
        CountDownLatch stop = new CountDownLatch(1);
        ShutdownSignals.onTermOrInt(stop::countDown);
        // loading the record (and an import) grew the heap for garbage that is now dead: one full collection
        // lets the JVM hand those pages back, so the server's resident memory is what it holds, not what it read
        System.gc();
        System.out.printf("Chancery serving on http://%s:%d/ (API: /api, health: /api/health); Ctrl-C stops%n",
                bind.contains(":") ? "[" + bind + "]" : bind, server.port());
        System.out.flush();
        stop.await();
        System.err.println("chancery: shutting down; finishing requests in flight");
        server.stopGracefully(Duration.ofSeconds(10));
        cached.close();
        return ExitCodes.OK;
    }

    private Limits limits() {
        if (checkBudget < 1) throw new InvalidInputException("--check-budget", String.valueOf(checkBudget), "at least 1 second");
        if (checks != null && checks < 1) throw new InvalidInputException("--checks", String.valueOf(checks), "at least 1");
        Limits l = Limits.DEFAULT.withCheckBudget(Duration.ofSeconds(checkBudget));
        return checks == null ? l : l.withChecks(checks);
    }
}
