package org.chancery.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.date.DateMention;
import org.chancery.language.Concept;
import org.chancery.language.Token;

/**
 * Dates and clauses, after each date went to the action nearest it. A date that opens a clause
 * after a comma and a conjunction ("... were established in 1807, and on 5 November 1809 the
 * first minister presented his credentials"; ", а 5 ноября 1809 г. ... вручил") belongs to the
 * action of that clause, not to the one before the comma. An action in a "when" clause with no
 * date of its own ("relations followed in March 1949, when Amb. McDonald presented his
 * credentials"; "в 1945 году, когда посол Кирк вручил верительные грамоты") happened on the date
 * of the action the clause depends on.
 */
final class ClauseDates {
    /** How many tokens before its action a "when" may open the action's clause. */
    static final int WHEN_REACH = 8;

    private ClauseDates() {
    }

    static void adjust(List<Token> tokens, Sentence s, List<Triggers.Trigger> triggers, Map<Triggers.Trigger, List<DateMention>> datesOf,
                       List<DateMention> unitDates) {
        bracketed(tokens, triggers, datesOf, unitDates);
        if (triggers.size() < 2) return;
        forward(tokens, triggers, datesOf);
        backward(tokens, triggers, datesOf);
        when(tokens, s, triggers, datesOf);
        colon(tokens, s, triggers, datesOf);
        opening(tokens, triggers, datesOf, unitDates);
    }

    /**
     * "This year we also re-opened our embassy in Honiara (Feb. 2023) and established relations …":
     * a date alone in brackets dates the action just before it, ahead of any other date it has.
     */
    private static void bracketed(List<Token> tokens, List<Triggers.Trigger> triggers, Map<Triggers.Trigger, List<DateMention>> datesOf,
                                  List<DateMention> unitDates) {
        for (DateMention d : unitDates) {
            int open = Near.lowerBound(tokens, Token::start, d.start()) - 1;
            int close = Near.lowerBound(tokens, Token::start, d.end());
            if (open < 0 || close >= tokens.size() || !tokens.get(open).isPunct('(') || !tokens.get(close).isPunct(')')) continue;
            Triggers.Trigger owner = null;
            for (Triggers.Trigger t : triggers) if (t.end() <= tokens.get(open).start()) owner = t;
            if (owner == null) continue;
            for (List<DateMention> ds : datesOf.values()) ds.remove(d);
            datesOf.computeIfAbsent(owner, k -> new ArrayList<>()).add(0, d);
        }
    }

    private static void forward(List<Token> tokens, List<Triggers.Trigger> triggers, Map<Triggers.Trigger, List<DateMention>> datesOf) {
        for (Triggers.Trigger t : triggers) {
            List<DateMention> mine = datesOf.get(t);
            if (mine == null || mine.size() < 2) continue;
            for (DateMention d : List.copyOf(mine)) {
                if (d.start() < t.end() || !opensClause(tokens, d.start())) continue;
                Triggers.Trigger next = firstAfter(triggers, d.end());
                if (next == null) continue;
                mine.remove(d);
                datesOf.computeIfAbsent(next, k -> new ArrayList<>()).add(0, d);
            }
        }
    }

    /**
     * "recognized Afghanistan in 1919 and established relations in 1935": a date right before
     * "and" and the next action, or before a "but" that opens the next action's clause, closes the
     * clause before it.
     */
    private static void backward(List<Token> tokens, List<Triggers.Trigger> triggers, Map<Triggers.Trigger, List<DateMention>> datesOf) {
        for (int i = 1; i < triggers.size(); i++) {
            Triggers.Trigger t = triggers.get(i);
            Triggers.Trigger before = triggers.get(i - 1);
            List<DateMention> mine = datesOf.get(t);
            if (mine == null || mine.size() < 2) continue;
            for (DateMention d : List.copyOf(mine)) {
                if (d.end() > t.start() || d.start() < before.end()
                        || !closesClause(tokens, d.end(), t.action()) && !butBetween(tokens, d.end(), t.action())) continue;
                if (!datesOf.getOrDefault(before, List.of()).isEmpty()) continue;
                mine.remove(d);
                datesOf.computeIfAbsent(before, k -> new ArrayList<>()).add(0, d);
            }
        }
    }

    /**
     * "recognized the Kingdom of Hejaz and Nejd, soon renamed Saudi Arabia, in 1932, but full relations
     * only came in February 1940" («признали … в 1918 году, а отношения установили …»): "but" between the
     * date and the action opens the action's own clause, whatever stands between them.
     */
    private static boolean butBetween(List<Token> tokens, int end, int action) {
        for (int k = Near.lowerBound(tokens, Token::start, end); k < action; k++) if (tokens.get(k).has(Concept.BUT)) return true;
        return false;
    }

    /** Between the date ending at {@code end} and the action only "and" stands (and a comma, a subject's words at most two). */
    private static boolean closesClause(List<Token> tokens, int end, int action) {
        int k = Near.lowerBound(tokens, Token::start, end);
        // "в 1919 году и установили", "в 1919 г. и"
        while (k < action && (tokens.get(k).has(Concept.YEAR) || tokens.get(k).isPunct('.'))) k++;
        if (k >= action || !(tokens.get(k).has(Concept.AND) || tokens.get(k).isPunct(',') && k + 1 < action && tokens.get(k + 1).has(Concept.AND))) {
            return false;
        }
        return action - k <= 3;
    }

