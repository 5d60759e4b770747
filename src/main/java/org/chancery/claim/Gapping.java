package org.chancery.claim;

import java.util.List;
import org.chancery.date.DateMention;
import org.chancery.date.PartialDate;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Shape;
import org.chancery.language.Token;
import org.chancery.territory.TerritoryId;

/**
 * A list whose items carry their own dates, the verb said once ("relations resumed: Estonia and
 * Latvia on 9/4, Lithuania on 9/6/1991"; "with Canada in 1926, Australia in 1939 and New Zealand
 * in 1942"; "Румыния и Болгария 13 декабря, Венгрия 15-го"): each state takes the date written
 * after it, before the next dated item; the last item with no date after it takes the one before.
 * Only when a date stands between two items of the list: one date before or after the whole list
 * ("In 1991 Estonia, Latvia and Lithuania ...") belongs to every item, as before.
 */
final class Gapping {
    private Gapping() {
    }

    /**
     * Between two listed states: only list glue (commas, "and"), dates and the prepositions that
     * introduce them ("on 9/4, ", " in 1926, "), and at least one date.
     */
    static boolean datedGlue(List<Token> tokens, List<DateMention> dates, int from, int to) {
        if (from >= to) return false;
        boolean dated = false;
        for (DateMention d : Near.within(dates, DateMention::start, from, to)) dated |= d.end() <= to;
        if (!dated) return false;
        int k = Near.lowerBound(tokens, Token::start, from);
        int d = Near.lowerBound(dates, DateMention::start, from);
        for (; k < tokens.size() && tokens.get(k).start() < to; k++) {
            Token t = tokens.get(k);
            while (d < dates.size() && dates.get(d).end() <= t.start()) d++;
            boolean inDate = d < dates.size() && dates.get(d).start() <= t.start() && t.end() <= dates.get(d).end();
            // a flag after a name ("the Cook Islands 🇨🇰 in September") and a dash before a date ("Лондон — 1893") are no words
            boolean glue = t.isPunct(',') || t.isPunct(';') || t.isPunct('&') || t.isPunct('.') || t.isPunct('—')
                    || t.shape() == Shape.EMOJI || t.has(Concept.AND) || t.has(Concept.ON) || t.has(Concept.IN) || t.has(Concept.ARTICLE);
            if (!inDate && !glue) return false;
        }
        return true;
    }

    /**
     * Whether {@code b} opens the next item of a gapped list after {@code a}: an item is a state
     * with a date of its own, the verb said once ("recognized Montenegro's independence on June 13,
     * 2006, Kosovo's on Feb. 17, 2008, the day it declared independence, and South Sudan's on July 9,
     * 2011"; "France in Feb. 1778 with the Treaty of Alliance; the Dutch Republic on April 19, 1782";
     * "Texas was recognized in March 1836, and the Kingdom of Hawaii by treaty in Dec. 1826"; "the
     * embassy opened in Tallinn on Oct. 2, and the one in Vilnius a week later"). Between the two:
     * a's date, then a separator (a comma, semicolon or "and") with at most an article, a
     * preposition or a pro-form ("the one in") before b; after b, its own date with at most a few
     * words that are no verb ("Britain itself in Sept. 1783", "Лондон — 1893"); what follows a's
     * date is a's ("…, the day it declared independence,"). A state followed by a verb of its own
     * ("…, and the Soviet Union recognized it") opens no item.
     */
    static boolean nextItem(List<Token> tokens, List<DateMention> dates, Mention a, Mention b) {
        if (a.end() >= b.start()) return false;
        int k = Near.lowerBound(tokens, Token::start, b.start()) - 1;
        int skipped = 0;
        while (k >= 0 && tokens.get(k).start() >= a.end() && skipped < MAX_BEFORE_ITEM && leadsItem(tokens.get(k))) {
            k--;
            skipped++;
        }
        if (k < 0 || tokens.get(k).start() < a.end()) return false;
        Token sep = tokens.get(k);
        if (!(sep.isPunct(',') || sep.isPunct(';') || sep.has(Concept.AND))) return false;
        int stretchEnd = sep.start();
        if (sep.has(Concept.AND) && k > 0 && tokens.get(k - 1).isPunct(',')) stretchEnd = tokens.get(k - 1).start();
        boolean dated = false;
        for (DateMention d : Near.within(dates, DateMention::start, a.end(), stretchEnd)) dated |= d.end() <= stretchEnd;
        return dated && datedAfter(tokens, dates, b.end());
    }

