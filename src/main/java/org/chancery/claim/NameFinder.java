package org.chancery.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chancery.language.Language;
import org.chancery.language.Lexicon;
import org.chancery.language.Shape;
import org.chancery.language.Token;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.chancery.territory.TerritoryName;

/**
 * Finds territories named in a post's tokens: by their names over time, aliases ("USSR",
 * "СССР"), demonyms standing for governments ("Soviet"), capitals and seats ("Moscow", "the
 * Kremlin") from the record and {@code names.tsv}; flags (🇩🇰, from their ISO code); and
 * embassy and ministry handles ("@USEmbDenmark", "@usembassyoslo"). Names are compared on the
 * language layer's stems, so Russian names match whatever their case ending ("с Францией").
 * Only capitalised words match ("turkey" is a bird); an acronym only in capitals ("US", not "us").
 */
final class NameFinder {
    private record Phrase(List<String> keys, TerritoryId territory, Mention.How how, boolean acronym) {
    }

    private final Map<String, List<Phrase>> byFirstKey = new HashMap<>();
    /** Names without spaces, lower case, for handles: "denmark", "oslo", "uk". */
    private final Map<String, TerritoryId> compact = new HashMap<>();
    /** Stems of one-word English names, for demonyms no table lists: "morocc" (Moroccan). */
    private final Map<String, TerritoryId> stems = new HashMap<>();
    private static final java.util.regex.Pattern DEMONYM_ENDING = java.util.regex.Pattern.compile("(?:ian|a?n|anian|ese|ish|i|ean|nian|ite)s?");
    private final Gazetteer gazetteer;
    /**
     * Names borne by more than one territory at different dates ("Yugoslavia": the kingdom and
     * socialist federation until 1992, the Federal Republic, the record's {@code serbia}, until
     * 2003), by their keys: which territory a mention means depends on the claim's date.
     */
    private final Map<List<String>, List<Bearer>> sharedOverTime = new HashMap<>();

    /** A territory that bore a name between the name's dates. */
    private record Bearer(TerritoryId territory, TerritoryName name) {
    }

    NameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Territory t : gazetteer.all()) {
            add(t.name(), t.id(), Mention.How.NAME);
            for (TerritoryName n : t.names()) add(n.name(), t.id(), Mention.How.NAME);
            for (String a : t.aliases()) add(a, t.id(), Mention.How.ALIAS);
            for (String d : t.demonyms()) add(d, t.id(), Mention.How.DEMONYM);
            for (String c : t.capitals()) add(c, t.id(), Mention.How.CAPITAL);
            String name = t.name();
            if (name.matches("\\p{Lu}\\p{Ll}{3,}")) {
                String stem = name.toLowerCase(Locale.ROOT).replaceFirst("[aeiouy]$", "");
                stems.merge(stem, t.id(), (a, b) -> a.equals(b) ? a : null);
            }
        }
        curated();
        isoNames();
        sharedOverTime();
        stems.values().removeIf(java.util.Objects::isNull);
        byFirstKey.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> -p.keys().size())));
    }

    private void sharedOverTime() {
        Map<List<String>, List<Bearer>> dated = new HashMap<>();
        for (Territory t : gazetteer.all()) {
            for (TerritoryName n : t.names()) {
                if (n.from() == null && n.to() == null) continue;
                List<String> keys = nameKeys(n.name());
                if (!keys.isEmpty()) dated.computeIfAbsent(keys, k -> new ArrayList<>()).add(new Bearer(t.id(), n));
            }
        }
        dated.forEach((keys, bearers) -> {
            if (bearers.stream().map(Bearer::territory).distinct().count() > 1) sharedOverTime.put(keys, List.copyOf(bearers));
        });
    }

    /**
     * The territory that bore the written name on the date, when the name was borne by several
     * territories at different dates and exactly one of them bore it then; empty otherwise.
     */
    Optional<TerritoryId> bearerOn(String written, java.time.LocalDate date) {
        if (date == null || sharedOverTime.isEmpty()) return Optional.empty();
        List<Bearer> bearers = sharedOverTime.get(nameKeys(written));
        if (bearers == null) return Optional.empty();
        List<TerritoryId> then = bearers.stream().filter(b -> b.name().holdsOn(date)).map(Bearer::territory).distinct().toList();
        return then.size() == 1 ? Optional.of(then.get(0)) : Optional.empty();
    }

    /** True when the name, as written, is one that {@link #bearerOn} may resolve (several territories bore it). */
    boolean sharedName(String written) {
        return !sharedOverTime.isEmpty() && sharedOverTime.containsKey(nameKeys(written));
    }

    private static List<String> nameKeys(String name) {
        List<String> keys = new ArrayList<>(Lexicon.keys(name));
        if (!keys.isEmpty() && keys.get(0).equals("the")) keys.remove(0);
        return keys;
    }

    private void curated() {
        InputStream in = NameFinder.class.getResourceAsStream("names.tsv");
        if (in == null) throw new IllegalStateException("names.tsv is missing from the classpath");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                TerritoryId id = new TerritoryId(f[0]);
                if (gazetteer.byId(id).isPresent()) add(f[2], id, Mention.How.valueOf(f[1].toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The names the JDK's CLDR data gives each ISO 3166 country in English and Russian, for the
     * territories whose English name (or alias) is the country's: "Армения", "Беларусь", "Египет".
     */
    private void isoNames() {
        Locale ru = Locale.of("ru");
        for (String iso : Locale.getISOCountries()) {
            Locale country = Locale.of("", iso);
            Optional<Territory> t = gazetteer.find(country.getDisplayCountry(Locale.ENGLISH));
            if (t.isEmpty()) continue;
            add(country.getDisplayCountry(Locale.ENGLISH), t.get().id(), Mention.How.ALIAS);
            add(country.getDisplayCountry(ru), t.get().id(), Mention.How.NAME);
        }
    }

    private void add(String name, TerritoryId id, Mention.How how) {
        List<String> keys = nameKeys(name);
        if (keys.isEmpty()) return;
        String bare = name.replaceFirst("^(?i)the\\s+", "");
        if (!Character.isUpperCase(bare.codePointAt(0))) {
            if (Language.ofWord(bare) == Language.EN) return; // a lower-case English word is no name
        }
        boolean acronym = bare.length() <= 5 && bare.equals(bare.toUpperCase(Locale.ROOT));
        Phrase p = new Phrase(List.copyOf(keys), id, how, acronym);
        List<Phrase> list = byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>());
        if (list.stream().noneMatch(x -> x.keys().equals(p.keys()))) list.add(p);
        String flat = bare.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (flat.length() >= 2 && Language.ofWord(flat) == Language.EN) compact.merge(flat, id, (a, b) -> a.equals(b) ? a : a);
    }

    List<Mention> find(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.shape() == Shape.EMOJI) {
                flag(t).ifPresent(id -> out.add(Mention.territory(t.start(), t.end(), id, Mention.How.FLAG)));
                continue;
            }
            if (t.shape() == Shape.HANDLE) {
                handle(t.word()).ifPresent(id -> out.add(Mention.territory(t.start(), t.end(), id, Mention.How.HANDLE)));
                continue;
            }
            if (!t.isWord() || !t.capitalized()) continue;
            Phrase hit = null;
            // a Russian word's stem may be longer than its nominative's ("Ереване" ереван, "Ереван" ерева)
            int shortest = t.language() == Language.RU ? Math.min(t.key().length(), Math.max(4, t.key().length() - 2)) : t.key().length();
            for (int cut = t.key().length(); cut >= shortest && hit == null; cut--) {
                List<Phrase> candidates = byFirstKey.get(t.key().substring(0, cut));
                if (candidates == null) continue;
                for (Phrase p : candidates) {
                    if (matches(tokens, i, p)) {
                        hit = p;
                        break;
                    }
                }
            }
            if (hit != null) {
                Token last = tokens.get(i + hit.keys().size() - 1);
                out.add(Mention.territory(t.start(), last.end(), hit.territory(), hit.how()));
                i += hit.keys().size() - 1;
                continue;
            }
            TerritoryId d = demonym(t.word());
            if (d != null) out.add(Mention.territory(t.start(), t.end(), d, Mention.How.DEMONYM));
        }
        return out;
    }

    /** A flag: two regional indicator symbols, the letters of an ISO 3166 code, whose English name the record knows. */
    Optional<TerritoryId> flag(Token t) {
        String s = t.text();
        if (s.codePointCount(0, s.length()) != 2) return Optional.empty();
        int a = s.codePointAt(0);
        int b = s.codePointAt(Character.charCount(a));
        if (a < 0x1F1E6 || a > 0x1F1FF || b < 0x1F1E6 || b > 0x1F1FF) return Optional.empty();
        String iso = "" + (char) ('A' + a - 0x1F1E6) + (char) ('A' + b - 0x1F1E6);
        if (iso.equals("US")) return Optional.of(TerritoryId.UNITED_STATES);
        String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
        return gazetteer.find(name).or(() -> gazetteer.find(iso)).map(Territory::id);
    }

    /**
     * An embassy's or ministry's handle: a territory's name, alias or capital after "emb",
     * "embassy" or "in" ("USEmbDenmark", "usembassyoslo", "USAinUK", "IndEmbMoscow").
     */
    Optional<TerritoryId> handle(String handle) {
        String h = handle.toLowerCase(Locale.ROOT);
        for (String glue : List.of("embassy", "emb", "in")) {
            int at = h.indexOf(glue);
            while (at >= 0) {
                TerritoryId id = compact.get(h.substring(at + glue.length()));
                if (id != null) return Optional.of(id);
                at = h.indexOf(glue, at + 1);
            }
        }
        return Optional.empty();
    }

    /**
     * The state an embassy's or ministry's handle speaks for: the name or alias before "emb",
     * "embassy" or "in" when a territory follows it ("USEmbDenmark": the United States,
     * "IsraelinUSA": Israel), or an abbreviation of three letters or more that begins the name of
     * exactly one of the states the post names ("IndEmbMoscow" in a post naming India: India).
     */
    Optional<TerritoryId> handleOwner(String handle, java.util.Collection<TerritoryId> named) {
        String h = handle.toLowerCase(Locale.ROOT);
        for (String glue : List.of("embassy", "emb", "in")) {
            int at = h.indexOf(glue);
            while (at > 0) {
                if (compact.containsKey(h.substring(at + glue.length()))) {
                    String before = h.substring(0, at);
                    TerritoryId owner = compact.get(before);
                    if (owner != null) return Optional.of(owner);
                    if (before.length() >= 3) {
                        List<TerritoryId> abbreviated = compact.entrySet().stream().filter(e -> e.getKey().startsWith(before))
                                .map(Map.Entry::getValue).filter(named::contains).distinct().toList();
                        if (abbreviated.size() == 1) return Optional.of(abbreviated.get(0));
                    }
                }
                at = h.indexOf(glue, at + 1);
            }
        }
        return Optional.empty();
    }

    /** "Panamanians", "Haitian", "Moroccan": a one-word English name's stem and a demonym ending. */
    private TerritoryId demonym(String word) {
        if (Language.ofWord(word) != Language.EN) return null;
        for (int cut = Math.min(word.length() - 1, 12); cut >= 4; cut--) {
            TerritoryId id = stems.get(word.substring(0, cut));
            if (id != null && DEMONYM_ENDING.matcher(word.substring(cut)).matches()) return id;
        }
        return null;
    }

    /**
     * A token is a name's word when their stems agree; for Russian also when the token's stem
     * extends the name's by the few letters of a case ending ("ереван" and "ерева", not
     * "австрал" and "австр").
     */
    private static boolean sameWord(Token t, String nameKey) {
        if (t.key().equals(nameKey)) return true;
        return t.language() == Language.RU && nameKey.length() >= 4 && t.key().startsWith(nameKey)
                && t.word().length() - nameKey.length() <= 3;
    }

    private static boolean matches(List<Token> tokens, int i, Phrase p) {
        if (i + p.keys().size() > tokens.size()) return false;
        for (int k = 0; k < p.keys().size(); k++) {
            Token t = tokens.get(i + k);
            if (!sameWord(t, p.keys().get(k))) return false;
            if (k > 0 && t.start() - tokens.get(i + k - 1).end() > 1) return false;
        }
        if (p.acronym()) {
            String written = tokens.get(i).text();
            if (!written.equals(written.toUpperCase(Locale.ROOT))) return false;
        }
        return true;
    }
}
