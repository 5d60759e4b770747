package org.chancery.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.territory.Gazetteer;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.chancery.territory.TerritoryName;

/**
 * Finds territories named in a text: by their names over time, aliases ("USSR", "Soviet
 * Union", "СССР"), demonyms standing for governments ("Soviet", "American") and capitals
 * ("Washington", "Moscow"). Only capitalised words match ("turkey" is a bird), the longest
 * name wins, and Russian names match whatever their case ending ("Советским Союзом").
 */
final class NameFinder {
    private record Phrase(List<String> words, TerritoryId territory, String how) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    /** Stems of one-word names, for demonyms the table does not list: "Panama" → "Panam" (Panamanian). */
    private final Map<String, TerritoryId> stems = new HashMap<>();
    private static final java.util.regex.Pattern DEMONYM_ENDING = java.util.regex.Pattern.compile("(?:ian|a?n|anian|ese|ish|i|ean|nian|ite)s?");

    NameFinder(Gazetteer gazetteer) {
        for (Territory t : gazetteer.all()) {
            add(t.name(), t.id(), "name");
            for (TerritoryName n : t.names()) add(n.name(), t.id(), "name");
            for (String a : t.aliases()) add(a, t.id(), "alias");
            for (String d : t.demonyms()) {
                add(d, t.id(), "demonym");
                if (!d.endsWith("s") && d.matches("\\p{IsLatin}+")) add(d + "s", t.id(), "demonym");
            }
            for (String c : t.capitals()) add(c, t.id(), "capital");
            String name = t.name();
            if (name.matches("\\p{Lu}\\p{Ll}{3,}")) {
                String stem = name.toLowerCase(java.util.Locale.ROOT).replaceFirst("[aeiouy]$", "");
                stems.merge(stem, t.id(), (a, b) -> a.equals(b) ? a : null);
            }
        }
        stems.values().removeIf(java.util.Objects::isNull);
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> -p.words().size())));
    }

    private void add(String name, TerritoryId id, String how) {
        List<Tokens.Token> toks = Tokens.of(name);
        List<String> words = new ArrayList<>();
        for (Tokens.Token t : toks) words.add(stem(t.key()));
        if (!words.isEmpty() && words.get(0).equals("the")) words.remove(0);
        if (words.isEmpty() || !Character.isUpperCase(toks.get(toks.size() > 1 && toks.get(0).key().equals("the") ? 1 : 0).text().charAt(0))) {
            return;
        }
        Phrase p = new Phrase(List.copyOf(words), id, how);
        List<Phrase> list = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        if (list.stream().noneMatch(x -> x.words().equals(p.words()))) list.add(p);
    }

    /** Cyrillic words are compared on their stem: case endings differ. */
    private static String stem(String key) {
        if (!key.isEmpty() && Character.UnicodeScript.of(key.charAt(0)) == Character.UnicodeScript.CYRILLIC && key.length() > 4) {
            return key.substring(0, key.length() - 2);
        }
        return key;
    }

    List<Mention> find(List<Tokens.Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            if (!t.capitalized()) continue;
            List<Phrase> candidates = byFirstWord.get(stem(t.key()));
            if (candidates == null) {
                TerritoryId d = demonym(t.key());
                if (d != null) out.add(Mention.territory(t.start(), t.end(), d, "demonym"));
                continue;
            }
            for (Phrase p : candidates) {
                if (matches(tokens, i, p.words())) {
                    Tokens.Token last = tokens.get(i + p.words().size() - 1);
                    out.add(Mention.territory(t.start(), last.end(), p.territory(), p.how()));
                    i += p.words().size() - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** "Panamanians", "Haitian", "Kenyan": a one-word name's stem and a demonym ending. */
    private TerritoryId demonym(String key) {
        for (int cut = Math.min(key.length() - 1, 12); cut >= 4; cut--) {
            TerritoryId id = stems.get(key.substring(0, cut));
            if (id != null && DEMONYM_ENDING.matcher(key.substring(cut)).matches()) return id;
        }
        return null;
    }

    private static boolean matches(List<Tokens.Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) return false;
        for (int k = 0; k < words.size(); k++) {
            if (!stem(tokens.get(i + k).key()).equals(words.get(k))) return false;
        }
        return true;
    }

}
