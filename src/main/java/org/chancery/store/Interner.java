package org.chancery.store;

import java.util.HashMap;
import java.util.Map;
import org.chancery.person.PersonId;
import org.chancery.territory.TerritoryId;

/**
 * One copy of each equal value read in one pass over the store: the record repeats most of its
 * strings (a citation's dataset, file, link and credit, a title, a text quoted whole as its
 * citation, the two parties' ids), and a read model holding every event would otherwise keep a
 * copy per row (about 45 MB of strings for 19 MB of distinct ones). Lives for one read.
 */
final class Interner {
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, TerritoryId> territories = new HashMap<>();
    private final Map<String, PersonId> persons = new HashMap<>();

    String of(String s) {
        if (s == null) return null;
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    TerritoryId territory(String id) {
        return territories.computeIfAbsent(id, TerritoryId::new);
    }

    PersonId person(String id) {
        return persons.computeIfAbsent(id, PersonId::new);
    }
}
