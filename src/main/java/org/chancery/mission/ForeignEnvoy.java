package org.chancery.mission;

import java.time.LocalDate;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.territory.TerritoryId;

/**
 * Another state's envoy to the United States, as one remark of a FRUS persons list states it
 * ("Soviet Ambassador to the United States from March 1962").
 *
 * @param id       {@code people:103539:2} (the person record and the remark's number)
 * @param person   the people record's id ({@code 103539})
 * @param name     the record's preferred name ("Dobrynin, Anatoly F.")
 * @param sender   the state the envoy represented
 * @param receiver the state the envoy was sent to
 * @param from     the first date the remark gives, at its precision, or null
 * @param to       the last date the remark gives, or null when it gives none
 * @param citation the remark quoted, with the persons-list address
 */
public record ForeignEnvoy(String id, String person, String name, TerritoryId sender, TerritoryId receiver, EnvoyRank rank,
                           PartialDate from, PartialDate to, Citation citation) {

    /**
     * True when the remark's dates put the envoy in post on the day: a start on or before it and
     * no end before it; an open end is closed by {@code successorFrom}, the start of the next envoy
     * of the same state and rank (null when none is known).
     */
    public boolean inPostOn(LocalDate day, PartialDate successorFrom) {
        if (from == null || from.start().isAfter(day)) return false;
        if (to != null) return !to.end().isBefore(day);
        return successorFrom == null || day.isBefore(successorFrom.start());
    }
}
