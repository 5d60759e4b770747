package org.chancery.claim;

import java.util.List;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Token;

/**
 * Whether a found action is claimed to have happened. Negation ("never formally broke off
 * relations", "не признали"), refusal ("refused to recognize"), plans and hopes ("had planned to
 * open a legation"), conditions and counterfactuals ("could have opened", "если бы") and doubt
 * take back the action in their own clause only: the words from the clause's start (a comma,
 * semicolon, colon, dash or "but" before the action) up to the action. A later "until" in the
 * sentence says when it finally happened ("did not recognize ... until 1783"), and an end of the
 * refusal before it ("ended sixteen years of non-recognition") is the event; either restores it.
 * An anniversary of an action is no claim that it happened then.
 */
final class Scope {
    private Scope() {
    }

    /** How many tokens back from its action a word may take it back. */
    static final int REACH = 16;

    static boolean takenBack(List<Token> tokens, Sentence s, Triggers.Trigger t) {
        return takenBack(tokens, s, t, lastUntil(tokens, s), new Work());
    }

    /** The last "until" of a sentence, or -1: found once per sentence, not once per claim. */
    static int lastUntil(List<Token> tokens, Sentence s) {
        for (int k = s.to() - 1; k >= s.from(); k--) if (tokens.get(k).is(Category.UNTIL)) return k;
        return -1;
    }

    static boolean takenBack(List<Token> tokens, Sentence s, Triggers.Trigger t, int lastUntil, Work work) {
        int a = t.action();
        // «США открыли бы посольство»: the Russian conditional follows its verb
        if (a + 1 < s.to() && tokens.get(a + 1).is(Category.COUNTERFACTUAL)) return true;
        int hedge = -1;
        for (int k = a - 1; k >= Math.max(s.from(), a - REACH); k--) {
            work.add(1);
            if (closesClause(tokens, k, a)) break;
            if (takesBack(tokens.get(k))) {
                hedge = endedBefore(tokens, s, k, a) ? -1 : k;
                break;
            }
        }
        if (hedge < 0) return false;
        // "did not recognize ... until 1783", "would have to wait until 1862 to recognize"
        return !(lastUntil > hedge && lastUntil != a);
    }

    /** "ended sixteen years of non-recognition": the end of a refusal is the event. */
    private static boolean endedBefore(List<Token> tokens, Sentence s, int k, int action) {
        for (int j = k - 1; j >= Math.max(s.from(), k - REACH); j--) {
            if (closesClause(tokens, j, action)) return false;
            if (tokens.get(j).has(Concept.END)) return true;
        }
        return false;
    }

    private static boolean takesBack(Token w) {
        return w.has(Concept.ANNIVERSARY) || w.is(Category.NEGATION) || w.is(Category.REFUSAL) || w.is(Category.PLAN) || w.is(Category.COUNTERFACTUAL)
                || w.is(Category.HEDGE);
    }

    /** A clause boundary between k and the action; a comma right before the action ("..., and recognized") does not cut. */
    private static boolean closesClause(List<Token> tokens, int k, int action) {
        Token w = tokens.get(k);
        if (w.isPunct(';') || w.isPunct(':') || w.isPunct('—') || w.isPunct('(') || w.isPunct(')') || w.has(Concept.BUT)) return true;
        return w.isPunct(',') && k < action - 1;
    }
}
