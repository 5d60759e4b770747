package org.chancery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.language.Lexicon;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
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
}
