package org.chancery.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chancery.importer.ImportReport;
import org.chancery.importer.RecordImport;
import org.chancery.importer.SourceLayout;
import org.chancery.importer.source.PinnedArchives;
import org.chancery.store.CachedStore;
import org.chancery.store.SqliteStore;
import org.chancery.web.Services;
import org.chancery.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the record over HTTP: the JSON API under /api (see /api/openapi.json) and the web pages.",
                "On an empty store it imports first: from --from, else ../shared/data if present,",
                "else the pinned archives."})
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

    @Override
    public Integer call() throws InterruptedException {
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
        WebServer server = WebServer.create(Services.over(cached), quietLog ? null : System.out).start(bind, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("chancery: shutting down");
            server.close();
            cached.close();
            stopped.countDown();
        }));
        System.out.printf("Chancery serving on http://%s:%d/ (API: /api, health: /api/health); Ctrl-C stops%n",
                bind.contains(":") ? "[" + bind + "]" : bind, server.port());
        System.out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
