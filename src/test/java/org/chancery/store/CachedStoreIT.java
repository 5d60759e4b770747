package org.chancery.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.SharedData;
import org.chancery.person.PersonId;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

/** The in-memory read model answers exactly as the SQLite store it reads. */
class CachedStoreIT {
    private final RecordStore sqlite = SharedData.store();
    private final CachedStore cached = new CachedStore(sqlite);

    @Test
    void answersEveryPairAndPostAsTheSqliteStoreDoes() {
        for (Territory t : sqlite.territories()) {
            assertThat(cached.events(TerritoryId.UNITED_STATES, t.id())).as(t.id().value())
                    .isEqualTo(sqlite.events(t.id(), TerritoryId.UNITED_STATES));
            assertThat(cached.tenures(t.id())).as(t.id().value()).isEqualTo(sqlite.tenures(t.id()));
            assertThat(cached.eventsOf(t.id())).as(t.id().value()).isEqualTo(sqlite.eventsOf(t.id()));
        }
        assertThat(cached.allEvents()).isEqualTo(sqlite.allEvents());
    }

    @Test
    void answersPersonsAndTheirTenuresInOrder() {
        PersonId bullitt = new PersonId("bullitt-william-christian");
        assertThat(cached.person(bullitt)).isEqualTo(sqlite.person(bullitt));
        assertThat(cached.tenuresOf(bullitt)).isEqualTo(sqlite.tenuresOf(bullitt));
        PersonId franklin = new PersonId("franklin-benjamin");
        assertThat(cached.tenuresOf(franklin)).isEqualTo(sqlite.tenuresOf(franklin));
        assertThat(cached.persons()).hasSameSizeAs(sqlite.persons());
    }

    /** The read model keeps one copy of each value the record repeats: a link, a file, a party's id, a text quoted whole. */
    @Test
    void theEventsReadShareEqualValuesInsteadOfCopyingThemPerRow() {
        java.util.List<org.chancery.event.Event> all = sqlite.allEvents();
        java.util.Map<Object, Object> first = new java.util.HashMap<>();
        int repeated = 0;
        for (org.chancery.event.Event e : all) {
            org.chancery.event.Citation c = e.citation();
            for (Object v : java.util.List.of(c.dataset(), c.file(), c.url(), e.title(), e.parties().get(0), e.parties().get(1))) {
                Object seen = first.putIfAbsent(v, v);
                if (seen != null) {
                    assertThat(seen).as("%s in %s", v, e.id()).isSameAs(v);
                    repeated++;
                }
            }
            if (e.text().equals(c.quote())) assertThat(c.quote()).as(e.id()).isSameAs(e.text());
        }
        assertThat(repeated).isGreaterThan(100_000);
    }
}
