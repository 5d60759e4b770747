package org.chancery.anniversary;

import java.util.Locale;
import java.util.Optional;
import org.chancery.event.Event;
import org.chancery.person.Person;

/**
 * What a post says an event was, in the record's own terms: "resumed" where the record says
 * resumed, "interrupted" where it says interrupted. Kinds whose direction or wording the record's
 * head alone settles (recognition, missions) are told through the head itself.
 *
 * @param a the first party's name as it was on the date ("the United States")
 * @param b the second party's name as it was on the date ("the Soviet Union")
 */
record Clauses(Phrases lang, String a, String b) {

    /** A clause with the pair as subject: "the United States and the Soviet Union resumed diplomatic relations". */
    String of(Event e, Optional<Person> person) {
        String head = headWithoutYear(e.title());
        String h = head.toLowerCase(Locale.ROOT);
        boolean ru = lang == Phrases.RU;
        return switch (e.kind()) {
            case RELATIONS_ESTABLISHED -> ru ? a + " и " + b + " установили дипломатические отношения"
                    : a + " and " + b + " established diplomatic relations";
            case RELATIONS_RESUMED -> ru ? a + " и " + b + " возобновили " + (h.contains("normal") ? "нормальные " : "") + "дипломатические отношения"
                    : a + " and " + b + " resumed " + (h.contains("normal") ? "normal " : "") + "diplomatic relations";
            case RELATIONS_SEVERED -> severed(h, ru);
            case CREDENTIALS_PRESENTED -> person.map(p -> ru
                    ? p.displayName() + " вручил верительные грамоты (" + role(e) + ", " + b + ")"
                    : p.displayName() + " presented credentials as " + role(e) + " to " + b).orElse(recordSays(head, ru));
            case ENVOY_APPOINTED -> person.map(p -> ru
                    ? p.displayName() + " был назначен (" + role(e) + ", " + b + ")"
                    : p.displayName() + " was appointed " + role(e) + " to " + b).orElse(recordSays(head, ru));
            default -> recordSays(head, ru);
        };
    }

    private String severed(String h, boolean ru) {
        String en = h.contains("interrupt") ? "interrupted" : h.contains("suspen") ? "suspended" : "severed";
        String rus = switch (en) {
            case "interrupted" -> "прерваны";
            case "suspended" -> "приостановлены";
            default -> "разорваны";
        };
        // "a и b:" keeps the names in the nominative: Chancery does not decline names it did not write
        return ru ? a + " и " + b + ": дипломатические отношения были " + rus
                : "diplomatic relations between " + a + " and " + b + " were " + en;
    }

    /** Kinds whose wording only the record can give: its head, quoted. */
    private static String recordSays(String head, boolean ru) {
        return ru ? "в записи источника: «" + head + "»" : "the record notes: “" + head + "”";
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
