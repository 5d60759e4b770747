package org.chancery.importer.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;

class PeopleImporterTest {
    private static final TerritoryId RURITANIA = new TerritoryId("ruritania");

    @Test
    void aPersonFileWithoutAnIdIsAFindingNotACrash() {
        var read = PeopleImporter.read("data/x.xml",
                "<person><remarks><remark><p>Ruritanian Ambassador to the United States</p></remark></remarks></person>",
                name -> Optional.of(RURITANIA));
        assertThat(read.envoys()).isEmpty();
        assertThat(read.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("without an id"));
    }

    @Test
    void readsTheEnvoyARemarkStatesAndCitesTheFile() {
        var read = PeopleImporter.read("data/x.xml", """
                <person><id>900001</id><names><preferred><name>Ivanov, Ivan</name></preferred></names>
                <remarks><remark><p>Soviet Ambassador to the United States from March 1962</p>
                <source-url>https://history.state.gov/x</source-url></remark></remarks></person>""",
                name -> Optional.of(RURITANIA));
        assertThat(read.envoys()).singleElement().satisfies(e -> {
            assertThat(e.citation().file()).isEqualTo("data/x.xml");
            assertThat(e.sender()).isEqualTo(new TerritoryId("russia"));
            assertThat(e.from()).hasToString("1962-03");
        });
    }
}
