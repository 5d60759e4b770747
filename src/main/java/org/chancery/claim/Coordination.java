package org.chancery.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.language.Concept;
import org.chancery.language.Token;

/**
 * Names joined by "and" or a comma are one list and go to one action: in "США признали
 * независимость Казахстана и Грузии и установили отношения с Казахстаном", Georgia stands
 * nearer "установили" but is the second object of "признали". Each name joined to the name
 * before it goes where that name went.
 */
final class Coordination {
    private Coordination() {
    }

    static void keepLists(List<Token> tokens, List<Mention> places, List<Triggers.Trigger> triggers,
                          Map<Triggers.Trigger, List<Mention>> placesOf) {
        if (placesOf.size() < 2) return;
        objectsBetween(tokens, triggers, placesOf);
        Map<Mention, Triggers.Trigger> owner = new HashMap<>();
        placesOf.forEach((t, ms) -> ms.forEach(m -> owner.put(m, t)));
        for (int i = 1; i < places.size(); i++) {
            Mention prev = places.get(i - 1);
            Mention m = places.get(i);
            Triggers.Trigger a = owner.get(prev);
            Triggers.Trigger b = owner.get(m);
            if (a == null || b == null || a == b || !joined(tokens, prev.end(), m.start())) continue;
            // the list stands between the two actions: the second name is the first action's
            if (!(a.end() <= prev.start() && m.end() <= b.start())) continue;
            placesOf.get(b).remove(m);
            placesOf.get(a).add(m);
            owner.put(m, a);
        }
    }

    /**
     * Of two actions one after the other, when the second has its object after it ("... и
     * установили отношения с Казахстаном"), the names between them are the first one's objects:
     * only in one clause, and with nothing but "and" between the last of them and the second action
     * ("France had recognized Haiti in 1825, and Britain had recognized Liberia": Britain is a subject).
     */
    private static void objectsBetween(List<Token> tokens, List<Triggers.Trigger> triggers, Map<Triggers.Trigger, List<Mention>> placesOf) {
        for (int i = 1; i < triggers.size(); i++) {
            Triggers.Trigger a = triggers.get(i - 1);
            Triggers.Trigger b = triggers.get(i);
            List<Mention> theirs = placesOf.get(b);
            if (theirs == null || theirs.stream().noneMatch(m -> m.start() >= b.end())) continue;
            List<Mention> between = theirs.stream().filter(m -> m.start() >= a.end() && m.end() <= b.start())
                    .sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
            if (between.isEmpty() || !oneClause(tokens, a.end(), b.start()) || !joined(tokens, between.get(between.size() - 1).end(), b.start())) {
                continue;
            }
            theirs.removeAll(between);
            placesOf.computeIfAbsent(a, k -> new java.util.ArrayList<>()).addAll(between);
        }
    }

    /** No comma, semicolon or colon between two offsets. */
    private static boolean oneClause(List<Token> tokens, int from, int to) {
        for (int k = Near.lowerBound(tokens, Token::start, from); k < tokens.size() && tokens.get(k).start() < to; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':')) return false;
        }
        return true;
    }

    /** Only "and" or a comma stands between the two names. */
    private static boolean joined(List<Token> tokens, int from, int to) {
        int k = Near.lowerBound(tokens, Token::start, from);
        boolean and = false;
        for (; k < tokens.size() && tokens.get(k).start() < to; k++) {
            Token t = tokens.get(k);
            if (t.has(Concept.AND) || t.isPunct(',')) and = true;
            else return false;
        }
        return and;
    }
}
