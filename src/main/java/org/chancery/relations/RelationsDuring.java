package org.chancery.relations;

import java.util.ArrayList;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.Event;
import org.chancery.territory.TerritoryId;

/**
 * Relations of a pair during a year or a month: the state on its first day and each change within
 * it, in order (each a {@link RelationStatus} on the day of the event that set it).
 */
public record RelationsDuring(TerritoryId a, TerritoryId b, PartialDate during, RelationStatus atStart, List<RelationStatus> changes) {

    /** The same rules as a day's question, asked on the first day and on each relations event within the period. */
    public static RelationsDuring of(List<Event> pairEvents, PartialDate period, TerritoryId a, TerritoryId b) {
        RelationStatus start = RelationRules.stateOn(pairEvents, period.start(), a, b);
        List<RelationStatus> changes = new ArrayList<>();
        RelationStatus last = start;
        for (Event e : pairEvents) {
            if (!e.kind().isRelationsKind() || e.date().start().isBefore(period.start()) || e.date().start().isAfter(period.end())) continue;
            RelationStatus now = RelationRules.stateOn(pairEvents, e.date().start(), a, b);
            if (now.state() != last.state() || now.setBy() != last.setBy()) {
                changes.add(now);
                last = now;
            }
        }
        return new RelationsDuring(a, b, period, start, List.copyOf(changes));
    }

    /** The state on the period's last day. */
    public RelationStatus atEnd() {
        return changes.isEmpty() ? atStart : changes.get(changes.size() - 1);
    }
}
