package org.chancery.claim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.event.EventKind;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Shape;
import org.chancery.language.Token;

/**
 * A tenure written in brackets after a person claims the appointment in its first year: "Bullitt's
 * successors in Moscow were Joseph E. Davies (1936-38), Laurence Steinhardt (1938-41)"; "U.S.
 * envoys: John Kenneth Galbraith (1961-63)"; "Minister to Spain (1875-80)". Only in a sentence
 * that speaks of envoys (a rank or a succession word), and only for a span a tenure can have: "Franklin
 * D. Roosevelt (1933-45) recognized the USSR" names no envoy, and "Henry Kissinger (1923-2023)"
 * is a life. The trigger spans the person right before the bracket, so the claim takes that person.
 */
final class Tenures {
    /** The longest tenure, in years, a bracketed range is read as; longer ones are lifespans. */
    static final int LONGEST = 12;
    /** How many words past an appointment verb's rank a bracket still dates that verb's claim. */
    static final int VERB_REACH = 4;

    private Tenures() {
    }

    /**
     * The tenures of a sentence: each trigger with the person right before its bracket, or null
     * when the bracket follows the post ("Minister to Spain (1875-80)") and the claim takes the
     * sentence's person.
     */
    static Map<Triggers.Trigger, Mention> find(List<Token> tokens, Sentence s, List<Triggers.Trigger> found, List<Mention> people,
                                               List<Mention> places) {
        Map<Triggers.Trigger, Mention> out = new LinkedHashMap<>();
        if (!aboutEnvoys(tokens, s)) return out;
        brackets(tokens, s, found, people, places, out);
        appositions(tokens, s, found, people, out);
        coordinated(tokens, s, found, out);
        return out;
    }

    /** How many tokens after a coordinated rank its post and its year may run ("Ambassador to Norway 1961-1964"). */
    static final int POST_REACH = 6;

    /**
     * "Wharton served as Minister to Romania 1958-1960 & Ambassador to Norway 1961-1964", «был
     * посланником в Румынии в 1958 году и послом в Норвегии в 1961 году»: a second rank joined by
     * "and"/"&" to an appointment, with a post and a year of its own, is a second appointment with the
     * verb said once. Not a rank that a verb of its own follows ("and Ambassador Smith presented").
     */
    private static void coordinated(List<Token> tokens, Sentence s, List<Triggers.Trigger> found, Map<Triggers.Trigger, Mention> out) {
        Triggers.Trigger first = null;
        for (Triggers.Trigger t : found) if (t.kind() == EventKind.ENVOY_APPOINTED && (first == null || t.action() < first.action())) first = t;
        if (first == null) return;
        for (int k = first.action() + 2; k < s.to(); k++) {
            Token r = tokens.get(k);
            if (!r.is(Category.RANK) || inside(found, r.start())) continue;
            int before = k - 1;
            while (before > first.action() && (tokens.get(before).has(Concept.ARTICLE) || tokens.get(before).is(Category.MODIFIER))) before--;
            Token join = tokens.get(before);
            if (!(join.isPunct('&') || join.has(Concept.AND))) continue;
            int post = -1;
            int year = -1;
            for (int j = k + 1; j < Math.min(s.to(), k + 1 + POST_REACH); j++) {
                Token w = tokens.get(j);
                if (w.is(Category.ACTION) || w.isPunct(';') || w.isPunct('.') && j > k + 1) break;
                if (post < 0 && (w.has(Concept.TO) || w.has(Concept.IN) || w.has(Concept.AT))) post = j;
                if (post >= 0 && year(w) > 0) {
                    year = j;
                    break;
                }
            }
            if (year < 0) continue;
            // the year is the action: the second tenure takes its own date, not the first one's just before the rank
            out.put(new Triggers.Trigger(EventKind.ENVOY_APPOINTED, year, r.start(), tokens.get(year).end()), null);
        }
    }

