package org.chancery.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A territory of the record.
 *
 * @param name    the name the record files it under ("Russia")
 * @param names   names over time, in any language
 * @param aliases other ways people write it ("USSR", "Soviet Union", "СССР")
 * @param demonyms adjectives that stand for its government in prose ("Soviet", "American")
 * @param capitals capitals that stand for its government in prose ("Moscow", "Washington")
 * @param cowCode Correlates of War state number, if the territory is in that list
 * @param gwCode  Gleditsch–Ward state number, if the territory is in that list
 */
public record Territory(TerritoryId id, String name, List<TerritoryName> names, List<String> aliases,
                        List<String> demonyms, List<String> capitals, Integer cowCode, Integer gwCode) {

    public Territory {
        names = List.copyOf(names);
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
    }

    /** The name in the given language that held on the date, falling back to the filing name. */
    public String nameOn(LocalDate date, String lang) {
        return nameIfKnown(date, lang).orElseGet(() -> "en".equals(lang) ? name : nameOn(date, "en"));
    }

    /**
     * The name prose uses on the date ("the Soviet Union" in 1933, "Советский Союз" in Russian),
     * falling back to the formal name of that date.
     */
    public String shortNameOn(LocalDate date, String lang) {
        return nameIfKnown(date, lang + "-short").orElseGet(() -> nameOn(date, lang));
    }

    Optional<String> nameIfKnown(LocalDate date, String lang) {
        return names.stream().filter(n -> n.lang().equals(lang) && n.holdsOn(date)).map(TerritoryName::name).findFirst();
    }
}
