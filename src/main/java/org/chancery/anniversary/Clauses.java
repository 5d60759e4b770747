package org.chancery.anniversary;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chancery.event.Event;
import org.chancery.person.Person;

/**
 * What a post says an event was, in the record's own terms: "resumed" where the record says
 * resumed, "interrupted" where it says interrupted. Kinds whose direction or wording the record's
 * head alone settles (recognition, missions) are told through the head itself, quoted, with both
 * parties named. The sentences are the language's templates ({@link Wording}).
 *
 * @param parties the parties' names as they were on the date, by slot: "a", "a.gen", … "b.loc"
 */
record Clauses(Phrases lang, Wording wording, Map<String, String> parties) {

    /** A clause naming both parties: "the United States and the Soviet Union resumed diplomatic relations". */
    String of(Event e, Optional<Person> person) {
        String head = headWithoutYear(e.title());
        String h = head.toLowerCase(Locale.ROOT);
        Map<String, String> v = new HashMap<>(parties);
        v.put("head", head);
        return switch (e.kind()) {
            case RELATIONS_ESTABLISHED -> wording.fill("relations-established", v);
            case RELATIONS_RESUMED -> wording.fill(h.contains("normal") ? "relations-resumed-normal" : "relations-resumed", v);
            case RELATIONS_SEVERED -> wording.fill(h.contains("interrupt") ? "relations-interrupted"
                    : h.contains("suspen") ? "relations-suspended" : "relations-severed", v);
            case CREDENTIALS_PRESENTED -> person.map(p -> wording.fill("credentials", withPerson(v, p, role(e))))
                    .orElseGet(() -> wording.fill("record-says", v));
            case ENVOY_APPOINTED -> person.map(p -> wording.fill("appointed", withPerson(v, p, role(e))))
                    .orElseGet(() -> wording.fill("record-says", v));
            default -> wording.fill("record-says", v);
        };
    }

    /** The slots for a sentence about a person: the name, the verb's gender ending, the title in its cases. */
    private Map<String, String> withPerson(Map<String, String> v, Person p, String role) {
        RussianWords.PersonName name = lang.person(p.displayName());
        v.put("person", name.text());
        v.put("past", name.feminine() ? "а" : "");
        Optional<RussianWords.Forms> rank = lang.rank(role);
        String unknown = wording.fill("role-unknown", Map.of("role", role));
        v.put("role", rank.map(f -> f.in(RussianWords.Case.NOM)).orElse(unknown));
        v.put("role.gen", rank.map(f -> f.in(RussianWords.Case.GEN)).orElse(unknown));
        v.put("role.ins", rank.map(f -> f.in(RussianWords.Case.INS)).orElse(unknown));
        return v;
    }

    /** "Ambassador Extraordinary and Plenipotentiary" from "... presented credentials as Ambassador ...". */
    private static String role(Event e) {
        String t = e.title();
        int i = t.indexOf(" as ");
        if (i >= 0) return t.substring(i + 4);
        int j = t.indexOf(" appointed ");
        return j >= 0 ? t.substring(j + 11) : t;
    }

    static String headWithoutYear(String title) {
        return title.replaceFirst(",?\\s*\\d{4}([–-]\\d{2,4})?\\.?$", "").strip();
    }
}
