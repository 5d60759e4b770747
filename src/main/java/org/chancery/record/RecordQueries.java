package org.chancery.record;

import java.time.LocalDate;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.error.InvalidInputException;
import org.chancery.event.Event;
import org.chancery.mission.ForeignEnvoy;
import org.chancery.mission.ForeignEnvoys;
import org.chancery.mission.Missions;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.relations.PairSources;
import org.chancery.relations.RelationRules;
import org.chancery.relations.RelationStatus;
import org.chancery.relations.RelationsDuring;
import org.chancery.store.RecordStore;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;

/** The questions Chancery answers, over a store. */
public final class RecordQueries {
    /** Longest search query accepted, in characters: longer input is not a search. */
    public static final int MAX_SEARCH_LENGTH = 200;
    public static final int MAX_SEARCH_RESULTS = 500;

    private final RecordStore store;
    private final Gazetteer gazetteer;

    public RecordQueries(RecordStore store) {
        this.store = store;
        this.gazetteer = new Gazetteer(store.territories());
    }

    public RecordStore store() {
        return store;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Resolves a territory name, alias or id; {@code parameter} names the input in errors. */
    public Territory territory(String parameter, String name) {
        return gazetteer.resolve(parameter, name);
    }

    public RelationStatus relations(TerritoryId a, TerritoryId b, LocalDate on) {
        List<Event> pair = store.events(a, b);
        return RelationRules.stateOn(PairSources.forState(pair), on, a, b).withCoverage(PairSources.coverage(pair));
    }

    /** Relations during a year or a month: the state on its first day and each change within it. */
    public RelationsDuring relationsDuring(TerritoryId a, TerritoryId b, PartialDate period) {
        return RelationsDuring.of(PairSources.forState(store.events(a, b)), period, a, b);
    }

    /** U.S. chiefs of mission to the territory in post at any time during the period (a year, a month or a day). */
    public List<EnvoyInPost> envoysDuring(TerritoryId post, PartialDate period) {
        return store.tenures(post).stream().filter(t -> t.inPostDuring(period.start(), period.end())).sorted(Tenure.BY_BEST_DATE_KNOWN)
                .map(this::withPerson).toList();
    }

    public List<Event> timeline(TerritoryId a, TerritoryId b) {
        return store.events(a, b);
    }

    /** The pair's relations events, or with {@code all} every event of the pair: one default for the CLI, the API and the pages. */
    public Timeline timeline(TerritoryId a, TerritoryId b, boolean all) {
        List<Event> events = store.events(a, b);
        return new Timeline(a, b, all, all ? events : events.stream().filter(e -> e.kind().isRelationsKind()).toList());
    }

    /**
     * U.S. chiefs of mission to the territory in post on the day (credentials presented, not yet ended), chiefs in
     * title first: a chargé d'affaires ad interim stands in for a chief whose tenure continues, never hides one.
     */
    public List<EnvoyInPost> envoys(TerritoryId post, LocalDate on) {
        return store.tenures(post).stream().filter(t -> t.inPostOn(on))
                .sorted(java.util.Comparator.comparing((Tenure t) -> !t.rank().isTitular()).thenComparing(Tenure.BY_BEST_DATE_KNOWN))
                .map(this::withPerson).toList();
    }

    /** The U.S. mission in the territory: kind, chief in post, residence and relations, on a day or as periods. */
    public Missions missions(TerritoryId territory) {
        return new Missions(territory, store.events(TerritoryId.UNITED_STATES, territory), store.tenures(territory), store::tenuresOf);
    }

    /** The person of the record, or one known by id only. */
    public Person person(org.chancery.person.PersonId id) {
        return store.person(id).orElse(new Person(id, id.value(), null, null, null));
    }

    /** Every U.S. chief of mission to the territory, in the order they served ({@link Tenure#BY_BEST_DATE_KNOWN}). */
    public List<EnvoyInPost> envoys(TerritoryId post) {
        return store.tenures(post).stream().sorted(Tenure.BY_BEST_DATE_KNOWN).map(this::withPerson).toList();
    }

    /** A state's envoys to the United States in post on the day, as the people records' remarks date them. */
    public List<ForeignEnvoy> envoysToUnitedStates(TerritoryId sender, LocalDate on) {
        return ForeignEnvoys.inPostOn(store.foreignEnvoys(sender), on);
    }

    /** A state's envoys to the United States in post on a day, or on the first or last day of a month or year. */
    public List<ForeignEnvoy> envoysToUnitedStatesDuring(TerritoryId sender, org.chancery.date.PartialDate when) {
        if (when.precision() == org.chancery.date.Precision.DAY) return envoysToUnitedStates(sender, when.start());
        java.util.Map<String, ForeignEnvoy> byPerson = new java.util.LinkedHashMap<>();
        for (java.time.LocalDate d : List.of(when.start(), when.end())) {
            envoysToUnitedStates(sender, d).forEach(e -> byPerson.putIfAbsent(e.person(), e));
        }
        return List.copyOf(byPerson.values());
    }

    /** Every envoy of the state to the United States the remarks name, once each. */
    public List<ForeignEnvoy> envoysToUnitedStates(TerritoryId sender) {
        return ForeignEnvoys.everyone(store.foreignEnvoys(sender));
    }

    public List<Event> search(String words, int limit) {
        checkSearch(words, limit);
        return store.search(words, limit);
    }

    /** Persons of the record by name: "William Bullitt", "Bullitt, William", "Буллит", "Bulitt"; best first. */
    public List<Person> persons(String name, int limit) {
        checkSearch(name, limit);
        return store.findPersons(name, limit);
    }

    private static void checkSearch(String words, int limit) {
        if (words == null || words.isBlank()) throw new InvalidInputException("words", "", "give at least one word to search for");
        if (words.length() > MAX_SEARCH_LENGTH) {
            throw new InvalidInputException("words", words, "longer than " + MAX_SEARCH_LENGTH + " characters");
        }
        if (limit < 1 || limit > MAX_SEARCH_RESULTS) {
            throw new InvalidInputException("limit", Integer.toString(limit), "expected 1 to " + MAX_SEARCH_RESULTS);
        }
    }

    private EnvoyInPost withPerson(Tenure t) {
        Person p = store.person(t.person()).orElse(new Person(t.person(), t.person().value(), null, null, null));
        return new EnvoyInPost(t, p);
    }
}
