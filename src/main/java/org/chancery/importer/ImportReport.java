package org.chancery.importer;

import org.chancery.record.Dataset;
import org.chancery.record.Finding;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chancery.event.Event;

/** What an import stored: counts per source and kind, and its findings. */
public record ImportReport(int territories, int persons, int tenures, int offices,
                           Map<String, Map<String, Integer>> eventsBySourceAndKind, List<Finding> findings, long millis) {

    static ImportReport of(Dataset data, long millis) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Event e : data.events()) {
            counts.computeIfAbsent(e.citation().dataset(), k -> new TreeMap<>()).merge(e.kind().slug(), 1, Integer::sum);
        }
        return new ImportReport(data.territories().size(), data.persons().size(), data.tenures().size(), data.offices().size(),
                counts, List.copyOf(data.findings()), millis);
    }

    public int events() {
        return eventsBySourceAndKind.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