    /** The most tokens between an item's separator and its state: "and the one in Vilnius". */
    private static final int MAX_BEFORE_ITEM = 3;
    /** The most tokens between an item's state and its date: "the Kingdom of Hawaii by treaty in Dec. 1826". */
    private static final int MAX_BEFORE_DATE = 4;

    /**
     * Between a separator and the state: an article, a preposition ("with", «с Литвой»), a pro-form
     * ("the one in Vilnius", "that in"), a mission, the title of the state ("the Kingdom of Hawaii").
     */
    private static boolean leadsItem(Token t) {
        return t.has(Concept.ARTICLE) || t.has(Concept.IN) || t.has(Concept.AT) || t.has(Concept.OF) || t.has(Concept.WITH) || t.has(Concept.THAT)
                || t.is(Category.MISSION) || t.has(Concept.STATE) || t.isWord() && t.capitalized() && t.senses().isEmpty()
                || t.has(Concept.NUMBER) && t.sense(Category.NUMBER).arg() == 1 && t.isWord();
    }

    /** A word that makes its own clause: an action, a copula, a negation or hedge, a subordinate clause's opener. */
    private static boolean verb(Token t) {
        return t.is(Category.ACTION) || t.has(Concept.PASSIVE) || t.has(Concept.REPEAT) || t.is(Category.NEGATION)
                || t.is(Category.REFUSAL) || t.is(Category.PLAN) || t.is(Category.HEDGE) || t.is(Category.COUNTERFACTUAL);
    }

    /**
     * Between an item's state and its date: a flag, a dash or colon, a preposition or article, the
     * state stressed ("itself"), its title ("Republic"), an object ("by treaty"). Not a word the
     * lexicon does not know ("Russia opposed the move in 1992"), nor a verb.
     */
    private static boolean filler(Token t) {
        if (t.shape() == Shape.EMOJI || t.isPunct('—') || t.isPunct('-') || t.isPunct(':')) return true;
        if (verb(t) || t.has(Concept.WHEN) || t.has(Concept.SUBORDINATE) || t.has(Concept.PRONOUN) || t.has(Concept.HE)) return false;
        return t.is(Category.FUNCTION) || t.is(Category.OBJECT) || t.is(Category.MODIFIER);
    }

    /** A date follows the state ending at {@code end}, with at most a few filler tokens between. */
    private static boolean datedAfter(List<Token> tokens, List<DateMention> dates, int end) {
        int at = Near.lowerBound(dates, DateMention::start, end);
        if (at >= dates.size()) return false;
        DateMention d = dates.get(at);
        int n = 0;
        for (int j = Near.lowerBound(tokens, Token::start, end); j < tokens.size() && tokens.get(j).start() < d.start(); j++) {
            Token t = tokens.get(j);
            if (++n > MAX_BEFORE_DATE || !filler(t)) return false;
        }
        return true;
    }

