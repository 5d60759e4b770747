package org.chancery.store;

import java.util.List;
import java.util.Optional;
import org.chancery.event.Event;
import org.chancery.record.Dataset;
import org.chancery.record.Finding;
import org.chancery.mission.OfficeHeld;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.person.PersonId;
import org.chancery.search.PersonIndex;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;

/** The record as the rest of Chancery sees it. Implementations are safe for concurrent readers. */
public interface RecordStore extends AutoCloseable {

    /** Replaces the whole record with the dataset in one transaction: all or nothing. */
    void replaceAll(Dataset data, String source);

    boolean isEmpty();

    List<Territory> territories();

    /** Events between the two, in date order. */
    List<Event> events(TerritoryId a, TerritoryId b);

    /** Events a territory takes part in, in date order. */
    List<Event> eventsOf(TerritoryId t);

    /** Every event, in date order. */
    List<Event> allEvents();

    /** Events whose title or text matches the words (full-text, stemmed), best first. */
    List<Event> search(String words, int limit);

    /** U.S. chiefs of mission to a territory, in order of appointment. */
    List<Tenure> tenures(TerritoryId post);

    /** Tenures of a person, in order. */
    List<Tenure> tenuresOf(PersonId person);

    List<OfficeHeld> offices(PersonId person);

    Optional<Person> person(PersonId id);

    List<Person> persons();

    /** Other states' envoys a state sent, as the people records' remarks state them, in order of their start. */
    List<org.chancery.mission.ForeignEnvoy> foreignEnvoys(TerritoryId sender);
    /**
     * Persons whose name matches (full names in any order, Cyrillic, small typos), best first.
     * This default builds the index for one question; the read model keeps one.
     */
    default List<Person> findPersons(String name, int limit) {
        return PersonIndex.of(persons()).find(name, limit);
    }

    /** What the last import could not classify, date or resolve. */
    List<Finding> findings();

    StoreStats stats();

    /** The import this store's answers come from. */
    default Generation generation() {
        return Generation.NONE;
    }

    @Override
    void close();
}
