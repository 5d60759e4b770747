package org.chancery.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.person.PersonId;
import org.chancery.record.Dataset;
import org.chancery.store.DriverWarmUp;
import org.chancery.store.SqliteStore;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.chancery.territory.TerritoryName;

/**
 * The run a JDK 25 AOT cache is trained on when the jar is packaged (pom.xml, profile
 * {@code aot-cache}): a small record of our own written to a scratch store, then the short
 * questions asked through the CLI as a user asks them. Why: with the cache a JVM finds the
 * classes a short command needs already loaded and linked, which is most of its start-up. A JVM
 * started with the cache loads every class in it, needed or not, so the store is written by
 * another JVM first: Flyway and the writer (some 500 classes) stay out of the cache. Search
 * (Lucene, 1,100 classes) stays in: without it a search starts some 2 s slower under load, for
 * about a tenth of that gained by the other questions. Not a user command.
 *
 * <p>Usage: {@code StartupTraining --prepare SCRATCH_DB} writes the scratch store; then
 * {@code StartupTraining SCRATCH_DB JDK_FILE} asks the questions, and JDK_FILE receives the version
 * of the JDK that trained, which the launcher compares with its own before passing the cache.
 */
final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--prepare")) {
            Path db = Path.of(args[1]);
            Files.deleteIfExists(db);
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".checked"));
            try (SqliteStore s = SqliteStore.open(db)) {
                s.replaceAll(sample(), "training");
            }
            return;
        }
        String store = Path.of(args[0]).toString();
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            DriverWarmUp.start(); // as Main starts it for a question
            for (List<String> question : List.of(List.of("envoys", "russia", "--on", "1934-01-01"), List.of("envoys", "USSR", "--format", "json"),
                    List.of("relations", "united-states", "Soviet Union", "--on", "1934-01-01"), List.of("timeline", "united-states", "russia"),
                    List.of("search", "recognized"), List.of("territories"), List.of("stats"))) {
                String[] args2 = new String[question.size() + 2];
                question.toArray(args2);
                args2[question.size()] = "--db";
                args2[question.size() + 1] = store;
                Main.run(args2);
            }
        } finally {
            System.setOut(out);
        }
        Files.writeString(Path.of(args[1]), System.getProperty("java.version") + "\n");
        // as Main ends: System.exit looks up the JDK's logger of Runtime.exit, whose classes the cache then holds too
        System.exit(0);
    }

    private static Dataset sample() {
        TerritoryId us = TerritoryId.UNITED_STATES;
        TerritoryId ru = new TerritoryId("russia");
        Dataset d = Dataset.empty();
        d.territories().put(us, new Territory(us, "United States", List.of(new TerritoryName("United States", "en", null, null)),
                List.of("USA"), List.of("American"), List.of("Washington"), 2, 2));
        d.territories().put(ru, new Territory(ru, "Russia", List.of(new TerritoryName("Soviet Union", "en", PartialDate.parse("1922-12-30"),
                PartialDate.parse("1991-12-25")), new TerritoryName("Россия", "ru", null, null)), List.of("USSR", "Soviet Union"),
                List.of("Soviet"), List.of("Moscow"), 365, 365));
        // a name with a diacritic: the gazetteer's Unicode normalisation, which the real record's names need
        TerritoryId ci = new TerritoryId("cote-d-ivoire");
        d.territories().put(ci, new Territory(ci, "Côte d'Ivoire", List.of(new TerritoryName("Côte d'Ivoire", "en", null, null)),
                List.of("Ivory Coast"), List.of("Ivorian"), List.of("Yamoussoukro"), 437, 437));
        PersonId bullitt = new PersonId("bullitt-william-christian");
        d.persons().put(bullitt, new Person(bullitt, "Bullitt", "William Christian", "1891", "1967"));
        Citation rdcr = new Citation("rdcr", "articles/russia.xml", "Relations Resumed, 1933", "Relations were resumed on November 16, 1933.",
                "https://history.state.gov/countries/russia");
        d.events().add(new Event("rdcr:russia:1", EventKind.RELATIONS_RESUMED, List.of(us, ru), List.of(), PartialDate.parse("1933-11-16"),
                "Relations Resumed, 1933", "The United States recognized the Soviet Union and relations were resumed.", rdcr));
        d.tenures().add(new Tenure("ru-1933-bull-01", bullitt, ru, "ambassador-e-p", "Ambassador Extraordinary and Plenipotentiary",
                PartialDate.parse("1933-11-21"), PartialDate.parse("1933-12-13"), PartialDate.parse("1936-05-16"), false, "Left post", null,
                new Citation("pocom", "missions-countries/russia.xml", "ru-1933-bull-01", "Bullitt", "https://history.state.gov/")));
        return d;
    }

}
