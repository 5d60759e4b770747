package org.chancery.relations;

import java.time.LocalDate;
import org.chancery.event.Event;
import org.chancery.territory.TerritoryId;

/** The state of a pair's relations on a day and the event that set it (null for {@link RelationState#NONE}). */
public record RelationStatus(TerritoryId a, TerritoryId b, LocalDate on, RelationState state, Event setBy) {
}
