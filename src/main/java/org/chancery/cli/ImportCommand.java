package org.chancery.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chancery.record.Finding;
import org.chancery.importer.ImportReport;
import org.chancery.importer.Progress;
import org.chancery.importer.RecordImport;
import org.chancery.importer.SourceLayout;
import org.chancery.importer.source.PinnedArchives;
import org.chancery.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import the public diplomatic record into the store.",
                "With --from, reads a local copy laid out like the shipped data",
                "(rdcr/, pocom/, visits/, travels/, states/, people/, gsh/, wikipedia-relations/).",
                "Without it, downloads the pinned archives of the Office of the Historian's repositories",
                "over HTTPS, checks and caches them, then imports them.",
                "The store is replaced in one transaction: a bad file leaves it as it was."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--from", paramLabel = "DIR", description = "Read a local copy of the data instead of downloading it.")
    Path from;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where downloaded archives are kept (default: <data dir>/archives).")
    Path cache;

    @Option(names = "--archive-base", paramLabel = "URL", hidden = true,
            description = "Base address of the archives (default: " + PinnedArchives.DEFAULT_BASE + ").")
    URI archiveBase;

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary line.")
    boolean quiet;

    @Override
    public Integer call() {
        Progress progress = TerminalProgress.forStderr();
        SourceLayout src = from != null ? SourceLayout.of(from)
                : PinnedArchives.fetch(cache != null ? cache : DataDirs.dataHome().resolve("archives"),
                archiveBase != null ? archiveBase : URI.create(PinnedArchives.DEFAULT_BASE), progress);
        ImportReport report;
        // the store is opened (and checked) while the sources are read; nothing is stored before both are done
        RecordImport.Pending reading = RecordImport.start(src, progress);
        try (SqliteStore s = store.open()) {
            report = reading.into(s, progress);
        }
        print(report, System.out, quiet);
        return ExitCodes.OK;
    }

    static void print(ImportReport r, PrintStream out, boolean quiet) {
        out.printf("imported %d events, %d territories, %d persons, %d chiefs-of-mission tenures, %d offices held in %.1f s%n",
                r.events(), r.territories(), r.persons(), r.tenures(), r.offices(), r.millis() / 1000.0);
        ImportReport.WikipediaCounts w = r.wikipedia();
        if (w.articles() > 0) {
            out.printf("wikipedia: %d articles, %d rows read, %d with one date, %d pairs, %d pairs whose articles disagree, "
                    + "%d names unresolved (%d rows)%n", w.articles(), w.rowsRead(), w.rowsParsed(), w.pairs(), w.disagreements(),
                    w.unresolved().size(), w.unresolvedRows());
        }
        if (r.people().persons() > 0) {
            out.printf("people: %d persons, %d remarks read by rule, %d state an envoy of another state to the United States%n",
                    r.people().persons(), r.people().remarks(), r.people().envoys());
        }
        if (quiet) return;
        if (!w.unresolved().isEmpty()) {
            out.println("  unresolved: " + String.join(", ", w.unresolved().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
        }
        out.println();
        out.println("events per source and kind:");
        for (Map.Entry<String, Map<String, Integer>> src : r.eventsBySourceAndKind().entrySet()) {
            int total = src.getValue().values().stream().mapToInt(Integer::intValue).sum();
            out.printf("  %-8s %6d%n", src.getKey(), total);
            src.getValue().forEach((kind, n) -> out.printf("    %-24s %6d%n", kind, n));
        }
        out.println();
        out.printf("findings (%d): records that could not be classified, dated or resolved%n", r.findings().size());
        for (Finding f : r.findings()) out.println("  " + f);
    }
}
