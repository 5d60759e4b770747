package org.chancery.claim;

import java.util.ArrayList;
import java.util.List;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Token;

/**
 * An action said as a noun that another action's phrase leads with "of", "after", "since" or
 * "until" ("normal relations resumed within days of Bush's recognition: Estonia and Latvia on 9/4,
 * Lithuania on 9/6/1991"; «отношения восстановили через несколько дней после признания: …») is
 * the time of that action, not a claim of its own: the states after it are the verb's. Only when
 * the verb stands before it in the same clause; "the recognition of Israel" opening a sentence, or
 * "recognized X and the establishment of relations" (no "of" or "after" leading it), and a noun with
 * an object of its own ("days after the recognition of Yemen in 1946"), stay claims.
 */
final class NounActions {
    /** How many words (the actor: "Bush's", an article) may stand between "of" and the noun. */
    private static final int LEAD_REACH = 3;

    private NounActions() {
    }

    /**
     * Removes from {@code triggers} (sorted by start) each that is a time reference of a verb before
     * it, and returns the character spans [lead, noun) of those references: the actor named there
     * ("within days of Moscow's recognition") is no party of the verb.
     */
    static List<int[]> dropReferences(List<Token> tokens, Sentence s, List<Triggers.Trigger> triggers) {
        if (triggers.size() < 2) return List.of();
        List<int[]> spans = new ArrayList<>();
        triggers.removeIf(t -> {
            if (!reference(tokens, s, t, triggers)) return false;
            spans.add(new int[] {tokens.get(lead(tokens, s, t.action())).start(), tokens.get(t.action()).start()});
            return true;
        });
        return spans;
    }

    /** Whether a name stands inside one of the spans {@link #dropReferences} returned. */
    static boolean inReference(List<int[]> spans, Mention m) {
        for (int[] sp : spans) if (m.start() >= sp[0] && m.end() <= sp[1]) return true;
        return false;
    }

    private static boolean reference(List<Token> tokens, Sentence s, Triggers.Trigger t, List<Triggers.Trigger> triggers) {
        int a = t.action();
        if (!tokens.get(a).has(Concept.NOMINAL) || lead(tokens, s, a) < 0) return false;
        // "days after the recognition of Yemen in March 1946": a noun with its own object says a claim of its own
        if (a + 1 < s.to() && tokens.get(a + 1).has(Concept.OF)) return false;
        for (Triggers.Trigger v : triggers) {
            if (v.action() >= a) break;
            if (!tokens.get(v.action()).has(Concept.NOMINAL) && oneClause(tokens, v.action(), a)) return true;
        }
        return false;
    }

    /** The "of", "after", "since" or "until" before the noun, with at most its actor and an article between; -1 if none. */
    private static int lead(List<Token> tokens, Sentence s, int noun) {
        for (int k = noun - 1; k >= Math.max(s.from(), noun - 1 - LEAD_REACH); k--) {
            Token w = tokens.get(k);
            if (w.has(Concept.OF) || w.has(Concept.AFTER) || w.has(Concept.FROM) || w.is(Category.UNTIL)) return k;
            if (!(w.has(Concept.ARTICLE) || w.has(Concept.ITS) || w.isWord() && w.capitalized())) return -1;
        }
        return -1;
    }

    /** No semicolon, colon or sentence end between the verb and the noun. */
    private static boolean oneClause(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Token w = tokens.get(k);
            if (w.isPunct(';') || w.isPunct(':') || w.isPunct('.') || w.has(Concept.BUT)) return false;
        }
        return true;
    }
}
