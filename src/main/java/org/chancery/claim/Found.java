package org.chancery.claim;

import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.EventKind;
import org.chancery.person.PersonId;
import org.chancery.territory.TerritoryId;

/**
 * A claim as read from the text, before the record is consulted.
 *
 * @param foreignEnvoy an envoy or credentials claim about another state's envoy to the United States, or a
 *                     mission claim about another state's mission there ("the Soviet embassy in Washington")
 * @param first        the text says "the first" (ambassador, minister): the earliest of the record is meant
 * @param scope        the name the text used for the territory, which fixes a period ("Soviet Union"), or null
 * @param named        the envoy's name as the text writes it, resolved or not, or null
 * @param role         the rank the text names ("ambassador", "minister"), lower case
 */
record Found(EventKind kind, List<TerritoryId> parties, List<PersonId> persons, PartialDate date, int start, int end,
             boolean foreignEnvoy, boolean first, String scope, String named, String role) {
}
