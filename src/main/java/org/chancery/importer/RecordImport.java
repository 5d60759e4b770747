package org.chancery.importer;

import org.chancery.record.Finding;
import org.chancery.record.Dataset;
import java.nio.file.Files;
import java.util.List;
import org.chancery.importer.gsh.GshTerritories;
import org.chancery.importer.people.PeopleImporter;
import org.chancery.importer.people.PeopleResult;
import org.chancery.importer.wikipedia.WikipediaImporter;
import org.chancery.importer.wikipedia.WikipediaResult;
import org.chancery.mission.Tenure;
import org.chancery.mission.TenureEnds;
import java.util.Map;
import java.util.TreeMap;
import org.chancery.error.DataIntegrityException;
import org.chancery.event.Event;
import org.chancery.importer.pocom.PocomImporter;
import org.chancery.importer.rdcr.RdcrImporter;
import org.chancery.importer.states.StateLists;
import org.chancery.importer.visits.VisitsImporter;
import org.chancery.store.RecordStore;
import org.chancery.territory.TerritoryId;

/**
 * Runs every importer over a source folder and stores the result. Reading is done in full
 * before the store is touched, and the store replaces its content in one transaction, so a bad
 * file anywhere leaves the store exactly as it was; a second run gives the same counts.
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

    static Read readAll(SourceLayout src, Progress progress) {
        Dataset data = Dataset.empty();
        PocomImporter.importInto(data, src.pocom(), progress);
        RdcrImporter.read(src.rdcr(), progress).mergeInto(data);
        if (Files.isDirectory(src.visits().resolve("data"))) VisitsImporter.importVisits(data, src.visits(), progress);
        if (Files.isDirectory(src.travels())) VisitsImporter.importTravels(data, src.travels(), progress);
        StateLists.enrich(data, src.states());
        // after enrich: chiefs filed under another id have moved to their territory, so successors are found in one post
        List<Tenure> ended = TenureEnds.infer(data.tenures());
        data.tenures().clear();
        data.tenures().addAll(ended);
        progress.step("wikipedia", 0, 1);
        WikipediaResult wiki = WikipediaImporter.read(src.wikipedia(), List.copyOf(data.territories().values()),
                GshTerritories.read(src.gsh()));
        wiki.territories().forEach(t -> data.territories().putIfAbsent(t.id(), t));
        data.events().addAll(wiki.events());
        data.findings().addAll(wiki.findings());
        progress.step("wikipedia", 1, 1);
        PeopleResult people = PeopleImporter.read(src.people(), List.copyOf(data.territories().values()));
        people.envoys().stream().filter(e -> data.territories().containsKey(e.sender())).forEach(data.foreignEnvoys()::add);
        data.findings().addAll(people.findings());
        progress.step("people", 1, 1);
        check(data);
        return new Read(data, wiki, people);
    }

    /** Reads and stores; returns what was stored. */
    public static ImportReport run(SourceLayout src, RecordStore store, Progress progress) {
        long t0 = System.nanoTime();
        Read read = readAll(src, progress);
        Dataset data = read.data();
        progress.step("storing", 0, 1);
        store.replaceAll(data, src.root().toAbsolutePath().normalize().toString());
        progress.step("storing", 1, 1);
        return ImportReport.of(data, read.wikipedia(), read.people(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static void check(Dataset data) {
        Map<String, Event> ids = new TreeMap<>();
        for (Event e : data.events()) {
            if (ids.put(e.id(), e) != null) throw new DataIntegrityException("two events share the id " + e.id());
            for (TerritoryId t : e.parties()) {
                if (!data.territories().containsKey(t)) throw new DataIntegrityException("event " + e.id() + " names unknown territory " + t);
            }
        }
    }
}
