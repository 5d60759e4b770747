package org.chancery.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

class PairSourcesTest {
    private static final TerritoryId US = TerritoryId.UNITED_STATES;
    private static final TerritoryId CUBA = new TerritoryId("cuba");
    private static final TerritoryId SPAIN = new TerritoryId("spain");

    private static Event event(String dataset, EventKind kind, TerritoryId a, TerritoryId b, String date) {
        return new Event(dataset + ":" + a + b + date, kind, List.of(a, b), List.of(), PartialDate.parse(date), "t", "x",
                new Citation(dataset, "f", "r", "q", "u"));
    }

    @Test
    void theHistoriansBreakIsNotUndoneByWikipediasFirstDate() {
        List<Event> pair = List.of(event("rdcr", EventKind.RELATIONS_ESTABLISHED, US, CUBA, "1902-05-20"),
                event("rdcr", EventKind.RELATIONS_SEVERED, US, CUBA, "1961-01-03"),
                event("wikipedia", EventKind.RELATIONS_ESTABLISHED, US, CUBA, "1902-05-21"));
        assertThat(PairSources.forState(pair)).noneMatch(PairSources::isWikipedia);
        assertThat(RelationRules.stateOn(PairSources.forState(pair), LocalDate.of(1970, 1, 1), US, CUBA).state())
                .isEqualTo(RelationState.SEVERED);
    }

    @Test
    void wikipediaAloneSettlesAPairNoOtherSourceTells() {
        List<Event> pair = List.of(event("wikipedia", EventKind.RELATIONS_ESTABLISHED, CUBA, SPAIN, "1902"));
        assertThat(PairSources.forState(pair)).hasSize(1);
        assertThat(PairSources.coverage(pair))
                .containsExactly("Wikipedia: this source records the first establishment only; later breaks are not recorded");
    }

    @Test
    void aCalendarOfManyPairsKeepsWikipediaOnlyWhereNothingElseSpeaks() {
        List<Event> all = List.of(event("rdcr", EventKind.RELATIONS_ESTABLISHED, US, CUBA, "1902-05-20"),
                event("wikipedia", EventKind.RELATIONS_ESTABLISHED, US, CUBA, "1902-05-21"),
                event("wikipedia", EventKind.RELATIONS_ESTABLISHED, CUBA, SPAIN, "1902"));
        assertThat(PairSources.preferRecord(all)).extracting(e -> e.citation().dataset() + " " + e.parties())
                .containsExactly("rdcr [cuba, united-states]", "wikipedia [cuba, spain]");
    }
}
