package org.chancery.importer.wikipedia;

import java.util.List;
import java.util.Map;
import org.chancery.date.PartialDate;
import org.chancery.event.Event;
import org.chancery.record.Finding;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;

/**
 * What the Wikipedia import read, immutable.
 *
 * @param rowsRead      table rows that name a country
 * @param rowsParsed    of those, rows whose date cell states one date
 * @param unresolved    country names no territory of the record matches, with their number of rows
 * @param pairs         pairs of territories with at least one dated row
 * @param disagreements pairs whose two articles give dates that do not agree
 * @param territories states the record did not hold that the tables name (Bhutan, partly recognised states)
 * @param events        one {@code relations-established} event per pair, or one per article where they disagree
 */
public record WikipediaResult(int articles, int rowsRead, int rowsParsed, Map<String, Integer> unresolved, int pairs,
                              List<Disagreement> disagreements, List<Event> events, List<Finding> findings,
                              List<Territory> territories) {

    public WikipediaResult {
        unresolved = Map.copyOf(unresolved);
        disagreements = List.copyOf(disagreements);
        events = List.copyOf(events);
        findings = List.copyOf(findings);
        territories = List.copyOf(territories);
    }

    /** Two articles that date one pair's establishment differently. */
    public record Disagreement(TerritoryId a, TerritoryId b, String articleA, PartialDate dateA, String articleB, PartialDate dateB) {
    }

    public static WikipediaResult none() {
        return new WikipediaResult(0, 0, 0, Map.of(), 0, List.of(), List.of(), List.of(), List.of());
    }
}
