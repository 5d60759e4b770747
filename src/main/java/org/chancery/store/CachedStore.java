package org.chancery.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.event.Event;
import org.chancery.record.Dataset;
import org.chancery.record.Finding;
import org.chancery.mission.OfficeHeld;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.person.PersonId;
import org.chancery.search.EventIndex;
import org.chancery.search.PersonIndex;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;

/**
 * A read model over another store: the whole record (some 19,000 events) held in memory,
 * indexed by pair, party, post and person, so that the hot questions (relations, timeline,
 * envoys) are map look-ups rather than SQL. Why: a server answers thousands of such questions a
 * second, and the record changes only on import. Full-text search and person search go to Lucene
 * indexes of the snapshot's events and persons, each built on its first search; offices, findings and stats still go to the
 * underlying store. The snapshot is immutable and swapped whole after an import,
 * so readers never see half of one.
 */
public final class CachedStore implements RecordStore {
    private final RecordStore backing;
    private volatile Snapshot snapshot;

    public CachedStore(RecordStore backing) {
        this.backing = backing;
        this.snapshot = Snapshot.of(backing);
    }

    private record Snapshot(Generation generation, List<Territory> territories, List<Event> all, Map<String, List<Event>> byPair,
                            Map<TerritoryId, List<Event>> byParty, Map<TerritoryId, List<Tenure>> byPost,
                            Map<PersonId, List<Tenure>> byPerson, Map<PersonId, Person> persons, List<Person> personList,
                            Lazy<EventIndex> eventIndex, Lazy<PersonIndex> personIndex) {

        static Snapshot of(RecordStore s) {
            Generation generation = s.generation();
            List<Territory> territories = List.copyOf(s.territories());
            List<Event> all = List.copyOf(s.allEvents());
            Map<String, List<Event>> byPair = new HashMap<>();
            Map<TerritoryId, List<Event>> byParty = new HashMap<>();
            for (Event e : all) {
                byPair.computeIfAbsent(pairKey(e.parties().get(0), e.parties().get(e.parties().size() - 1)), k -> new ArrayList<>()).add(e);
                for (TerritoryId t : e.parties()) byParty.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
            }
            Map<TerritoryId, List<Tenure>> byPost = new HashMap<>();
            Map<PersonId, List<Tenure>> byPerson = new HashMap<>();
            for (Territory t : territories) {
                List<Tenure> ts = s.tenures(t.id());
                if (ts.isEmpty()) continue;
                byPost.put(t.id(), List.copyOf(ts));
                for (Tenure te : ts) byPerson.computeIfAbsent(te.person(), k -> new ArrayList<>()).add(te);
            }
            byPerson.values().forEach(l -> l.sort(java.util.Comparator.comparing(CachedStore::firstDate)));
            List<Person> personList = List.copyOf(s.persons());
            Map<PersonId, Person> persons = new HashMap<>();
            personList.forEach(p -> persons.put(p.id(), p));
            return new Snapshot(generation, territories, all, frozen(byPair), frozen(byParty), byPost, frozen(byPerson), persons, personList,
                    new Lazy<>(() -> EventIndex.of(all)), new Lazy<>(() -> PersonIndex.of(personList)));
        }

        private static <K, V> Map<K, List<V>> frozen(Map<K, List<V>> m) {
            Map<K, List<V>> out = new HashMap<>(m.size() * 2);
            m.forEach((k, v) -> out.put(k, Collections.unmodifiableList(v)));
            return out;
        }
    }

    private static java.time.LocalDate firstDate(Tenure t) {
        if (t.appointed() != null) return t.appointed().start();
        return t.credentials() != null ? t.credentials().start() : java.time.LocalDate.MAX;
    }

    static String pairKey(TerritoryId a, TerritoryId b) {
        return a.compareTo(b) <= 0 ? a.value() + "|" + b.value() : b.value() + "|" + a.value();
    }

    @Override
    public void replaceAll(Dataset data, String source) {
        backing.replaceAll(data, source);
        snapshot = Snapshot.of(backing);
    }

    @Override
    public boolean isEmpty() {
        return snapshot.all().isEmpty();
    }

    @Override
    public List<Territory> territories() {
        return snapshot.territories();
    }

    @Override
    public List<Event> events(TerritoryId a, TerritoryId b) {
        return snapshot.byPair().getOrDefault(pairKey(a, b), List.of());
    }

    @Override
    public List<Event> eventsOf(TerritoryId t) {
        return snapshot.byParty().getOrDefault(t, List.of());
    }

    @Override
    public List<Event> allEvents() {
        return snapshot.all();
    }

    @Override
    public List<Event> search(String words, int limit) {
        return snapshot.eventIndex().get().search(words, limit);
    }

    @Override
    public List<Tenure> tenures(TerritoryId post) {
        return snapshot.byPost().getOrDefault(post, List.of());
    }

    @Override
    public List<Tenure> tenuresOf(PersonId person) {
        return snapshot.byPerson().getOrDefault(person, List.of());
    }

    @Override
    public List<OfficeHeld> offices(PersonId person) {
        return backing.offices(person);
    }

    @Override
    public Optional<Person> person(PersonId id) {
        return Optional.ofNullable(snapshot.persons().get(id));
    }

    @Override
    public List<Person> persons() {
        return snapshot.personList();
    }

    @Override
    public List<Person> findPersons(String name, int limit) {
        return snapshot.personIndex().get().find(name, limit);
    }

    @Override
    public List<Finding> findings() {
        return backing.findings();
    }

    @Override
    public StoreStats stats() {
        return backing.stats();
    }

    @Override
    public Generation generation() {
        return snapshot.generation();
    }

    @Override
    public void close() {
        backing.close();
    }

    @Override
    public List<org.chancery.mission.ForeignEnvoy> foreignEnvoys(TerritoryId sender) {
        return backing.foreignEnvoys(sender);
    }
}