    /**
     * "130 years ago, the U.S. Legation in Paris was raised to an embassy and James B. Eustis became
     * our first Ambassador": a date opening the sentence, before all its actions, dates each action
     * joined to the first by "and" in one clause that has no date of its own.
     */
    private static void opening(List<Token> tokens, List<Triggers.Trigger> triggers, Map<Triggers.Trigger, List<DateMention>> datesOf,
                                List<DateMention> unitDates) {
        // "50 years ago, on 4 September 1974, Washington recognized ...": the date nearest the first action
        DateMention first = null;
        for (DateMention d : unitDates) if (d.end() <= triggers.get(0).start()) first = d;
        if (first == null) return;
        for (int i = 1; i < triggers.size(); i++) {
            Triggers.Trigger t = triggers.get(i);
            Triggers.Trigger before = triggers.get(i - 1);
            if (!joinedByAnd(tokens, before.end(), t.start())) return;
            if (datesOf.getOrDefault(t, List.of()).isEmpty()) datesOf.computeIfAbsent(t, k -> new ArrayList<>()).add(first);
        }
    }

    /** Between two actions an "and" and no comma, semicolon or colon. */
    private static boolean joinedByAnd(List<Token> tokens, int from, int to) {
        boolean and = false;
        for (int k = Near.lowerBound(tokens, Token::start, from); k < tokens.size() && tokens.get(k).start() < to; k++) {
            Token w = tokens.get(k);
            if (w.isPunct(',') || w.isPunct(';') || w.isPunct(':') || w.has(Concept.WHEN) || w.has(Concept.BUT)) return false;
            and |= w.has(Concept.AND);
        }
        return and;
    }

    private static void when(List<Token> tokens, Sentence s, List<Triggers.Trigger> triggers, Map<Triggers.Trigger, List<DateMention>> datesOf) {
        for (int i = 1; i < triggers.size(); i++) {
            Triggers.Trigger t = triggers.get(i);
            if (!datesOf.getOrDefault(t, List.of()).isEmpty()) continue;
            int when = whenBefore(tokens, s, t.action());
            if (when < 0) continue;
            for (int j = i - 1; j >= 0; j--) {
                Triggers.Trigger main = triggers.get(j);
                List<DateMention> its = datesOf.getOrDefault(main, List.of());
                if (main.action() < when && !its.isEmpty() && its.get(0).end() <= tokens.get(when).start()) {
                    datesOf.computeIfAbsent(t, k -> new ArrayList<>()).add(its.get(0));
                    break;
                }
            }
        }
    }

    /**
     * "On July 14, 1809, Russia and the United States established diplomatic relations: Andrei Dashkov
     * presented his credentials": the clause after a colon, with no date or word of time of its own,
     * tells how the act before the colon was done, on its date.
     */
    private static void colon(List<Token> tokens, Sentence s, List<Triggers.Trigger> triggers, Map<Triggers.Trigger, List<DateMention>> datesOf) {
        for (int i = 1; i < triggers.size(); i++) {
            Triggers.Trigger t = triggers.get(i);
            if (!datesOf.getOrDefault(t, List.of()).isEmpty()) continue;
            int colon = colonBefore(tokens, s, t.action());
            if (colon < 0 || timeAfter(tokens, s, colon)) continue;
            Triggers.Trigger main = triggers.get(i - 1);
            List<DateMention> its = datesOf.getOrDefault(main, List.of());
            if (main.action() < colon && !its.isEmpty() && its.get(0).end() <= tokens.get(colon).start()) {
                datesOf.computeIfAbsent(t, k -> new ArrayList<>()).add(its.get(0));
            }
        }
    }

    private static int colonBefore(List<Token> tokens, Sentence s, int action) {
        for (int k = action - 1; k >= Math.max(s.from(), action - WHEN_REACH); k--) {
            Token w = tokens.get(k);
            if (w.isPunct(':')) return k;
            if (w.isPunct(',') || w.isPunct(';') || w.has(Concept.WHEN)) return -1;
        }
        return -1;
    }

    /** A word of time in the clause after the colon ("later", "a year after"): the clause has a time of its own. */
    private static boolean timeAfter(List<Token> tokens, Sentence s, int colon) {
        for (int k = colon + 1; k < s.to(); k++) {
            Token w = tokens.get(k);
            if (w.isPunct(';') || w.isPunct(':')) return false;
            if (w.is(org.chancery.language.Category.TIME)) return true;
        }
        return false;
    }

    private static int whenBefore(List<Token> tokens, Sentence s, int action) {
        for (int k = action - 1; k >= Math.max(s.from(), action - WHEN_REACH); k--) {
            Token w = tokens.get(k);
            if (w.has(Concept.WHEN)) return k > s.from() && tokens.get(k - 1).isPunct(',') ? k : -1;
            if (w.isPunct(',') || w.isPunct(';') || w.isPunct(':')) return -1;
        }
        return -1;
    }

    /** The date at {@code start} follows a comma and a conjunction: ", and on 5 November", ", а 5 ноября". */
    private static boolean opensClause(List<Token> tokens, int start) {
        int k = Near.lowerBound(tokens, Token::start, start) - 1;
        while (k >= 0 && (tokens.get(k).has(Concept.ON) || tokens.get(k).has(Concept.IN) || tokens.get(k).has(Concept.ARTICLE))) k--;
        return k > 0 && (tokens.get(k).has(Concept.AND) || tokens.get(k).has(Concept.BUT)) && tokens.get(k - 1).isPunct(',');
    }

    private static Triggers.Trigger firstAfter(List<Triggers.Trigger> triggers, int at) {
        for (Triggers.Trigger t : triggers) if (t.start() >= at) return t;
        return null;
    }
}
