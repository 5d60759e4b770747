package org.chancery.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.chancery.anniversary.AnniversaryCalendar;
import org.chancery.anniversary.AnniversaryRule;
import org.chancery.anniversary.Window;
import org.chancery.claim.ClaimChecker;
import org.chancery.record.RecordQueries;
import org.chancery.store.CachedStore;
import org.chancery.store.SqliteStore;
import org.chancery.territory.TerritoryId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** In-process latency of the core questions, over the in-memory read model of an imported store (-Dchancery.db). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoreQueries {
    static final TerritoryId RUSSIA = new TerritoryId("russia");
    SqliteStore sqlite;
    CachedStore store;
    RecordQueries queries;
    ClaimChecker checker;
    String seed;

    @Setup(Level.Trial)
    public void open() throws Exception {
        sqlite = SqliteStore.open(Path.of(System.getProperty("chancery.db", "target/bench/chancery.db")));
        store = new CachedStore(sqlite);
        queries = new RecordQueries(store);
        checker = new ClaimChecker(store);
        seed = Files.readString(Path.of(System.getProperty("chancery.seed", "../shared/examples/seed-post.txt")), StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void close() {
        sqlite.close();
    }

    @Benchmark
    public Object relationsOnADay() {
        return queries.relations(TerritoryId.UNITED_STATES, RUSSIA, LocalDate.of(1934, 1, 1));
    }

    @Benchmark
    public Object timelineOfAPair() {
        return queries.timeline(TerritoryId.UNITED_STATES, RUSSIA);
    }

    @Benchmark
    public Object envoysOnADay() {
        return queries.envoys(RUSSIA, LocalDate.of(1934, 1, 1));
    }

    @Benchmark
    public Object anniversariesOfAMonth() {
        return AnniversaryCalendar.between(store.allEvents(), new Window(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30)),
                AnniversaryRule.everyFiveYears());
    }

    @Benchmark
    public Object checkTheSeedPost() {
        return checker.check(seed, null);
    }
}
