package org.chancery.anniversary;

import org.chancery.date.PartialDate;
import org.chancery.event.Event;
import org.chancery.relations.Disagreement;

/**
 * A round anniversary of an event.
 *
 * @param years how many years have passed (90)
 * @param on    the anniversary at the event's own precision: a day, a month or a year
 * @param disagreement where the event is one of two sources' different dates of one establishment
 *                     (Afghanistan–Germany: 1922-10-16 or 1954-12-22), every source's date; else null
 */
public record Anniversary(Event event, int years, PartialDate on, Disagreement disagreement) {

    public Anniversary(Event event, int years, PartialDate on) {
        this(event, years, on, null);
    }

    /** The label, marked where the sources give another date for the same establishment. */
    public String labelNoting() {
        return disagreement == null ? label() : label() + " (date disputed)";
    }

    /** "90th anniversary". */
    public String label() {
        return Ordinals.english(years) + " anniversary";
    }

    /** A UID that is the same every time this anniversary is exported, and differs from every other one. */
    public String uid() {
        return event.id().replaceAll("[^A-Za-z0-9:._-]", "_") + "-" + years + "@chancery";
    }
}
