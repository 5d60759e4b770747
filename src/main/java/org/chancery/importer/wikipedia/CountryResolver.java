package org.chancery.importer.wikipedia;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.importer.TerritoryBuilder;
import org.chancery.importer.gsh.GshTerritory;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;

/**
 * Resolves a country as a Wikipedia table names it to a territory of the record: first the
 * record's own names and aliases (which hold "Soviet Union" and "Russia" as {@code russia}),
 * then the gsh historical names, following a predecessor or successor chain while it is a single
 * line (Zaire → Congo, Democratic Republic), never through a split or a merger.
 */
final class CountryResolver {
    private static final int MAX_STEPS = 6;
    private final Gazetteer gazetteer;
    private final Set<String> recordIds;
    private final Map<String, GshTerritory> gsh;
    private final Map<String, GshTerritory> gshByName = new HashMap<>();
    private final Map<TerritoryId, Territory> created = new java.util.TreeMap<>();
    // compiled once: key() runs twice for each of some 580 gsh territories and for every name resolved
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N} ]+");
    private static final Pattern THE = Pattern.compile("^the ");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PARENTHESIZED = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern YEAR_SUFFIX = Pattern.compile("-\\d{4}$");
    private static final Map<String, String[]> CURATED = curated();

    /** names.tsv: name, territory id, and a filing name where the record lacks the territory. */
    private static Map<String, String[]> curated() {
        Map<String, String[]> out = new HashMap<>();
        try (var in = CountryResolver.class.getResourceAsStream("names.tsv");
             var r = new java.io.BufferedReader(new java.io.InputStreamReader(java.util.Objects.requireNonNull(in),
                     java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                out.put(key(cols[0]), cols);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    CountryResolver(List<Territory> territories, Map<String, GshTerritory> gsh) {
        this.gazetteer = new Gazetteer(territories);
        this.recordIds = new java.util.HashSet<>();
        territories.forEach(t -> recordIds.add(t.id().value()));
        this.gsh = gsh;
        for (GshTerritory g : gsh.values()) {
            gshByName.putIfAbsent(key(g.shortName()), g);
            if (!g.longName().equals("-")) gshByName.putIfAbsent(key(g.longName()), g);
        }
    }

    /** Territories the curated names made that the record did not hold, by id. */
    Map<TerritoryId, Territory> created() {
        return Map.copyOf(created);
    }

    Optional<TerritoryId> resolve(String name) {
        String plain = PARENTHESIZED.matcher(name).replaceAll("").strip();
        String[] curated = CURATED.getOrDefault(key(name), CURATED.get(key(plain)));
        if (curated != null) {
            TerritoryId id = new TerritoryId(curated[1]);
            if (!recordIds.contains(id.value())) {
                if (curated.length < 3) return Optional.empty();
                created.putIfAbsent(id, TerritoryBuilder.named(id, curated[2]));
            }
            return Optional.of(id);
        }
        // the Office files "Bosnia and Herzegovina" as "Bosnia Herzegovina", "Antigua and Barbuda" as "Antigua Barbuda"
        for (String n : List.of(name, plain, plain.replace(" and ", " "), plain.replace(" & ", " "))) {
            Optional<Territory> t = gazetteer.find(n);
            if (t.isPresent()) return Optional.of(t.get().id());
        }
        GshTerritory g = gshByName.getOrDefault(key(name), gshByName.get(key(plain)));
        if (g == null) return Optional.empty();
        Optional<TerritoryId> same = inRecord(g.id());
        if (same.isPresent()) return same;
        Optional<TerritoryId> later = follow(g, true);
        return later.isPresent() ? later : follow(g, false);
    }

    private Optional<TerritoryId> follow(GshTerritory start, boolean forward) {
        GshTerritory g = start;
        for (int i = 0; i < MAX_STEPS; i++) {
            List<String> next = forward ? g.successors() : g.predecessors();
            if (next.size() != 1) return Optional.empty();
            Optional<TerritoryId> found = inRecord(next.get(0));
            if (found.isPresent()) return found;
            g = gsh.get(next.get(0));
            if (g == null) return Optional.empty();
        }
        return Optional.empty();
    }

    /** The gsh id itself, or without its year suffix ({@code burma-1989} → {@code burma}), when the record has it. */
    private Optional<TerritoryId> inRecord(String gshId) {
        if (recordIds.contains(gshId)) return Optional.of(new TerritoryId(gshId));
        String base = YEAR_SUFFIX.matcher(gshId).replaceFirst("");
        if (recordIds.contains(base)) return Optional.of(new TerritoryId(base));
        return Optional.empty();
    }

    static String key(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        n = NOT_WORD.matcher(n.toLowerCase(Locale.ROOT).replace('-', ' ')).replaceAll("").strip();
        return SPACES.matcher(THE.matcher(n).replaceAll("")).replaceAll(" ");
    }
}
