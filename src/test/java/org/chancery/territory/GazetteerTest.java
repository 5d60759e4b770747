package org.chancery.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.error.NotFoundException;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Territory RUSSIA = new Territory(new TerritoryId("russia"), "Russia",
            List.of(new TerritoryName("Union of Soviet Socialist Republics", "en", PartialDate.parse("1922-12-30"), PartialDate.parse("1991-12-25")),
                    new TerritoryName("Russian Federation", "en", PartialDate.parse("1991-12-26"), null),
                    new TerritoryName("Советский Союз", "ru-short", PartialDate.parse("1922-12-30"), PartialDate.parse("1991-12-25"))),
            List.of("USSR", "Soviet Union", "Россия"), List.of("Soviet"), List.of("Moscow"), 365, 365);
    private static final Territory FRANCE = new Territory(new TerritoryId("france"), "France", List.of(), List.of(), List.of(),
            List.of(), 220, 220);
    private final Gazetteer gazetteer = new Gazetteer(List.of(RUSSIA, FRANCE));

    @Test
    void resolvesIdsNamesAndAliasesToOneTerritory() {
        for (String name : List.of("russia", "Russia", "USSR", "Soviet Union", "the Soviet Union", "Россия",
                "union of soviet socialist republics")) {
            assertThat(gazetteer.find(name)).as(name).contains(RUSSIA);
        }
    }

    @Test
    void namesHoldBetweenTheirDates() {
        assertThat(RUSSIA.nameOn(LocalDate.of(1933, 11, 16), "en")).isEqualTo("Union of Soviet Socialist Republics");
        assertThat(RUSSIA.nameOn(LocalDate.of(2000, 1, 1), "en")).isEqualTo("Russian Federation");
        assertThat(RUSSIA.nameOn(LocalDate.of(1850, 1, 1), "en")).isEqualTo("Russia");
        assertThat(RUSSIA.shortNameOn(LocalDate.of(1933, 11, 16), "ru")).isEqualTo("Советский Союз");
    }

    @Test
    void anUnknownNameSuggestsTheClosestKnownOnes() {
        assertThatThrownBy(() -> gazetteer.resolve("A", "Frnace"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("'Frnace'")
                .hasMessageContaining("France (france)");
    }

    @Test
    void caseAccentsPunctuationHyphensAndALeadingTheDoNotDistinguishNames() {
        assertThat(Gazetteer.key("The Gambia")).isEqualTo("gambia");
        assertThat(Gazetteer.key("Côte d’Ivoire")).isEqualTo(Gazetteer.key("cote d'ivoire")).isEqualTo("cote divoire");
        assertThat(Gazetteer.key("united-states")).isEqualTo(Gazetteer.key("United States")).isEqualTo("united states");
        assertThat(Gazetteer.key("São Tomé and Príncipe")).isEqualTo("sao tome and principe");
        assertThat(Gazetteer.key("Россия")).isEqualTo("россия");
        assertThat(Gazetteer.key("Theodore")).isEqualTo("theodore");
    }

    @Test
    void aNameWrittenAsAnotherTerritorysAliasStillGoesToTheTerritoryWhoseIdItIs() {
        Territory congo = new Territory(new TerritoryId("congo"), "Congo (Brazzaville)", List.of(), List.of(), List.of(), List.of(), 484, 484);
        Territory zaire = new Territory(new TerritoryId("democratic-republic-of-the-congo"), "Democratic Republic of the Congo", List.of(),
                List.of("Congo", "Zaire"), List.of(), List.of(), 490, 490);
        Gazetteer g = new Gazetteer(List.of(zaire, congo));
        assertThat(g.find("Congo")).contains(congo);
        assertThat(g.find("congo")).contains(congo);
        assertThat(g.find("Zaire")).contains(zaire);
        assertThat(g.find("ZAIRE")).contains(zaire);
    }
}
