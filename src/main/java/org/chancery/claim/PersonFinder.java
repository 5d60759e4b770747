package org.chancery.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Language;
import org.chancery.language.Lexicon;
import org.chancery.language.Token;
import org.chancery.person.Person;

/**
 * Finds persons of the record in a post's tokens: a surname, with the given names or initials
 * before it when the text has them ("William C. Bullitt", "Joseph E. Davies", "Bullitt"), after
 * a title ("Amb. Gerard") or alone. A capitalised word followed by another name is a given name,
 * not a surname ("Franklin Roosevelt"); a name after a head of state's title is not an envoy's
 * ("President Wilson"). Cyrillic names are compared by their sound as transliterated, in the
 * form written and as the stemmer gives it ("Буллит", "Буллитом", "Гарриман" for Harriman).
 */
final class PersonFinder {
    private final Map<String, List<Person>> bySurname = new HashMap<>();
    private final Map<String, List<Person>> bySound = new HashMap<>();

    PersonFinder(List<Person> persons) {
        for (Person p : persons) {
            if (p.surname() == null || p.surname().isBlank()) continue;
            String[] words = Names.latin(p.surname()).split("[^a-z]+");
            if (words.length == 0) continue;
            String last = words[words.length - 1];
            if (last.length() < 2) continue;
            bySurname.computeIfAbsent(last, k -> new ArrayList<>()).add(p);
            for (String sound : Names.sounds(last)) bySound.computeIfAbsent(sound, k -> new ArrayList<>()).add(p);
        }
    }

    List<Mention> find(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.capitalized() || t.text().length() < 3 || !t.senses().isEmpty() && !t.is(Category.TITLE)) continue;
            if (t.is(Category.TITLE)) continue;
            boolean cyrillic = t.language() == Language.RU;
            boolean afterName = i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).capitalized() && tokens.get(i - 1).senses().isEmpty()
                    && !acronym(tokens.get(i - 1));
            // a Cyrillic word is taken for a name only after a given name or a rank ("Уильям Буллит", "посол Буллит")
            if (cyrillic && !afterName && !(i > 0 && (tokens.get(i - 1).is(Category.RANK) || tokens.get(i - 1).is(Category.TITLE)))) continue;
            List<Person> candidates = cyrillic ? bySound(t, afterName ? 2 : 3) : bySurname.get(surname(t.word()));
            if (candidates == null || candidates.isEmpty()) continue;
            if (i + 1 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalized() && !possessive(t)
                    && tokens.get(i + 1).start() - t.end() <= 1 && tokens.get(i + 1).senses().isEmpty()) {
                continue; // a given name: "Franklin Roosevelt"
            }
            int first = i;
            List<String> given = new ArrayList<>();
            while (first > 0 && given.size() < 4) {
                Token prev = tokens.get(first - 1);
                Token cur = tokens.get(first);
                boolean initialDot = prev.isPunct('.') && first >= 2 && tokens.get(first - 2).text().length() == 1;
                if (initialDot && cur.start() - prev.end() <= 1) {
                    first -= 2;
                    given.add(0, tokens.get(first).word());
                    continue;
                }
                if (!prev.isWord() || !prev.capitalized() || cur.start() - prev.end() > 1 || !prev.senses().isEmpty() || acronym(prev)) break;
                first--;
                given.add(0, prev.word());
            }
            if (first > 0 && tokens.get(first - 1).has(Concept.HEAD_OF_STATE)) continue;
            List<Person> narrowed = given.isEmpty() || cyrillic ? candidates : byGivenNames(candidates, given);
            if (narrowed.isEmpty()) continue;
            out.add(Mention.person(tokens.get(first).start(), t.end(), narrowed, possessive(t)));
        }
        return out;
    }

    /** Persons whose surname sounds like the word; short sound keys only where a given name precedes. */
    private List<Person> bySound(Token t, int shortest) {
        Set<Person> out = new LinkedHashSet<>();
        for (String form : List.of(t.word(), Lexicon.key(t.text()))) {
            for (String sound : Names.sounds(Names.latin(form))) {
                List<Person> ps = bySound.get(sound);
                if (ps != null && sound.length() >= shortest) out.addAll(ps);
            }
            if (!out.isEmpty()) break;
        }
        return List.copyOf(out);
    }

    /** "СССР", "USSR": an acronym is no given name. */
    private static boolean acronym(Token t) {
        return t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean possessive(Token t) {
        return t.word().endsWith("'s") || t.word().endsWith("s'");
    }

    private static String surname(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        return Names.latin(w);
    }

    /** Keeps the candidates whose forenames agree with the given names or initials in the text. */
    private static List<Person> byGivenNames(List<Person> candidates, List<String> given) {
        List<Person> out = new ArrayList<>();
        for (Person p : candidates) {
            if (p.forename() == null) continue;
            String[] fore = Names.latin(p.forename()).split("[^a-z]+");
            if (fore.length == 0 || fore[0].isEmpty()) continue;
            List<String> all = List.of(fore);
            String f = fore[0];
            boolean agrees = given.stream().filter(g -> g.length() > 2)
                    .anyMatch(g -> all.stream().anyMatch(x -> x.equals(g) || x.startsWith(g) || g.startsWith(x)))
                    || given.stream().allMatch(g -> g.length() <= 2) && f.startsWith(given.get(0).substring(0, 1));
            if (agrees) out.add(p);
        }
        return out;
    }

    /**
     * A place opening a person's name, before a given name and a surname, is the post of a title
     * ("US Ambassador to Russia Lynne Tracy", «Посол США в России Линн Трейси»), not a given name:
     * the person starts after it. A place before a surname alone ("Washington Irving"), or one of the person's
     * given names ("Frances E. Willis"), is a given name.
     */
    static void untitled(String text, List<Mention> people, List<Mention> places) {
        int at = 0;
        for (int i = 0; i < people.size(); i++) {
            Mention p = people.get(i);
            while (at < places.size() && places.get(at).start() < p.start()) at++;
            if (at == places.size()) return;
            Mention m = places.get(at);
            if (m.start() != p.start() || m.end() >= p.end()) continue;
            int from = m.end();
            while (from < p.end() && Character.isWhitespace(text.charAt(from))) from++;
            if (from == m.end() || text.substring(from, p.end()).strip().indexOf(' ') < 0) continue;
            String word = Names.latin(text.substring(m.start(), m.end()));
            // "Frances E. Willis": a word that is a given name of the person is one
            if (p.persons().stream().anyMatch(x -> x.forename() != null && List.of(Names.latin(x.forename()).split("[^a-z]+")).contains(word))) continue;
            people.set(i, Mention.person(from, p.end(), p.persons(), p.possessive()));
        }
    }
}
