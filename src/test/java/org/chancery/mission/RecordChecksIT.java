package org.chancery.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.chancery.SharedData;
import org.chancery.event.Event;
import org.chancery.record.RecordQueries;
import org.chancery.relations.RelationRules;
import org.chancery.relations.RelationState;
import org.chancery.store.RecordStore;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

/**
 * Checks over the whole record, printed: days on which two chiefs of one post are in post at once
 * (split into those the record states and those it does not), relations periods opened by a head of
 * mission without diplomatic rank, and territories without state-system codes.
 */
class RecordChecksIT {
    private final RecordStore store = SharedData.store();
    private final RecordQueries q = new RecordQueries(store);

    @Test
    void noTwoChiefsOfOnePostAreInPostAtOnceUnlessTheRecordSaysSo() {
        List<Tenure> all = new ArrayList<>();
        store.territories().forEach(t -> all.addAll(store.tenures(t.id())));
        long[] days = MissionChecks.overlapDays(all);
        System.out.printf("checks: days with two chiefs of one post in post: %d not stated by the record, %d stated%n", days[0], days[1]);
        assertThat(days[0]).isZero();
    }

    @Test
    void noRelationsPeriodIsOpenedByAHeadWithoutDiplomaticRank() {
        Map<String, Tenure> byEvent = new HashMap<>();
        store.territories().forEach(t -> store.tenures(t.id()).forEach(te -> byEvent.put("pocom:" + te.id() + ":credentials", te)));
        List<String> opened = new ArrayList<>();
        int periods = 0;
        for (Territory t : store.territories()) {
            if (t.id().equals(TerritoryId.UNITED_STATES)) continue;
            List<Event> events = store.events(TerritoryId.UNITED_STATES, t.id());
            RelationState before = RelationState.NONE;
            for (Event e : events) {
                var st = RelationRules.stateOn(events, e.date().start(), TerritoryId.UNITED_STATES, t.id());
                if (st.state() == RelationState.DIPLOMATIC_RELATIONS && before != RelationState.DIPLOMATIC_RELATIONS) {
                    periods++;
                    Tenure head = byEvent.get(st.setBy().id());
                    if (head != null && !head.rank().evidencesRelations()) opened.add(t.id() + " " + st.setBy().date());
                }
                before = st.state();
            }
        }
        System.out.printf("checks: %d relations periods, %d opened only by a head without diplomatic rank %s%n", periods, opened.size(), opened);
        assertThat(opened).isEmpty();
    }

    @Test
    void everyStateOfTheStateSystemListsCarriesItsCodesAndEachCodeOneTerritory() {
        TreeSet<String> without = new TreeSet<>();
        Map<Integer, List<String>> cow = new HashMap<>();
        for (Territory t : store.territories()) {
            if (t.cowCode() == null && t.gwCode() == null) without.add(t.id().value());
            if (t.cowCode() != null) cow.computeIfAbsent(t.cowCode(), k -> new ArrayList<>()).add(t.id().value());
        }
        System.out.printf("checks: %d territories without codes: %s%n", without.size(), String.join(" ", without));
        for (String id : List.of("burma", "korea-south", "cote-divoire")) assertThat(q.territory("t", id).cowCode()).as(id).isNotNull();
        for (String id : List.of("germany", "italy", "romania")) assertThat(q.territory("t", id).gwCode()).as(id).isNotNull();
        assertThat(cow.get(345)).containsExactly("kingdom-of-yugoslavia");
        assertThat(cow.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
    }

    @Test
    void territoriesHoldingRelationsAndChiefsUnderTwoIdsAreJoined() {
        TerritoryId southKorea = q.territory("t", "korea-south").id();
        assertThat(q.relations(TerritoryId.UNITED_STATES, southKorea, LocalDate.of(1960, 1, 1)).state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        assertThat(q.envoys(southKorea, LocalDate.of(1960, 1, 1))).isNotEmpty();
        TerritoryId yugoslavia = q.territory("t", "Yugoslavia").id();
        assertThat(q.envoys(yugoslavia, LocalDate.of(1960, 1, 1))).isNotEmpty();
        assertThat(q.relations(TerritoryId.UNITED_STATES, yugoslavia, LocalDate.of(1960, 1, 1)).state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        TerritoryId southVietnam = q.territory("t", "South Vietnam").id();
        assertThat(q.envoys(southVietnam, LocalDate.of(1966, 1, 1))).extracting(e -> e.person().id().value()).contains("lodge-henry-cabot");
        assertThat(q.relations(TerritoryId.UNITED_STATES, southVietnam, LocalDate.of(1966, 1, 1)).state()).isEqualTo(RelationState.DIPLOMATIC_RELATIONS);
        TerritoryId austrianEmpire = q.territory("t", "austrian-empire").id();
        assertThat(q.envoys(austrianEmpire, LocalDate.of(1900, 1, 1))).isNotEmpty();
    }
}