    private static void brackets(List<Token> tokens, Sentence s, List<Triggers.Trigger> found, List<Mention> people, List<Mention> places,
                                 Map<Triggers.Trigger, Mention> out) {
        for (int i = s.from() + 1; i + 4 < s.to(); i++) {
            if (!tokens.get(i).isPunct('(')) continue;
            int from = year(tokens.get(i + 1));
            if (from < 0 || !dash(tokens.get(i + 2)) || !tokens.get(i + 4).isPunct(')')) continue;
            int to = end(from, tokens.get(i + 3));
            if (to < from || to - from > LONGEST) continue;
            Token open = tokens.get(i);
            // "served as U.S. Minister to Spain (1842-46)": the verb before has the claim, the bracket its date
            if (inside(found, open.start()) || envoyJustBefore(found, tokens, i)) continue;
            Mention who = personBefore(people, s, open.start());
            // "Лоуренс Штейнгардт (1938-41)": a name the record does not know is no one else's tenure
            if (who == null && unknownName(tokens.get(i - 1), places)) continue;
            out.put(new Triggers.Trigger(EventKind.ENVOY_APPOINTED, i, who != null ? who.start() : open.start(), tokens.get(i + 4).end()), who);
        }
    }

    /**
     * "Daniel Patrick Moynihan, ambassador from 1971", "Анатолий Добрынин, посол с 1962 года": a
     * rank in apposition to a person, with the year the tenure began.
     */
    private static void appositions(List<Token> tokens, Sentence s, List<Triggers.Trigger> found, List<Mention> people,
                                    Map<Triggers.Trigger, Mention> out) {
        for (Mention who : Near.within(people, Mention::start, s.start(), s.end())) {
            if (who.possessive()) continue;
            int k = Near.lowerBound(tokens, Token::start, who.end());
            if (k + 3 >= s.to() || !tokens.get(k).isPunct(',')) continue;
            int rank = k + 1;
            if (!tokens.get(rank).is(Category.RANK)) continue;
            int from = rank + 1;
            if (!tokens.get(from).has(Concept.FROM) && !tokens.get(from).has(Concept.WITH)) continue;
            if (year(tokens.get(from + 1)) < 0 || inside(found, tokens.get(rank).start())) continue;
            out.put(new Triggers.Trigger(EventKind.ENVOY_APPOINTED, rank, who.start(), tokens.get(from + 1).end()), who);
        }
    }

    private static boolean aboutEnvoys(List<Token> tokens, Sentence s) {
        for (int k = s.from(); k < s.to(); k++) if (tokens.get(k).is(Category.RANK) || tokens.get(k).has(Concept.SUCCEED)) return true;
        return false;
    }

    private static boolean inside(List<Triggers.Trigger> found, int at) {
        for (Triggers.Trigger t : found) if (t.start() <= at && at < t.end()) return true;
        return false;
    }

    private static boolean envoyJustBefore(List<Triggers.Trigger> found, List<Token> tokens, int bracket) {
        for (Triggers.Trigger t : found) {
            if (t.kind() != EventKind.ENVOY_APPOINTED || t.action() >= bracket) continue;
            int words = 0;
            for (int k = t.action() + 1; k < bracket; k++) if (tokens.get(k).isWord() && tokens.get(k).end() > t.end()) words++;
            if (words <= VERB_REACH) return true;
        }
        return false;
    }

    /** The person whose name ends right before the bracket ("Joseph E. Davies (1936-38)"), else null. */
    private static Mention personBefore(List<Mention> people, Sentence s, int bracket) {
        for (Mention m : Near.within(people, Mention::start, s.start(), bracket)) {
            if (m.end() <= bracket && bracket - m.end() <= 1 && !m.possessive()) return m;
        }
        return null;
    }

    private static boolean unknownName(Token t, List<Mention> places) {
        if (!t.isWord() || !t.capitalized() || t.is(Category.RANK)) return false;
        for (Mention m : Near.within(places, Mention::start, t.start() - 200, t.end())) if (m.start() <= t.start() && t.end() <= m.end()) return false;
        return true;
    }

    private static boolean dash(Token t) {
        return t.isPunct('-') || t.isPunct('–') || t.isPunct('—');
    }

    private static int year(Token t) {
        if (t.shape() != Shape.NUMBER || !t.text().matches("\\d{4}")) return -1;
        return Integer.parseInt(t.text());
    }

    /** "38" after 1936 is 1938; "1941" is itself. */
    private static int end(int from, Token t) {
        if (t.shape() != Shape.NUMBER) return -1;
        if (t.text().matches("\\d{4}")) return Integer.parseInt(t.text());
        if (!t.text().matches("\\d{2}")) return -1;
        int y = from / 100 * 100 + Integer.parseInt(t.text());
        return y < from ? y + 100 : y;
    }
}
