package org.chancery.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.json.Json;
import org.chancery.record.RecordQueries;
import org.chancery.store.SqliteStore;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "territories", mixinStandardHelpOptions = true,
        description = {"List the territories of the record, or show one:",
                "its names over time, aliases and state-system codes."})
final class TerritoriesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    FormatOption format;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A territory: id, name or alias (\"USSR\").")
    String name;

    @Override
    public Integer call() {
        try (SqliteStore s = store.openExisting()) {
            RecordQueries q = store.queries(s);
            List<Territory> shown = name == null ? List.copyOf(q.gazetteer().all()) : List.of(q.territory("NAME", name));
            if (format.json()) {
                System.out.println(Json.write(name == null ? shown : shown.get(0)));
                return ExitCodes.OK;
            }
            if (name == null) {
                shown.forEach(t -> System.out.printf("%-32s %s%n", t.id(), t.name()));
                System.out.printf("%d territories%n", shown.size());
                return ExitCodes.OK;
            }
            Territory t = shown.get(0);
            System.out.printf("%s (%s)%n", t.name(), t.id());
            for (TerritoryName n : t.names()) {
                System.out.printf("  %-8s %-60s %s to %s%n", n.lang(), n.name(), n.from() == null ? "…" : n.from(),
                        n.to() == null ? "…" : n.to());
            }
            if (!t.aliases().isEmpty()) System.out.println("  aliases: " + String.join(", ", t.aliases()));
            if (!t.demonyms().isEmpty()) System.out.println("  demonyms: " + String.join(", ", t.demonyms()));
            if (!t.capitals().isEmpty()) System.out.println("  capitals: " + String.join(", ", t.capitals()));
            System.out.printf("  Correlates of War: %s, Gleditsch–Ward: %s%n", t.cowCode() == null ? "-" : t.cowCode(),
                    t.gwCode() == null ? "-" : t.gwCode());
        }
        return ExitCodes.OK;
    }
}