    /**
     * The state ending at {@code end} is the subject of a verb of its own ("…, and Finland signed a
     * treaty in 1920"): a verb follows it before any date, comma, semicolon or sentence end.
     */
    static boolean ownClause(List<Token> tokens, List<DateMention> dates, int end) {
        int at = Near.lowerBound(dates, DateMention::start, end);
        int dateStart = at < dates.size() ? dates.get(at).start() : Integer.MAX_VALUE;
        int n = 0;
        for (int j = Near.lowerBound(tokens, Token::start, end); j < tokens.size() && tokens.get(j).start() < dateStart && n++ <= MAX_BEFORE_DATE; j++) {
            Token t = tokens.get(j);
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct('.')) return false;
            if (verb(t)) return true;
        }
        return false;
    }

    /** A list whose items carry dates of their own: a date stands between its first and last state. */
    static boolean gapped(List<Mention> listed, List<DateMention> dates) {
        if (listed.size() < 2) return false;
        int first = listed.get(0).end();
        int last = listed.get(listed.size() - 1).start();
        return Near.within(dates, DateMention::start, first, last).stream().anyMatch(d -> d.end() <= last);
    }

    /**
     * The date of one listed state, when the list is gapped; null when it is not, or no date of
     * the sentence follows or precedes it there.
     */
    static PartialDate dateOf(TerritoryId state, List<Mention> listed, List<DateMention> sentenceDates) {
        if (listed.size() < 2) return null;
        int first = listed.get(0).end();
        int last = listed.get(listed.size() - 1).start();
        boolean gapped = sentenceDates.stream().anyMatch(d -> d.start() >= first && d.end() <= last);
        if (!gapped) return null;
        for (int i = 0; i < listed.size(); i++) {
            Mention m = listed.get(i);
            if (!m.territory().equals(state)) continue;
            int limit = i + 1 < listed.size() ? Integer.MAX_VALUE : m.end() + Near.REACH;
            for (DateMention d : sentenceDates) if (d.start() >= m.end() && d.start() < limit) return d.date();
            DateMention before = null;
            for (DateMention d : sentenceDates) if (d.end() <= m.start() && d.start() >= first) before = d;
            return before == null ? null : before.date();
        }
        return null;
    }
    /** The action stands in a "when" clause of its own ("…, when it received John Adams as minister"). */
    static boolean inWhenClause(List<Token> tokens, Sentence s, Triggers.Trigger t) {
        for (int k = t.action() - 1; k >= Math.max(s.from(), t.action() - WHEN_REACH); k--) {
            Token w = tokens.get(k);
            if (w.has(Concept.WHEN)) return true;
            if (!w.isWord()) return false;
        }
        return false;
    }

    /** How many tokens before its verb the "when" of an item's own clause may stand ("when it received"). */
    private static final int WHEN_REACH = 3;

    /**
     * "France in Feb. 1778 …; the Dutch Republic on April 19, 1782, when it received John Adams as
     * minister; Sweden in 1784": an action in a "when" clause inside a list is the item's before it,
     * not every item's. The pairs unchanged when the action is in no such clause or no item stands before it.
     */
    static List<List<TerritoryId>> whenOfItem(List<Token> tokens, Sentence s, Triggers.Trigger t, List<Mention> places,
                                              List<List<TerritoryId>> pairs) {
        if (!inWhenClause(tokens, s, t)) return pairs;
        Mention item = null;
        for (Mention m : places) {
            if (m.end() <= t.start() && !m.territory().equals(TerritoryId.UNITED_STATES)
                    && m.how() != Mention.How.FLAG && m.how() != Mention.How.HANDLE) item = m;
        }
        if (item == null) return pairs;
        List<TerritoryId> own = Parties.pair(TerritoryId.UNITED_STATES, item.territory());
        return pairs.contains(own) ? List.of(own) : pairs;
    }
    /**
     * The items of a list stay the list's verb's when one item has a "when" clause of its own ("Who
     * recognized the US first? France in Feb. 1778; the Dutch Republic on April 19, 1782, when it
     * received John Adams as minister; Sweden in 1784"): the clause's action keeps the item before it,
     * and every item goes to the action before the clause.
     */
    static void keepItemsOfWhen(List<Token> tokens, Sentence s, List<Triggers.Trigger> triggers, List<Mention> places,
                                java.util.Map<Triggers.Trigger, List<Mention>> placesOf) {
        Triggers.Trigger main = null;
        for (Triggers.Trigger t : triggers) {
            if (!inWhenClause(tokens, s, t)) {
                main = t;
                continue;
            }
            if (main == null) continue;
            List<Mention> mine = placesOf.computeIfAbsent(t, k -> new java.util.ArrayList<>());
            Mention item = null;
            for (Mention m : places) {
                if (m.end() <= t.start() && !m.territory().equals(TerritoryId.UNITED_STATES)
                        && m.how() != Mention.How.FLAG && m.how() != Mention.How.HANDLE) item = m;
            }
            if (item == null) continue;
            List<Mention> theirs = placesOf.computeIfAbsent(main, k -> new java.util.ArrayList<>());
            for (Mention m : mine) if (!m.territory().equals(TerritoryId.UNITED_STATES) && !theirs.contains(m)) theirs.add(m);
            Mention own = item;
            mine.removeIf(m -> !m.territory().equals(TerritoryId.UNITED_STATES));
            mine.add(own);
        }
    }
}
