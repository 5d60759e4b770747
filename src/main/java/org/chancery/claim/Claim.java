package org.chancery.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.EventKind;
import org.chancery.person.PersonId;
import org.chancery.territory.TerritoryId;

/**
 * One dated claim found in a text, with its verdict.
 *
 * @param parties sorted territory ids
 * @param date    as precise as the text states it; null when the text gives none
 * @param start   offset of the claim in the text (inclusive)
 * @param end     offset of the claim in the text (exclusive)
 */
public record Claim(EventKind kind, List<TerritoryId> parties, List<PersonId> persons,
                    @JsonInclude(JsonInclude.Include.ALWAYS) PartialDate date, Verdict verdict, int start, int end,
                    List<Evidence> evidence, String note) {
}
