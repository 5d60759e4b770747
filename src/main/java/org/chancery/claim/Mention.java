package org.chancery.claim;

import java.util.List;
import org.chancery.person.Person;
import org.chancery.territory.TerritoryId;

/** Something named in the text at [start, end): a territory, or persons of the record it may be. */
record Mention(int start, int end, TerritoryId territory, How how, List<Person> persons, boolean possessive) {

    /** How the text names it. */
    enum How { NAME, ALIAS, DEMONYM, CAPITAL, FLAG, HANDLE, ANAPHORA, PERSON }

    static Mention territory(int start, int end, TerritoryId t, How how) {
        return new Mention(start, end, t, how, List.of(), false);
    }

    static Mention person(int start, int end, List<Person> candidates, boolean possessive) {
        return new Mention(start, end, null, How.PERSON, candidates, possessive);
    }
}
