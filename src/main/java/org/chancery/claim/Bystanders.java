package org.chancery.claim;

import java.util.List;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Token;

/**
 * States a sentence names that are no party to its claims: a protecting power or go-between
 * ("talked through the Swiss", "через посольство Швейцарии", "Switzerland, on behalf of the United
 * States, opened"), the state a new one became
 * independent of ("recognizing Moroccan independence from France", "независимость от Франции"),
 * and the states of a "when" clause telling an event of its own that is no claim ("Relations
 * ended in 1910, when Japan annexed Korea"). Each test looks a few tokens around the name.
 */
final class Bystanders {
    /** How many tokens before "from" the word "independence" may stand. */
    static final int INDEPENDENCE_REACH = 3;
    /** How many tokens a "when" clause may run before the name. */
    static final int CLAUSE_REACH = 8;

    private Bystanders() {
    }

    static boolean is(List<Token> tokens, Sentence s, List<Triggers.Trigger> triggers, Mention m) {
        int k = Near.lowerBound(tokens, Token::start, m.start());
        if (k >= tokens.size()) return false;
        if (actsForAnother(tokens, s, m)) return true;
        if (k <= s.from()) return false;
        int before = k - 1;
        while (before > s.from() && (tokens.get(before).has(Concept.ARTICLE) || tokens.get(before).is(Category.MISSION))) before--;
        Token w = tokens.get(before);
        if (w.has(Concept.THROUGH)) return true;
        if (w.has(Concept.FROM)) {
            for (int j = before - 1; j >= Math.max(s.from(), before - INDEPENDENCE_REACH); j--) {
                if (tokens.get(j).has(Concept.INDEPENDENCE)) return true;
            }
        }
        return inOtherWhenClause(tokens, s, triggers, k);
    }

    /**
     * A protecting power acting for another state: "Switzerland, on behalf of the United States,
     * opened an interests section", "Sweden, acting as protecting power, …", «Швейцария от имени США
     * открыла секцию интересов». The words right after the name (past commas, articles and at most
     * {@link #ACTING_REACH} words the lexicon does not know: "acting", "as") say so.
     */
    private static boolean actsForAnother(List<Token> tokens, Sentence s, Mention m) {
        int k = Near.lowerBound(tokens, Token::start, m.end());
        int unknown = 0;
        for (; k < s.to(); k++) {
            Token t = tokens.get(k);
            if (t.has(Concept.BEHALF)) return true;
            if (t.isPunct(',') || t.isPunct('(') || t.has(Concept.ARTICLE) || t.has(Concept.AS) || t.is(Category.MISSION)) continue;
            if (t.isWord() && !t.capitalized() && t.senses().isEmpty() && unknown++ < ACTING_REACH) continue;
            return false;
        }
        return false;
    }

    /** How many words the lexicon does not know may stand between a name and "on behalf of" ("acting as"). */
    private static final int ACTING_REACH = 2;

    /** The name stands in a "when" clause whose own action is none of the sentence's claims. */
    private static boolean inOtherWhenClause(List<Token> tokens, Sentence s, List<Triggers.Trigger> triggers, int name) {
        int when = -1;
        for (int j = name - 1; j >= Math.max(s.from(), name - CLAUSE_REACH); j--) {
            Token t = tokens.get(j);
            if (t.has(Concept.WHEN)) {
                when = j;
                break;
            }
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':')) return false;
        }
        if (when < 0) return false;
        for (int j = when + 1; j < Math.min(s.to(), when + 2 * CLAUSE_REACH); j++) {
            Token t = tokens.get(j);
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':')) break;
            if (!t.is(Category.ACTION)) continue;
            int at = j;
            if (triggers.stream().noneMatch(x -> x.action() == at)) return true;
        }
        return false;
    }
}
