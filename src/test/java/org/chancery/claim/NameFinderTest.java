package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.language.Lexicon;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.chancery.territory.TerritoryName;
import org.junit.jupiter.api.Test;

class NameFinderTest {
    private static Territory t(String id, String name, List<String> aliases, List<String> demonyms, List<String> capitals) {
        return new Territory(new TerritoryId(id), name, List.of(), aliases, demonyms, capitals, null, null);
    }

    private static final NameFinder NAMES = new NameFinder(new Gazetteer(List.of(
            t("united-states", "United States", List.of("US", "U.S."), List.of("American"), List.of("Washington")),
            t("denmark", "Denmark", List.of(), List.of("Danish"), List.of("Copenhagen")),
            t("norway", "Norway", List.of(), List.of(), List.of("Oslo")),
            t("united-kingdom", "United Kingdom", List.of("UK"), List.of("British"), List.of("London")),
            t("armenia", "Armenia", List.of(), List.of(), List.of("Yerevan")),
            t("austria", "Austria", List.of(), List.of(), List.of()),
            t("turkey", "Turkey", List.of(), List.of(), List.of()),
            t("haiti", "Haiti", List.of(), List.of(), List.of()))));

    private static List<String> found(String text) {
        return NAMES.find(Lexicon.standard().read(text)).stream().map(m -> m.territory().value()).toList();
    }

    @Test
    void readsFlagsFromTheirIsoCodes() {
        assertThat(found("🇺🇸🇩🇰 Women's History Month")).containsExactly("united-states", "denmark");
        assertThat(found("🏛️ 🤠")).isEmpty();
    }

    @Test
    void readsEmbassyHandles() {
        assertThat(found("@USEmbDenmark @usembassyoslo @USAinUK")).containsExactly("denmark", "norway", "united-kingdom");
        assertThat(found("@diplomacy_history")).isEmpty();
    }

    @Test
    void readsRussianNamesWhateverTheirCase() {
        assertThat(found("в Армении, с Арменией, Армения")).containsExactly("armenia", "armenia", "armenia");
        assertThat(found("в Австралии")).isEmpty();
    }

    @Test
    void readsDemonymsAndCapitalsButNotLowerCaseWords() {
        assertThat(found("Haitian independence, Washington and Copenhagen")).containsExactly("haiti", "united-states", "denmark");
        assertThat(found("a turkey for us")).isEmpty();
    }

    @Test
    void aNameSeveralTerritoriesBoreIsTheOneThatBoreItOnTheDate() {
        NameFinder names = new NameFinder(new Gazetteer(List.of(
                new Territory(new TerritoryId("old-state"), "Old State", List.of(
                        new TerritoryName("Ruritania", "en-short", PartialDate.parse("1900"), PartialDate.parse("1950"))), List.of(), List.of(), List.of(), null, null),
                new Territory(new TerritoryId("new-state"), "New State", List.of(
                        new TerritoryName("Ruritania", "en-short", PartialDate.parse("1951"), null)), List.of(), List.of(), List.of(), null, null),
                new Territory(new TerritoryId("only-state"), "Only State", List.of(
                        new TerritoryName("Grand Fenwick", "en", PartialDate.parse("1900"), PartialDate.parse("1950"))), List.of(), List.of(), List.of(), null, null))));
        assertThat(names.bearerOn("Ruritania", LocalDate.of(1930, 1, 1))).contains(new TerritoryId("old-state"));
        assertThat(names.bearerOn("Ruritania", LocalDate.of(1999, 1, 1))).contains(new TerritoryId("new-state"));
        assertThat(names.bearerOn("Ruritania", LocalDate.of(1850, 1, 1))).isEmpty();
        assertThat(names.bearerOn("Grand Fenwick", LocalDate.of(1999, 1, 1))).isEmpty();
        assertThat(names.bearerOn("Ruritania", null)).isEmpty();
    }

    @Test
    void anEmbassyHandleSpeaksForTheStateBeforeItsGlue() {
        List<TerritoryId> none = List.of();
        assertThat(NAMES.handleOwner("USEmbDenmark", none)).contains(TerritoryId.UNITED_STATES);
        assertThat(NAMES.handleOwner("usembassyoslo", none)).contains(TerritoryId.UNITED_STATES);
        assertThat(NAMES.handleOwner("DenmarkinUK", none)).contains(new TerritoryId("denmark"));
        assertThat(NAMES.handleOwner("diplomacy_history", none)).isEmpty();
        // an abbreviation only for a state the post names
        assertThat(NAMES.handleOwner("ArmEmbOslo", none)).isEmpty();
        assertThat(NAMES.handleOwner("ArmEmbOslo", List.of(new TerritoryId("armenia")))).contains(new TerritoryId("armenia"));
    }
}
