package org.chancery.relations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chancery.event.Event;
import org.chancery.event.EventKind;

/**
 * What each source holds for a pair, and which events settle its state. The Office of the
 * Historian's rdcr tells the whole story of a U.S. pair (recognition, establishment, breaks,
 * resumption); Wikipedia's tables give only the first establishment. Where rdcr speaks of a
 * pair's relations its account wins, so a Wikipedia date never reopens relations rdcr records
 * as severed; elsewhere the Wikipedia date is all there is, and the coverage sentence says so.
 */
public final class PairSources {
    /** The dataset name of the Wikipedia tables. */
    public static final String WIKIPEDIA = "wikipedia";
    /** The sentence every answer built on the Wikipedia tables carries. */
    public static final String WIKIPEDIA_COVERAGE = "this source records the first establishment only; later breaks are not recorded";
    static final String RDCR_COVERAGE = "the Office of the Historian's country guide records recognition, establishment, breaks and "
            + "resumption of relations with the United States";
    static final String NOTHING = "no source on record covers this pair";

    private PairSources() {
    }

    /** The events that settle the pair's state: Wikipedia's only where no other source speaks of its relations. */
    public static List<Event> forState(List<Event> pairEvents) {
        boolean otherSpeaks = pairEvents.stream().anyMatch(e -> !isWikipedia(e) && speaksOfRelations(e));
        if (!otherSpeaks) return pairEvents;
        return pairEvents.stream().filter(e -> !isWikipedia(e)).toList();
    }

    /**
     * Events of many pairs with Wikipedia's left out for every pair whose relations another source
     * tells (the U.S. pairs of rdcr), so one establishment is not remembered twice.
     */
    public static List<Event> preferRecord(List<Event> events) {
        Set<List<org.chancery.territory.TerritoryId>> told = new java.util.HashSet<>();
        for (Event e : events) {
            if (!isWikipedia(e) && speaksOfRelations(e)) told.add(e.parties());
        }
        if (told.isEmpty()) return events;
        return events.stream().filter(e -> !isWikipedia(e) || !told.contains(e.parties())).toList();
    }

    private static boolean speaksOfRelations(Event e) {
        return RelationRules.next(RelationState.NONE, e.kind()) != RelationState.NONE || e.kind() == EventKind.RELATIONS_SEVERED;
    }

    /** One sentence per source the pair's events come from: what that source covers. */
    public static List<String> coverage(List<Event> pairEvents) {
        Set<String> datasets = new LinkedHashSet<>();
        pairEvents.forEach(e -> datasets.add(e.citation().dataset()));
        List<String> out = new ArrayList<>();
        if (datasets.contains("rdcr")) out.add("rdcr: " + RDCR_COVERAGE);
        if (datasets.contains(WIKIPEDIA)) out.add("Wikipedia: " + WIKIPEDIA_COVERAGE);
        if (out.isEmpty()) out.add(NOTHING);
        return List.copyOf(out);
    }

    /** The coverage sentences, then the sources' disagreement on the date of establishment where the state rests on one. */
    public static List<String> coverageAndDisagreement(List<Event> pairEvents) {
        Disagreement d = Disagreement.among(forState(pairEvents));
        if (d == null) return coverage(pairEvents);
        List<String> out = new ArrayList<>(coverage(pairEvents));
        out.add(d.statement());
        return List.copyOf(out);
    }

    public static boolean isWikipedia(Event e) {
        return WIKIPEDIA.equals(e.citation().dataset());
    }
}
