package org.chancery.claim;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chancery.event.EventKind;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Token;

/**
 * Finds the claims' actions in a sentence by the {@link Grammar}: each action token with the
 * objects it needs near it in its clause, before it (passive voice, "relations were severed")
 * or after it ("severed relations", "establishing relations and our legation"). Work per
 * action is bounded by the window, so a sentence costs time linear in its length.
 */
final class Triggers {
    /** An action and its object: the kind, the action's token index, and the characters both span. */
    record Trigger(EventKind kind, int action, int start, int end) {
    }

    /** A found object and the kind it was found for: two actions on one object ("evacuated and closed the embassy") are one claim. */
    private record Taken(EventKind kind, int object) {
    }

    /** How many words an object may stand from its action. */
    static final int AFTER = 10;
    static final int BEFORE = 6;

    private Triggers() {
    }

    static List<Trigger> find(List<Token> tokens, Sentence s) {
        return find(tokens, s, new Work());
    }

    /**
     * Whether any token of a text can start a claim: an action, a copula's verb ({@link #find}), a
     * rank or a word of succession ({@link Tenures}: "Joseph E. Davies (1936-38)", "Moynihan,
     * ambassador from 1971"; an ellipsis repeats a claim found before). A text without one has no
     * claims, so its names and dates need not be looked for.
     */
    static boolean anyAction(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is(Category.ACTION) || t.has(Concept.PASSIVE) || t.is(Category.RANK) || t.has(Concept.SUCCEED)) return true;
        }
        return false;
    }

    static List<Trigger> find(List<Token> tokens, Sentence s, Work work) {
        List<Trigger> out = new ArrayList<>();
        java.util.Set<Taken> taken = new java.util.HashSet<>();
        for (int i = s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            if (!t.is(Category.ACTION) && !copula(tokens, s, i) || auxiliary(tokens, s, i)) continue;
            Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
            for (Grammar.Rule r : Grammar.RULES) {
                if (!t.has(r.action())) continue;
                if (!r.needsObject()) {
                    if (kinds.add(r.kind())) out.add(new Trigger(r.kind(), i, t.start(), t.end()));
                    continue;
                }
                int o = t.has(Concept.PASSIVE) ? firstOfRank(tokens, s, objectBefore(tokens, s, i, r, work))
                        : object(tokens, s, i, r, work);
                if (o >= 0 && kinds.add(r.kind()) && taken.add(new Taken(r.kind(), o))) {
                    Token obj = tokens.get(o);
                    out.add(new Trigger(r.kind(), i, Math.min(t.start(), obj.start()), Math.max(t.end(), obj.end())));
                }
            }
        }
        return out;
    }

    /**
     * "The first US Ambassador to the Soviet Union was William Bullitt": "was" is the action when
     * it is the clause's main verb (no action follows it) and what it says stands before it.
     */
    private static boolean copula(List<Token> tokens, Sentence s, int i) {
        if (!tokens.get(i).has(Concept.PASSIVE)) return false;
        for (int k = i + 1; k < Math.min(s.to(), i + 3); k++) {
            Token t = tokens.get(k);
            if (t.is(Category.ACTION) || t.has(Concept.NOT) || t.has(Concept.PASSIVE)) return false;
        }
        return true;
    }

    /** "had opened", "has been closed", "had planned": "have" before another verb is its auxiliary, no action of having. */
    private static boolean auxiliary(List<Token> tokens, Sentence s, int i) {
        if (!tokens.get(i).has(Concept.HAVE)) return false;
        for (int k = i + 1; k < Math.min(s.to(), i + 3); k++) {
            Token t = tokens.get(k);
            if (t.is(Category.ACTION) || t.has(Concept.PASSIVE) || t.is(Category.PLAN) || t.is(Category.REFUSAL) || t.is(Category.HEDGE)) return true;
            if (!t.is(Category.MODIFIER) && !t.is(Category.NEGATION)) return false;
        }
        return false;
    }

    /**
     * A copula says who held a rank only of "the first" holder ("The first US Ambassador ... was
     * William Bullitt"); "Amb Gerard was asked" and "Ambassador Dubs was assassinated" are no
     * appointments.
     */
    private static int firstOfRank(List<Token> tokens, Sentence s, int rank) {
        if (rank < 0) return -1;
        for (int k = rank - 1; k >= Math.max(s.from(), rank - 4); k--) {
            var ord = tokens.get(k).sense(Category.ORDINAL);
            if (ord != null && ord.arg() == 1) return rank;
        }
        return -1;
    }

    /** The nearest token after, else before, the action that the rule's object fits, in the clause; -1 if none. */
    static int object(List<Token> tokens, Sentence s, int action, Grammar.Rule r, Work work) {
        int words = 0;
        for (int k = action + 1; k < Math.min(s.to(), action + 3 * AFTER) && words <= AFTER; k++) {
            work.add(1);
            Token t = tokens.get(k);
            if (r.fits(t)) return k;
            if (stops(t, true) || t.has(Concept.NOT)) break;
            if (t.isWord()) words++;
        }
        return objectBefore(tokens, s, action, r, work);
    }

    private static int objectBefore(List<Token> tokens, Sentence s, int action, Grammar.Rule r, Work work) {
        int words = 0;
        for (int k = action - 1; k >= Math.max(s.from(), action - 3 * BEFORE) && words <= BEFORE; k--) {
            work.add(1);
            Token t = tokens.get(k);
            if (r.fits(t)) return k;
            if (stops(t, false)) break;
            if (t.isWord()) words++;
        }
        return -1;
    }

    /** Punctuation and words that close the clause an object is sought in. */
    private static boolean stops(Token t, boolean forward) {
        // a period inside a sentence ends an abbreviation ("U.S."), not the clause
        if (t.isPunct(';') || t.isPunct(':') || t.isPunct('—')) return true;
        // backwards an object may stand before another action of the same clause ("relations were severed ... and restored")
        if (!forward && t.isPunct(',')) return true;
        return t.has(Concept.BUT) || t.has(Concept.WHICH);
    }
}
