package org.chancery.relations;

import java.time.LocalDate;
import java.util.List;
import org.chancery.event.Event;
import org.chancery.territory.TerritoryId;

/**
 * The state of a pair's relations on a day and the event that set it (null for {@link RelationState#NONE}).
 *
 * @param coverage     what each source on record holds for the pair ("Wikipedia: this source records the first establishment only; ...")
 * @param disagreement the sources' different dates of the establishment, or null when they agree (or the day precedes them all)
 */
public record RelationStatus(TerritoryId a, TerritoryId b, LocalDate on, RelationState state, Event setBy, List<String> coverage,
                             Disagreement disagreement) {

    public RelationStatus {
        coverage = List.copyOf(coverage);
    }

    public RelationStatus(TerritoryId a, TerritoryId b, LocalDate on, RelationState state, Event setBy) {
        this(a, b, on, state, setBy, List.of(), null);
    }

    public RelationStatus withCoverage(List<String> sentences) {
        return new RelationStatus(a, b, on, state, setBy, sentences, disagreement);
    }
}
