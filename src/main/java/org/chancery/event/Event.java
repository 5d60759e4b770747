package org.chancery.event;

import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.person.PersonId;
import org.chancery.territory.TerritoryId;

/**
 * One event between two parties.
 *
 * @param id      stable id ({@code rdcr:russia:8}, {@code pocom:ru-1933-bull-01:credentials})
 * @param parties the two territories, sorted by id
 * @param persons the persons of the record it names
 * @param title   a short title (the rdcr head, or one made from the record)
 * @param text    the full prose
 * @param alsoCited further sources that state the same fact (the other article of a pair), beside {@code citation}
 */
public record Event(String id, EventKind kind, List<TerritoryId> parties, List<PersonId> persons,
                    PartialDate date, String title, String text, Citation citation, List<Citation> alsoCited) {

    public Event {
        parties = parties.stream().sorted().distinct().toList();
        persons = List.copyOf(persons);
        alsoCited = List.copyOf(alsoCited);
    }

    /** An event resting on one source. */
    public Event(String id, EventKind kind, List<TerritoryId> parties, List<PersonId> persons,
                 PartialDate date, String title, String text, Citation citation) {
        this(id, kind, parties, persons, date, title, text, citation, List.of());
    }

    /** Every source that states it, the first one first. */
    public List<Citation> citations() {
        if (alsoCited.isEmpty()) return List.of(citation);
        List<Citation> all = new java.util.ArrayList<>(alsoCited.size() + 1);
        all.add(citation);
        all.addAll(alsoCited);
        return List.copyOf(all);
    }

    public boolean involves(TerritoryId t) {
        return parties.contains(t);
    }

    /** The other party than the given one (for a pair event), or the given one for a one-sided record. */
    public TerritoryId counterpart(TerritoryId t) {
        return parties.stream().filter(p -> !p.equals(t)).findFirst().orElse(t);
    }
}
