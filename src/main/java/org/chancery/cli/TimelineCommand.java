package org.chancery.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.event.Event;
import org.chancery.json.Json;
import org.chancery.record.RecordQueries;
import org.chancery.store.SqliteStore;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Every event between two territories, in date order, with its precision and citation.")
final class TimelineCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    FormatOption format;

    @Parameters(index = "0", paramLabel = "A", description = "A territory: id, name or alias (\"united-states\", \"USSR\").")
    String a;
    @Parameters(index = "1", paramLabel = "B", description = "The other territory.")
    String b;

    @Option(names = "--all", description = {"Include envoy appointments, credentials and visits",
            "(default, in text and JSON alike: relations events only)."})
    boolean all;

    @Override
    public Integer call() {
        try (SqliteStore s = store.openExisting()) {
            RecordQueries q = store.queries(s);
            Territory ta = q.territory("A", a);
            Territory tb = q.territory("B", b);
            if (format.json()) {
                System.out.println(Json.write(q.timeline(ta.id(), tb.id(), all)));
            } else {
                printText(q, ta.id(), tb.id(), q.timeline(ta.id(), tb.id()), System.out, all);
            }
        }
        return ExitCodes.OK;
    }

    static void printText(RecordQueries q, TerritoryId a, TerritoryId b, List<Event> events, PrintStream out, boolean all) {
        String na = q.gazetteer().get(a).name();
        String nb = q.gazetteer().get(b).name();
        List<Event> shown = all ? events : events.stream().filter(e -> e.kind().isRelationsKind()).toList();
        out.printf("Timeline %s – %s: %d events%s%n", na, nb, shown.size(),
                all || shown.size() == events.size() ? "" : " (" + (events.size() - shown.size())
                        + " envoy and visit events not shown; --all shows them)");
        for (Event e : shown) {
            out.printf("%-10s  %-5s  %-22s %s%n", e.date(), e.date().precision().label(), e.kind().slug(), e.title());
            out.printf("%-41s \"%s\"%n", "", e.citation().quote());
            out.printf("%-41s %s %s · %s%n", "", e.citation().dataset(), e.citation().file(), e.citation().url());
        }
    }
}
