package org.chancery.anniversary;

import org.chancery.date.PartialDate;
import org.chancery.event.Event;

/**
 * A round anniversary of an event.
 *
 * @param years how many years have passed (90)
 * @param on    the anniversary at the event's own precision: a day, a month or a year
 */
public record Anniversary(Event event, int years, PartialDate on) {

    /** "90th anniversary". */
    public String label() {
        return Ordinals.english(years) + " anniversary";
    }

    /** A UID that is the same every time this anniversary is exported, and differs from every other one. */
    public String uid() {
        return event.id().replaceAll("[^A-Za-z0-9:._-]", "_") + "-" + years + "@chancery";
    }
}
