package org.chancery.territory;

import java.time.LocalDate;
import org.chancery.date.PartialDate;

/**
 * A name a territory bore, in a language ({@code en}, {@code ru}), between two dates; either
 * bound may be open (null).
 */
public record TerritoryName(String name, String lang, PartialDate from, PartialDate to) {

    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from.start())) && (to == null || !date.isAfter(to.end()));
    }
}
