package org.chancery.territory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.error.NotFoundException;

/**
 * Resolves what a user writes ("Soviet Union", "USSR", "Russia", "russia", "Россия") to a
 * territory, and suggests the closest known names when nothing matches.
 */
public final class Gazetteer {
    private final Map<TerritoryId, Territory> byId = new LinkedHashMap<>();
    private final Map<String, TerritoryId> byKey = new HashMap<>();
    /** Each name as the record writes it, to what {@link #find} answers for it: a server asked "russia" need not key it again. */
    private final Map<String, TerritoryId> byWritten = new HashMap<>();

    public Gazetteer(Collection<Territory> territories) {
        territories.forEach(t -> byId.put(t.id(), t));
        Map<String, String> keys = new HashMap<>();
        java.util.function.Function<String, String> key = written -> keys.computeIfAbsent(written, Gazetteer::key);
        // ids first, then filing names, then names over time, then aliases: an earlier kind wins a clash
        territories.forEach(t -> byKey.putIfAbsent(key.apply(t.id().value()), t.id()));
        territories.forEach(t -> byKey.putIfAbsent(key.apply(t.name()), t.id()));
        territories.forEach(t -> t.names().forEach(n -> byKey.putIfAbsent(key.apply(n.name()), t.id())));
        territories.forEach(t -> t.aliases().forEach(a -> byKey.putIfAbsent(key.apply(a), t.id())));
        keys.forEach((written, k) -> byWritten.put(written, byKey.get(k)));
    }

    public Collection<Territory> all() {
        return byId.values();
    }

    public Optional<Territory> byId(TerritoryId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Territory get(TerritoryId id) {
        Territory t = byId.get(id);
        if (t == null) throw new NotFoundException("territory", "territory", id.value(), suggest(id.value()));
        return t;
    }

    /** The territory a name stands for, if any. */
    public Optional<Territory> find(String name) {
        if (name == null) return Optional.empty();
        TerritoryId id = byWritten.get(name);
        if (id == null) id = byKey.get(key(name));
        return id == null ? Optional.empty() : Optional.of(byId.get(id));
    }

    /**
     * The territory a name stands for.
     *
     * @throws NotFoundException naming the value and the closest known names
     */
    public Territory resolve(String parameter, String name) {
        return find(name).orElseThrow(() -> new NotFoundException("territory", parameter, name, suggest(name)));
    }

    /** Up to five known names closest to what was typed. */
    public List<String> suggest(String name) {
        String k = key(name == null ? "" : name);
        record Scored(String label, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Territory t : byId.values()) {
            int best = Integer.MAX_VALUE;
            for (String candidate : labels(t)) {
                String ck = key(candidate);
                int d = ck.startsWith(k) && !k.isEmpty() ? 0 : EditDistance.between(k, ck);
                best = Math.min(best, d);
            }
            scored.add(new Scored(t.name() + " (" + t.id() + ")", best));
        }
        int limit = Math.max(2, k.length() / 2);
        return scored.stream().filter(s -> s.distance <= limit)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::label))
                .limit(5).map(Scored::label).toList();
    }

    private static List<String> labels(Territory t) {
        List<String> all = new ArrayList<>();
        all.add(t.id().value());
        all.add(t.name());
        t.names().forEach(n -> all.add(n.name()));
        all.addAll(t.aliases());
        return all;
    }

    /** Case, accents, punctuation and "the" do not distinguish names. */
    static String key(String s) {
        // patterns compiled once: the gazetteer keys some two thousand names at every start
        String n = isAscii(s) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        n = NOT_WORD.matcher(n.toLowerCase(Locale.ROOT).replace('-', ' ')).replaceAll("").strip();
        n = SPACES.matcher(LEADING_THE.matcher(n).replaceFirst("")).replaceAll(" ");
        return n;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N} ]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** ASCII text is its own decomposition and carries no combining marks. */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
