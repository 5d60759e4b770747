package org.chancery.importer.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chancery.SharedData;
import org.chancery.mission.EnvoyRank;
import org.chancery.record.RecordQueries;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

/** Other states' envoys to the United States after a full import of ../shared/data. */
class PeopleEnvoysIT {
    private final RecordQueries q = new RecordQueries(SharedData.store());

    @Test
    void dobryninWasTheSovietAmbassadorInPostOn1January1965WithTheRemarkQuoted() {
        assertThat(q.envoysToUnitedStates(new TerritoryId("russia"), LocalDate.of(1965, 1, 1))).singleElement().satisfies(e -> {
            assertThat(e.name()).startsWith("Dobrynin");
            assertThat(e.rank()).isEqualTo(EnvoyRank.AMBASSADOR);
            assertThat(e.citation().reference()).isEqualTo("people:103539");
            assertThat(e.citation().quote()).contains("Ambassador to the United States");
            assertThat(e.citation().url()).startsWith("https://history.state.gov/historicaldocuments/frus");
        });
    }

    @Test
    void menshikovPrecededHimIn1960() {
        assertThat(q.envoysToUnitedStates(new TerritoryId("russia"), LocalDate.of(1960, 6, 1)))
                .anySatisfy(e -> assertThat(e.name()).startsWith("Menshikov"))
                .noneSatisfy(e -> assertThat(e.name()).startsWith("Dobrynin"));
    }
}
