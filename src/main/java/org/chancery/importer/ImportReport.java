package org.chancery.importer;

import org.chancery.record.Dataset;
import org.chancery.record.Finding;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chancery.event.Event;
import org.chancery.importer.people.PeopleResult;
import org.chancery.importer.wikipedia.WikipediaResult;

/**
 * What an import stored: counts per source and kind, and its findings.
 *
 * @param wikipedia rows read, parsed and unresolved, pairs and disagreements of the Wikipedia tables
 */
public record ImportReport(int territories, int persons, int tenures, int offices,
                           Map<String, Map<String, Integer>> eventsBySourceAndKind, List<Finding> findings, long millis,
                           WikipediaCounts wikipedia, PeopleCounts people) {

    /** The people records' figures: persons and remarks read, envoys to the United States the remarks state. */
    public record PeopleCounts(int persons, int remarks, int envoys) {
    }

    /** The Wikipedia tables' figures: rows that name a country, rows with one date, names unresolved, pairs, disagreements. */
    public record WikipediaCounts(int articles, int rowsRead, int rowsParsed, Map<String, Integer> unresolved, int pairs,
                                  int disagreements) {
        static WikipediaCounts of(WikipediaResult w) {
            return new WikipediaCounts(w.articles(), w.rowsRead(), w.rowsParsed(), new TreeMap<>(w.unresolved()), w.pairs(),
                    w.disagreements().size());
        }

        public int unresolvedRows() {
            return unresolved.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static ImportReport of(Dataset data, WikipediaResult wikipedia, PeopleResult people, long millis) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Event e : data.events()) {
            counts.computeIfAbsent(e.citation().dataset(), k -> new TreeMap<>()).merge(e.kind().slug(), 1, Integer::sum);
        }
        return new ImportReport(data.territories().size(), data.persons().size(), data.tenures().size(), data.offices().size(),
                counts, List.copyOf(data.findings()), millis, WikipediaCounts.of(wikipedia),
                new PeopleCounts(people.persons(), people.remarks(), data.foreignEnvoys().size()));
    }

    public int events() {
        return eventsBySourceAndKind.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
