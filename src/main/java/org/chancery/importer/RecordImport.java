package org.chancery.importer;

import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.chancery.error.DataIntegrityException;
import org.chancery.event.Event;
import org.chancery.importer.gsh.GshTerritories;
import org.chancery.importer.gsh.GshTerritory;
import org.chancery.importer.people.PeopleImporter;
import org.chancery.importer.people.PeopleResult;
import org.chancery.importer.pocom.PocomImporter;
import org.chancery.importer.rdcr.RdcrImporter;
import org.chancery.importer.states.StateLists;
import org.chancery.importer.visits.VisitsImporter;
import org.chancery.importer.wikipedia.WikipediaImporter;
import org.chancery.importer.wikipedia.WikipediaResult;
import org.chancery.mission.Tenure;
import org.chancery.mission.TenureEnds;
import org.chancery.record.Dataset;
import org.chancery.store.RecordStore;
import org.chancery.territory.TerritoryId;

/**
 * Runs every importer over a source folder and stores the result. Reading is done in full
 * before the store is touched, and the store replaces its content in one transaction, so a bad
 * file anywhere leaves the store exactly as it was; a second run gives the same counts.
 *
 * <p>The sources are read at once, each on a thread of its own (and their files on all cores):
 * what needs no other source's territories (parsing rdcr, pocom, visits and travels, the Wikipedia
 * articles, the person files, gsh) runs from the start; names are resolved afterwards, and the parts are merged
 * in one fixed order, so the record is the same on every run.
 */
public final class RecordImport {
    private RecordImport() {
    }

    /** Reads all sources into a dataset, without touching any store. */
    public static Dataset read(SourceLayout src, Progress progress) {
        return readAll(src, progress).data();
    }

    /** The merged dataset and the summary of the sources beyond the U.S. side. */
    record Read(Dataset data, WikipediaResult wikipedia, PeopleResult people) {
    }

    /** An import whose sources are being read in the background; {@link #into} waits for them and stores them. */
    public static final class Pending {
        private final SourceLayout src;
        private final long started = System.nanoTime();
        private final FutureTask<Read> read;

        private Pending(SourceLayout src, Progress progress) {
            this.src = src;
            this.read = new FutureTask<>(() -> readAll(src, progress));
            Thread.ofPlatform().name("import-read").daemon().start(read);
        }

        /** Waits for the sources, then replaces the store's content with them; returns what was stored. */
        public ImportReport into(RecordStore store, Progress progress) {
            Read r = get(read);
            progress.step("storing", 0, 1);
            store.replaceAll(r.data(), src.root().toAbsolutePath().normalize().toString());
            progress.step("storing", 1, 1);
            return ImportReport.of(r.data(), r.wikipedia(), r.people(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Starts reading the sources in the background, so that the caller can open its store meanwhile.
     * Nothing is stored until {@link Pending#into}.
     */
    public static Pending start(SourceLayout src, Progress progress) {
        return new Pending(src, progress);
    }

    /** Reads and stores; returns what was stored. */
    public static ImportReport run(SourceLayout src, RecordStore store, Progress progress) {
        return start(src, progress).into(store, progress);
    }

    static Read readAll(SourceLayout src, Progress progress) {
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(daemon("import-source"))) {
            Future<Dataset> pocom = pool.submit(() -> {
                Dataset d = Dataset.empty();
                PocomImporter.importInto(d, src.pocom(), Progress.NONE);
                return d;
            });
            Future<RdcrImporter.Result> rdcr = pool.submit(() -> RdcrImporter.read(src.rdcr(), Progress.NONE));
            Future<WikipediaImporter.Articles> articles = pool.submit(() -> WikipediaImporter.parse(src.wikipedia()));
            Future<Map<String, GshTerritory>> gsh = pool.submit(() -> GshTerritories.read(src.gsh()));
            Future<VisitsImporter.Parsed> visits = pool.submit(() -> VisitsImporter.parse(src.visits(), src.travels()));
            Future<PeopleImporter.Parsed> persons = pool.submit(() -> PeopleImporter.parse(src.people()));
            int steps = 5;
            progress.step("reading sources", 0, steps);
            // merged in a fixed order: pocom's names first, then rdcr's, visits', travels', the state lists'
            Dataset data = get(pocom);
            progress.step("reading sources", 1, steps);
            get(rdcr).mergeInto(data);
            progress.step("reading sources", 2, steps);
            VisitsImporter.addTo(data, get(visits));
            StateLists.enrich(data, src.states());
            // after enrich: chiefs filed under another id have moved to their territory, so successors are found in one post
            List<Tenure> ended = TenureEnds.infer(data.tenures());
            data.tenures().clear();
            data.tenures().addAll(ended);
            WikipediaResult wiki = WikipediaImporter.resolve(get(articles), List.copyOf(data.territories().values()), get(gsh));
            wiki.territories().forEach(t -> data.territories().putIfAbsent(t.id(), t));
            data.events().addAll(wiki.events());
            data.findings().addAll(wiki.findings());
            progress.step("reading sources", 4, steps);
            PeopleResult people = PeopleImporter.resolve(get(persons), List.copyOf(data.territories().values()));
            people.envoys().stream().filter(e -> data.territories().containsKey(e.sender())).forEach(data.foreignEnvoys()::add);
            data.findings().addAll(people.findings());
            progress.step("reading sources", steps, steps);
            check(data);
            return new Read(data, wiki, people);
        }
    }

    /** The task's result; its failure rethrown as it was raised, so the edges see the importer's own exception. */
    private static <T> T get(Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return Thread.ofPlatform().name(name + "-", 0).daemon().factory();
    }

    private static void check(Dataset data) {
        Map<String, Event> ids = new HashMap<>(data.events().size() * 2);
        for (Event e : data.events()) {
            if (ids.put(e.id(), e) != null) throw new DataIntegrityException("two events share the id " + e.id());
            for (TerritoryId t : e.parties()) {
                if (!data.territories().containsKey(t)) throw new DataIntegrityException("event " + e.id() + " names unknown territory " + t);
            }
        }
    }
}
