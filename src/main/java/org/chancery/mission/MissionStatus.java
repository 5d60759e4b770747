package org.chancery.mission;

import java.time.LocalDate;
import org.chancery.event.Citation;
import org.chancery.relations.RelationState;
import org.chancery.territory.TerritoryId;

/**
 * The U.S. mission in a territory over a period (or on one day: {@code from} = {@code to}).
 *
 * @param to              last day, null while it lasts
 * @param relationsSource the record that set the state of relations, null for none on record
 * @param kindSource      the record that set the kind of mission, null when nothing on record set it
 * @param protectingPower the state whose embassy houses a U.S. interests section, as the record names it; null otherwise
 * @param residenceNote   the record's words on residence ("resident at Stockholm") or the other posts held, else null
 * @param chief           the chief of mission in post (a chief in title before a chargé ad interim), null if none
 */
public record MissionStatus(TerritoryId territory, LocalDate from, LocalDate to, RelationState relations, Citation relationsSource,
                            MissionKind kind, Citation kindSource, String protectingPower, Residence residence, String residenceNote,
                            Tenure chief) {

    /** Same mission, chief and relations: consecutive days of one period. */
    boolean sameAs(MissionStatus o) {
        return relations == o.relations && kind == o.kind && residence == o.residence
                && java.util.Objects.equals(protectingPower, o.protectingPower)
                && java.util.Objects.equals(chief == null ? null : chief.id(), o.chief == null ? null : o.chief.id());
    }

    MissionStatus between(LocalDate newFrom, LocalDate newTo) {
        return new MissionStatus(territory, newFrom, newTo, relations, relationsSource, kind, kindSource, protectingPower, residence,
                residenceNote, chief);
    }
}
