package org.chancery.anniversary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.SharedData;
import org.chancery.store.CachedStore;
import org.chancery.store.RecordStore;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

/** Anniversaries and posts of any party, beyond the U.S. side, on the real record. */
class PairAnniversariesIT {
    private static final TerritoryId RUSSIA = new TerritoryId("russia");
    private final RecordStore store = new CachedStore(SharedData.store());

    @Test
    void russiasAnniversariesIn2024IncludePairsWithoutTheUnitedStates() {
        Calendar cal = AnniversaryCalendar.between(store.allEvents(), new Window(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                new AnniversaryRule(5, AnniversaryRule.everyFiveYears().kinds(), RUSSIA));
        assertThat(cal.days()).anySatisfy(a -> {
            assertThat(a.event().parties()).containsExactly(new TerritoryId("china"), RUSSIA);
            assertThat(a.on().toString()).isEqualTo("2024-10-02");
            assertThat(a.years()).isEqualTo(75);
        });
        assertThat(cal.days().stream().filter(a -> !a.event().involves(TerritoryId.UNITED_STATES)).count()).isGreaterThan(10);
        // a U.S. pair is remembered from the Historian's record, not twice
        assertThat(cal.days()).noneMatch(a -> a.event().involves(TerritoryId.UNITED_STATES)
                && a.event().citation().dataset().equals("wikipedia"));
    }

    @Test
    void theRussianPostForChinaAndTheSovietUnionCitesBothArticlesWithTheirCredit() {
        Post p = new PostWriter(store, new Gazetteer(store.territories())).write(LocalDate.of(2024, 10, 2), RUSSIA, "ru", List.of());
        String text = p.render();
        assertThat(text).startsWith("75 лет назад, 2 октября 1949 года, Китай и Советский Союз установили дипломатические отношения. [1][2]");
        assertThat(text).contains("Wikipedia contributors, CC BY-SA 4.0, https://en.wikipedia.org/wiki/Foreign_relations_of_China")
                .contains("https://en.wikipedia.org/wiki/Foreign_relations_of_Russia");
    }
}
