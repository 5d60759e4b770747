package org.chancery.cli;

import java.util.concurrent.Callable;
import org.chancery.json.Json;
import org.chancery.store.SqliteStore;
import org.chancery.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "What the store holds: counts per source and kind.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        try (SqliteStore s = store.openExisting()) {
            StoreStats st = s.stats();
            if (format.json()) {
                System.out.println(Json.write(st));
                return ExitCodes.OK;
            }
            System.out.printf("store %s%n", store.path());
            System.out.printf("last import: %s%n", st.lastImport() == null ? "never" : st.lastImport());
            System.out.printf("territories %d, persons %d, tenures %d, offices held %d, events %d, findings %d%n",
                    st.territories(), st.persons(), st.tenures(), st.offices(), st.events(), st.findings());
            st.eventsBySourceAndKind().forEach((src, kinds) -> {
                System.out.printf("  %s%n", src);
                kinds.forEach((k, n) -> System.out.printf("    %-24s %6d%n", k, n));
            });
        }
        return ExitCodes.OK;
    }
}
