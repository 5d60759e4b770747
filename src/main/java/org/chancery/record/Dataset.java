package org.chancery.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.event.Event;
import org.chancery.mission.ForeignEnvoy;
import org.chancery.mission.OfficeHeld;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.person.PersonId;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;

/**
 * Everything one import read, ready to replace the store's content in one transaction.
 *
 * @param foreignEnvoys other states' envoys to the United States (from the people records)
 */
public record Dataset(Map<TerritoryId, Territory> territories, Map<PersonId, Person> persons, List<Event> events,
                      List<Tenure> tenures, List<OfficeHeld> offices, List<Finding> findings, List<ForeignEnvoy> foreignEnvoys) {

    public Dataset(Map<TerritoryId, Territory> territories, Map<PersonId, Person> persons, List<Event> events,
                   List<Tenure> tenures, List<OfficeHeld> offices, List<Finding> findings) {
        this(territories, persons, events, tenures, offices, findings, new ArrayList<>());
    }

    public static Dataset empty() {
        return new Dataset(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
}
