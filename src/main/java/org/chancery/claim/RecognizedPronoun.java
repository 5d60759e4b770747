package org.chancery.claim;

import java.util.ArrayList;
import java.util.List;
import org.chancery.date.DateMention;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Token;
import org.chancery.territory.TerritoryId;

/**
 * A recognition whose object is a pronoun: "Israel was proclaimed on 14 May 1948; the Soviet Union
 * recognized it three days later", «…а СССР признал его через три дня», "the Baltic states … the
 * U.S. recognized them". The pronoun stands for the state named before the subject (the subject is
 * the state named right before the verb, else the United States), never for the United States by
 * default: with no such state named, the pronoun stands for something else (a government, a
 * declaration) and there is no claim. "recognized its independence" is no pronoun object.
 */
final class RecognizedPronoun {
    /** How far back, in characters, the state a pronoun stands for may be named. */
    static final int REACH = 300;
    /** How many tokens before the verb its subject may stand. */
    private static final int SUBJECT_REACH = 6;

    private RecognizedPronoun() {
    }

    /** The index of the pronoun object of the verb at {@code action} ("recognized it", «признал его», «его признал»), or -1. */
    static int at(List<Token> tokens, Sentence s, int action) {
        int k = action + 1;
        if (k < s.to()) {
            Token t = tokens.get(k);
            if (t.has(Concept.PRONOUN) || t.has(Concept.PRONOUN_OBJECT)) return k;
            if (t.has(Concept.ITS) && free(tokens, s, k + 1)) return k;
        }
        // Russian puts the pronoun before the verb: «СССР его признал»
        k = action - 1;
        if (k >= s.from() && tokens.get(k).has(Concept.ITS) && !tokens.get(k).has(Concept.PRONOUN)) {
            Token t = tokens.get(k);
            if (t.language() != org.chancery.language.Language.EN) return k;
        }
        return -1;
    }

    /** What follows a possessive-looking pronoun makes it an object: no noun it would qualify ("его через три дня", not "его независимость"). */
    private static boolean free(List<Token> tokens, Sentence s, int k) {
        if (k >= s.to()) return true;
        Token n = tokens.get(k);
        return !n.isWord() || n.is(Category.MONTH) || n.is(Category.TIME) || n.is(Category.NUMBER) || n.has(Concept.LATER)
                || n.has(Concept.IN) || n.has(Concept.ON) || n.has(Concept.AT) || n.has(Concept.AND) || n.has(Concept.AGAIN)
                || n.has(Concept.BUT) || n.has(Concept.AT_ONCE) || n.has(Concept.FIRST_TIME);
    }

    /**
     * The pairs the recognition is about: subject and the state (or the list of states, for "them")
     * named before it; empty when no state other than the subject is named within reach.
     */
    static List<List<TerritoryId>> pairs(String text, List<Token> tokens, Sentence s, int action, int pronoun, List<Mention> unitPlaces,
                                         List<Mention> places, List<DateMention> dates) {
        Mention subject = subject(tokens, s, Math.min(action, pronoun), unitPlaces);
        TerritoryId who = subject == null ? TerritoryId.UNITED_STATES : subject.territory();
        int before = subject == null ? tokens.get(Math.min(action, pronoun)).start() : subject.start();
        List<Mention> candidates = new ArrayList<>();
        for (Mention m : Near.within(places, Mention::start, Math.max(0, before - REACH), before)) {
            if (m.end() > before || m.territory() == null || m.territory().equals(who)) continue;
            if (m.how() == Mention.How.FLAG || m.how() == Mention.How.HANDLE) continue;
            if (subject == null && m.territory().equals(TerritoryId.UNITED_STATES)) continue;
            // "the United States recognized it within minutes and the Soviet Union recognized it": who recognized is not recognized
            if (recognizer(tokens, m)) continue;
            candidates.add(m);
        }
        if (candidates.isEmpty()) return List.of();
        Mention last = candidates.get(candidates.size() - 1);
        List<Mention> referents = List.of(last);
        if (tokens.get(pronoun).has(Concept.PRONOUN_OBJECT)) {
            List<Mention> run = Parties.listed(text, tokens, dates, candidates);
            if (run.contains(last)) referents = run;
        }
        List<List<TerritoryId>> out = new ArrayList<>();
        for (Mention m : referents) {
            List<TerritoryId> pair = Parties.pair(who, m.territory());
            if (!out.contains(pair)) out.add(pair);
        }
        return out;
    }

    /** A verb of recognition follows the name within {@link #SUBJECT_REACH} tokens: the name is its subject. */
    private static boolean recognizer(List<Token> tokens, Mention m) {
        int k = Near.lowerBound(tokens, Token::start, m.end());
        for (int j = k; j < Math.min(tokens.size(), k + SUBJECT_REACH); j++) {
            Token t = tokens.get(j);
            if (t.has(Concept.RECOGNIZE)) return true;
            if (!t.isWord()) return false;
        }
        return false;
    }

    /** The state named right before the verb in its clause, or null. */
    private static Mention subject(List<Token> tokens, Sentence s, int verb, List<Mention> unitPlaces) {
        for (int k = verb - 1; k >= Math.max(s.from(), verb - SUBJECT_REACH); k--) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.isPunct(':') || t.isPunct(',') || t.isPunct('—')) return null;
            for (Mention m : Near.within(unitPlaces, Mention::start, t.start(), t.end())) {
                if (m.how() != Mention.How.FLAG && m.how() != Mention.How.HANDLE) return m;
            }
        }
        return null;
    }
}
