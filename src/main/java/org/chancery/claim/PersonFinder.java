package org.chancery.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.person.Person;

/**
 * Finds persons of the record in a text: a surname, with the given names or initials before it
 * when the text has them ("William C. Bullitt", "Joseph E. Davies", "Bullitt"). A capitalised
 * word followed by another name is a given name, not a surname ("Franklin Roosevelt").
 */
final class PersonFinder {
    /** Words that, just before a name, say it is not one of the record's envoys. */
    private static final Set<String> HEAD_OF_STATE = Set.of("president", "king", "queen", "emperor", "czar", "tsar", "sultan",
            "chairman", "premier", "pope", "prince", "leader");
    /** Titles that stand before a name without being part of it. */
    private static final Set<String> TITLES = Set.of("ambassador", "minister", "secretary", "state", "commissar", "count", "mr",
            "mrs", "dr", "general", "admiral", "senator", "governor", "consul", "envoy", "diplomat", "assistant", "u.s.", "us");
    private final Map<String, List<Person>> bySurname = new HashMap<>();

    PersonFinder(List<Person> persons) {
        for (Person p : persons) {
            if (p.surname() == null || p.surname().isBlank()) continue;
            List<Tokens.Token> toks = Tokens.of(p.surname());
            if (toks.isEmpty()) continue;
            bySurname.computeIfAbsent(toks.get(toks.size() - 1).key(), k -> new ArrayList<>()).add(p);
        }
    }

    List<Mention> find(List<Tokens.Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            if (!t.capitalized() || t.text().length() < 3) continue;
            List<Person> candidates = bySurname.get(t.key());
            if (candidates == null) continue;
            if (i + 1 < tokens.size() && tokens.get(i + 1).capitalized() && !t.possessive()
                    && tokens.get(i + 1).start() - t.end() <= 1) {
                continue; // a given name: "Franklin Roosevelt"
            }
            int first = i;
            List<String> given = new ArrayList<>();
            boolean headOfState = false;
            while (first > 0 && tokens.get(first - 1).capitalized() && tokens.get(first).start() - tokens.get(first - 1).end() <= 1) {
                String k = tokens.get(first - 1).key();
                if (HEAD_OF_STATE.contains(k)) {
                    headOfState = true;
                    break;
                }
                if (TITLES.contains(k)) break;
                first--;
                given.add(0, k);
            }
            if (first > 0 && HEAD_OF_STATE.contains(tokens.get(first - 1).key())) headOfState = true;
            if (headOfState) continue;
            List<Person> narrowed = given.isEmpty() ? candidates : byGivenNames(candidates, given);
            if (narrowed.isEmpty()) continue;
            out.add(Mention.person(tokens.get(first).start(), t.end(), narrowed, t.possessive()));
        }
        return out;
    }

    /** Keeps the candidates whose forenames agree with the given names or initials in the text. */
    private static List<Person> byGivenNames(List<Person> candidates, List<String> given) {
        List<Person> out = new ArrayList<>();
        for (Person p : candidates) {
            if (p.forename() == null) continue;
            List<String> fore = Tokens.of(p.forename()).stream().map(Tokens.Token::key).toList();
            if (fore.isEmpty()) continue;
            String f = fore.get(0);
            boolean agrees = given.stream().filter(g -> g.length() > 2).anyMatch(g -> f.equals(g) || f.startsWith(g) || g.startsWith(f))
                    || given.stream().allMatch(g -> g.length() <= 2) && f.startsWith(given.get(0).substring(0, 1));
            if (agrees) out.add(p);
        }
        return out;
    }
}
