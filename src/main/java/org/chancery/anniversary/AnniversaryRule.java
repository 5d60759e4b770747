package org.chancery.anniversary;

import java.util.EnumSet;
import java.util.Set;
import org.chancery.error.InvalidInputException;
import org.chancery.event.EventKind;
import org.chancery.territory.TerritoryId;

/**
 * Which anniversaries count: every {@code every} years, of events of these kinds, optionally of
 * one party only.
 */
public record AnniversaryRule(int every, Set<EventKind> kinds, TerritoryId party) {
    /** The relations events; envoys, credentials and visits are many and must be asked for. */
    public static final Set<EventKind> DEFAULT_KINDS = EnumSet.of(EventKind.RECOGNITION, EventKind.RELATIONS_ESTABLISHED,
            EventKind.RELATIONS_RESUMED, EventKind.RELATIONS_SEVERED, EventKind.MISSION_OPENED, EventKind.MISSION_RAISED,
            EventKind.MISSION_CLOSED);

    public AnniversaryRule {
        if (every < 1 || every > 500) throw new InvalidInputException("--every", Integer.toString(every), "expected 1 to 500 years");
        kinds = kinds == null || kinds.isEmpty() ? DEFAULT_KINDS : Set.copyOf(kinds);
    }

    public static AnniversaryRule everyFiveYears() {
        return new AnniversaryRule(5, DEFAULT_KINDS, null);
    }

    boolean isRound(int years) {
        return years > 0 && years % every == 0;
    }
}
