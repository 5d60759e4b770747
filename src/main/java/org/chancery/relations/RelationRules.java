package org.chancery.relations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.territory.TerritoryId;

/**
 * Reads the state of relations off a pair's events.
 *
 * <p>Each kind moves the state: recognition makes an unrelated pair "recognized"; relations
 * established or resumed, a legation raised to an embassy and credentials presented mean
 * diplomatic relations; relations severed means severed. Opening, moving or closing a mission,
 * appointing an envoy and visits do not change the state: consulates opened long before
 * relations, embassies moved during wars, and the U.S. closed its embassy in Somalia in 1991
 * without breaking relations. Treaties and changes of a state (independence, annexation,
 * unification) are part of a pair's timeline but say nothing about relations by themselves:
 * many treaties were signed with states the U.S. had long had relations with. An event counts once its earliest possible day has come: a year-precision event
 * of 1933 is taken to hold from 1933-01-01, which is the record's own reading of "in 1933".
 *
 * <p>Where sources date the first establishment differently ({@link Disagreement}), relations count
 * from the earliest date, the later dates are other accounts of the same event (never a
 * re-establishment to cite), and between the earliest and the latest date the state is
 * {@link RelationState#SOURCES_DISAGREE}.
 */
public final class RelationRules {
    private RelationRules() {
    }

    /** The state on the day, given the pair's events in any order. */
    public static RelationStatus stateOn(List<Event> pairEvents, LocalDate day, TerritoryId a, TerritoryId b) {
        RelationState state = RelationState.NONE;
        Event setBy = null;
        List<Event> ordered = pairEvents.stream().sorted(Comparator.comparing(Event::date)).toList();
        List<Event> accounts = Disagreement.firstAccounts(ordered);
        for (Event e : ordered) {
            if (e.date().start().isAfter(day)) break;
            if (accounts.indexOf(e) > 0) continue;
            RelationState next = next(state, e.kind());
            // a later establishment or severance restates the state: cite the latest one
            if (next != state || restates(e.kind())) setBy = e;
            state = next;
        }
        if (accounts.isEmpty() || day.isBefore(accounts.get(0).date().start())) return new RelationStatus(a, b, day, state, setBy);
        Disagreement d = Disagreement.among(ordered);
        if (state == RelationState.DIPLOMATIC_RELATIONS && setBy == accounts.get(0) && day.isBefore(d.latest().start())) {
            state = RelationState.SOURCES_DISAGREE;
        }
        return new RelationStatus(a, b, day, state, setBy, List.of(), d);
    }

    static RelationState next(RelationState current, EventKind kind) {
        return switch (kind) {
            case RECOGNITION -> current == RelationState.NONE ? RelationState.RECOGNIZED : current;
            case RELATIONS_ESTABLISHED, RELATIONS_RESUMED, MISSION_RAISED, CREDENTIALS_PRESENTED ->
                    RelationState.DIPLOMATIC_RELATIONS;
            case RELATIONS_SEVERED -> RelationState.SEVERED;
            case MISSION_OPENED, MISSION_CLOSED, ENVOY_APPOINTED, TOOK_CHARGE, TREATY, STATE_CHANGE, VISIT, OTHER -> current;
        };
    }

    private static boolean restates(EventKind kind) {
        return kind.isRelationsStart() || kind == EventKind.RELATIONS_SEVERED;
    }
}
