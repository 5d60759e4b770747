package org.chancery.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.chancery.anniversary.AnniversaryCalendar;
import org.chancery.anniversary.AnniversaryRule;
import org.chancery.anniversary.Window;
import org.chancery.claim.Archive;
import org.chancery.claim.ClaimChecker;
import org.chancery.event.Event;
import org.chancery.record.RecordQueries;
import org.chancery.store.CachedStore;
import org.chancery.store.SqliteStore;
import org.chancery.territory.TerritoryId;

/**
 * The questions bench/run also asks BaseX, answered in-process over an imported store: writes
 * each answer set to {@code OUT/<question>.txt} (ids, one a line, sorted) and prints
 * {@code question mean_us p99_us} after warm-up. Then the claim-check throughput on the tweet
 * archive, one thread, after warm-up.
 *
 * <p>Usage: {@code Questions DB OUT TWITTER_DIR [REPETITIONS]}
 */
public final class Questions {
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        Path twitter = Path.of(args[2]);
        int reps = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        try (SqliteStore sqlite = SqliteStore.open(db)) {
            CachedStore store = new CachedStore(sqlite);
            RecordQueries q = new RecordQueries(store);
            TerritoryId russia = new TerritoryId("russia");
            run(out, "envoys", reps, () -> q.envoys(russia, LocalDate.of(1934, 1, 1)).stream().map(e -> e.tenure().id()).toList());
            run(out, "territory-events", reps, () -> q.timeline(TerritoryId.UNITED_STATES, russia).stream()
                    .filter(e -> e.citation().dataset().equals("rdcr")).map(Questions::entry).distinct().toList());
            // full-text search goes to the read model's Lucene index, as BaseX's goes to its full-text index
            run(out, "word", reps, () -> store.search("recognized", 100_000).stream()
                    .filter(e -> e.citation().dataset().equals("rdcr")).map(Questions::entry).distinct().toList());
            run(out, "month-day", reps, () -> monthDay(store.allEvents(), 11, 16));
            // a month's anniversaries take milliseconds: as many warm-up calls as timed ones
            run(out, "anniversaries-month", Math.max(20, reps / 10), Math.max(20, reps / 10), () -> AnniversaryCalendar.between(store.allEvents(),
                    new Window(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30)), AnniversaryRule.everyFiveYears()).days().stream()
                    .map(a -> a.uid()).toList());
            ClaimChecker checker = new ClaimChecker(store);
            List<Archive.Post> posts = Archive.read(twitter);
            throughput(checker, posts);
            bigPost(checker, posts);
        }
    }

    /**
     * The timeline entry an rdcr event comes from, as BaseX names it ({@code russia:8}): an entry
     * that states two events ({@code rdcr:russia:8:recognition}) is one entry.
     */
    static String entry(Event e) {
        String id = e.id();
        int first = id.indexOf(':');
        int third = id.indexOf(':', id.indexOf(':', first + 1) + 1);
        return third < 0 ? id.substring(first + 1) : id.substring(first + 1, third);
    }

    /** Events known to the day whose month and day are these, any year: the anniversary question. */
    static List<String> monthDay(List<Event> events, int month, int day) {
        List<String> ids = new ArrayList<>();
        for (Event e : events) {
            if (e.citation().dataset().equals("rdcr") && e.date().precision() == org.chancery.date.Precision.DAY
                    && e.date().month() == month && e.date().day() == day) {
                if (!ids.contains(entry(e))) ids.add(entry(e));
            }
        }
        return ids;
    }

    /** Timed after 2,000 warm-up calls whatever the timed count, so that --quick times warm code too. */
    static void run(Path out, String name, int reps, Supplier<List<String>> question) throws Exception {
        run(out, name, reps, 2000, question);
    }

    static void run(Path out, String name, int reps, int warmUps, Supplier<List<String>> question) throws Exception {
        List<String> answer = question.get().stream().sorted().toList();
        Files.write(out.resolve(name + ".txt"), answer);
        for (int i = 0; i < warmUps; i++) question.get();
        long[] nanos = new long[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            question.get();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000.0;
        double p99 = nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99) - 1)] / 1000.0;
        System.out.printf(Locale.ROOT, "question %s %.2f %.2f %d%n", name, mean, p99, answer.size());
    }

    /**
     * Posts checked per second of wall time and per second of the checking thread's CPU time: on a
     * machine others load, the thread waits for a core and only the second says what one core does.
     */
    static void throughput(ClaimChecker checker, List<Archive.Post> posts) {
        for (int round = 0; round < 3; round++) for (Archive.Post p : posts) check(checker, p); // warm-up
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int rounds = 5;
        for (int round = 0; round < rounds; round++) for (Archive.Post p : posts) check(checker, p);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "throughput posts_per_s %.0f %d %.0f%n", rounds * posts.size() / seconds, posts.size(),
                rounds * posts.size() / cpuSeconds);
    }

    /**
     * One post of 999,000 characters made of the archive's posts, one a line, repeated (dense
     * claims): the checking thread's CPU time and the wall time of the fastest of three checks,
     * after the archive's passes warmed the checker (issue 10: under 1 s on one core).
     */
    static void bigPost(ClaimChecker checker, List<Archive.Post> posts) {
        StringBuilder text = new StringBuilder();
        outer:
        while (true) {
            for (Archive.Post p : posts) {
                String line = p.text().replace('\n', ' ');
                if (text.length() + line.length() + 1 > 999_000) break outer;
                text.append(line).append('\n');
            }
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long bestCpu = Long.MAX_VALUE;
        long bestWall = Long.MAX_VALUE;
        int claims = 0;
        for (int i = 0; i < 3; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            claims = checker.check(text.toString(), null).claims().size();
            bestWall = Math.min(bestWall, System.nanoTime() - t0);
            bestCpu = Math.min(bestCpu, cpu.getCurrentThreadCpuTime() - c0);
        }
        System.out.printf(Locale.ROOT, "bigpost %.0f %.0f %d %d%n", bestCpu / 1e6, bestWall / 1e6, text.length(), claims);
    }

    private static void check(ClaimChecker checker, Archive.Post p) {
        try {
            checker.check(p.text(), p.date());
        } catch (RuntimeException skipped) {
            // empty posts are refused; the count still reads them
        }
    }
}
