package org.chancery.record;

import java.util.List;
import org.chancery.event.Event;
import org.chancery.territory.TerritoryId;

/**
 * A pair's events in date order: the relations events, or with {@code all} every event of the
 * pair (envoys, credentials, visits too). As JSON its keys come in this order: {@code a},
 * {@code b}, {@code all}, {@code events}; each event's in the order of {@link Event}'s components.
 */
public record Timeline(TerritoryId a, TerritoryId b, boolean all, List<Event> events) {
}
