package org.chancery.store;

import java.util.Map;

/**
 * Counts of what the store holds.
 *
 * @param eventsBySourceAndKind dataset → kind → count
 */
public record StoreStats(int territories, int persons, int tenures, int offices, int findings,
                         Map<String, Map<String, Integer>> eventsBySourceAndKind, String lastImport) {

    public int events() {
        return eventsBySourceAndKind.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
