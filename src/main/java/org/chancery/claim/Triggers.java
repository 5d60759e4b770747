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
        // the last action whose object stood before it ("Relations were severed ..."), for the actions coordinated with it
        int lastAction = -1;
        int lastObject = -1;
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
                int o = t.has(Concept.PASSIVE) ? predicate(tokens, s, objectBefore(tokens, s, i, r, work))
                        : object(tokens, s, i, r, work);
                if (o < 0 && t.has(Concept.PASSIVE)) o = firstRankAfter(tokens, s, i, r);
                if (o < 0 && !t.has(Concept.PASSIVE) && lastObject >= 0 && r.fits(tokens.get(lastObject))
                        && coordinated(tokens, lastAction, i)) o = lastObject;
                if (o > i && r.action() == Concept.RECEIVE && !receivedEnvoy(tokens, i, o)) o = -1;
                int pronoun = o < 0 && !t.has(Concept.PASSIVE) ? pronounSubject(tokens, s, i) : -1;
                if (pronoun >= 0) o = antecedent(tokens, s, pronoun, r, work);
                int at = pronoun >= 0 && o >= 0 ? pronoun : o;
                if (o >= 0 && o < i && !t.has(Concept.PASSIVE) && pronoun < 0) {
                    lastAction = i;
                    lastObject = o;
                }
                if (o >= 0 && kinds.add(r.kind()) && taken.add(new Taken(r.kind(), at))) {
                    Token obj = tokens.get(at);
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
        return auxiliary(tokens, i, s.to());
    }

    private static boolean auxiliary(List<Token> tokens, int i, int end) {
        if (!tokens.get(i).has(Concept.HAVE)) return false;
        for (int k = i + 1; k < Math.min(end, i + 4); k++) {
            Token t = tokens.get(k);
            if (t.is(Category.ACTION) || t.has(Concept.PASSIVE) || t.is(Category.PLAN) || t.is(Category.REFUSAL) || t.is(Category.HEDGE)) return true;
            // an adverb the lexicon does not know may stand between ("had already been closed", "had also opened")
            boolean adverb = t.isWord() && !t.capitalized() && t.senses().isEmpty();
            if (!t.is(Category.MODIFIER) && !t.is(Category.NEGATION) && !adverb) return false;
        }
        return false;
    }

    /**
     * "the embassy suspended operations and moved to Lviv; it reopened in Kyiv in May 2022",
     * «посольство закрыли, но вскоре оно вновь открылось»: "it", "they", «оно» right before an action
     * that takes no object of its own (a preposition, a date or the clause's end follows it) stands for
     * what was done: the index of the pronoun, else -1.
     */
    private static int pronounSubject(List<Token> tokens, Sentence s, int action) {
        int k = action - 1;
        while (k >= s.from() && k >= action - 2 && (tokens.get(k).has(Concept.AGAIN) || tokens.get(k).has(Concept.PASSIVE))) k--;
        if (k < s.from() || !tokens.get(k).has(Concept.PRONOUN)) return -1;
        if (action + 1 < s.to()) {
            Token next = tokens.get(action + 1);
            boolean free = !next.isWord() || next.is(Category.MONTH) || next.is(Category.TIME) || next.is(Category.NUMBER)
                    || next.has(Concept.IN) || next.has(Concept.ON) || next.has(Concept.AT) || next.has(Concept.FROM)
                    || next.has(Concept.AND) || next.has(Concept.AGAIN) || next.has(Concept.BUT);
            if (!free) return -1;
        }
        return k;
    }

    /** The mission or relations a pronoun at {@code pronoun} stands for: the nearest such object of the rule before it in the sentence, or -1. */
    private static int antecedent(List<Token> tokens, Sentence s, int pronoun, Grammar.Rule r, Work work) {
        for (int k = pronoun - 1; k >= Math.max(s.from(), pronoun - ANTECEDENT); k--) {
            work.add(1);
            Token t = tokens.get(k);
            if (r.fits(t) && (t.is(Category.MISSION) || t.has(Concept.RELATIONS))) return k;
        }
        return -1;
    }

    /** How many tokens before its pronoun the mission or relations it stands for may be named. */
    private static final int ANTECEDENT = 30;

    /**
     * "received John Adams as minister", "received the new American minister": between the verb and
     * the rank only a name, articles, modifiers, ordinals and "as"; not "received a cable from Ambassador Kennan".
     */
    private static boolean receivedEnvoy(List<Token> tokens, int verb, int rank) {
        for (int k = verb + 1; k < rank; k++) {
            Token t = tokens.get(k);
            boolean name = t.isWord() && t.capitalized() && (t.senses().isEmpty() || t.is(Category.TITLE));
            if (!(name || t.isPunct('.') || t.has(Concept.ARTICLE) || t.has(Concept.AS) || t.is(Category.MODIFIER)
                    || t.is(Category.ORDINAL) || t.has(Concept.ITS))) return false;
        }
        return true;
    }

    /** "was Minister to Romania 1958-1960": a range of years after the rank's post is a tenure, so the copula says who held it. */
    private static boolean tenureAfter(List<Token> tokens, Sentence s, int rank) {
        for (int k = rank + 1; k + 2 < Math.min(s.to(), rank + 1 + Tenures.POST_REACH); k++) {
            Token t = tokens.get(k);
            if (t.is(Category.ACTION) || stops(t, true)) return false;
            boolean dash = tokens.get(k + 1).isPunct('-') || tokens.get(k + 1).isPunct('–');
            if (t.shape() == org.chancery.language.Shape.NUMBER && t.text().length() == 4 && dash
                    && tokens.get(k + 2).shape() == org.chancery.language.Shape.NUMBER) return true;
        }
        return false;
    }

    /**
     * The rank before a copula that says someone held it: a Russian instrumental complement («С 1902
     * года послом Франции в США был Жюссеран»), else only "the first" one ({@link #firstOfRank}).
     */
    private static int predicate(List<Token> tokens, Sentence s, int rank) {
        if (rank >= 0 && tokens.get(rank).has(Concept.COMPLEMENT)) return rank;
        return firstOfRank(tokens, s, rank);
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

    /**
     * Two actions of one subject and object joined by "and"/"и" ("Relations were severed in 1812
     * and restored in 1815", "Отношения были прерваны … и восстановлены …"): the later one
     * shares the object that stands before the first, when nothing closes the clause between them.
     */
    private static boolean coordinated(List<Token> tokens, int first, int second) {
        if (first < 0 || second - first > 3 * AFTER) return false;
        int and = -1;
        for (int k = first + 1; k < second; k++) {
            Token t = tokens.get(k);
            if (stops(t, true) || claimAction(tokens, k, second)) return false;
            if (t.has(Concept.AND)) and = k;
        }
        if (and < 0) return false;
        // only "later", "then", "again", "were" between "and" and the verb: a word else is a new subject ("and the war began")
        for (int k = and + 1; k < second; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) return false;
            if (!t.is(Category.TIME) && !t.has(Concept.THEN) && !t.has(Concept.AGAIN) && !t.has(Concept.PASSIVE)) return false;
        }
        return true;
    }

    /**
     * "Who was the first U.S. ambassador to the Soviet Union?", "Bullitt was the first American
     * ambassador": the first holder of a rank named right after the copula, with only articles,
     * "first", modifiers and the owner's name between; -1 if none ("This was the first visit by an
     * ambassador" names no holder).
     */
    private static int firstRankAfter(List<Token> tokens, Sentence s, int copula, Grammar.Rule r) {
        boolean first = false;
        for (int k = copula + 1; k < Math.min(s.to(), copula + 7); k++) {
            Token t = tokens.get(k);
            if (r.fits(t) && t.is(Category.RANK)) return first || tenureAfter(tokens, s, k) ? k : -1;
            var ord = t.sense(Category.ORDINAL);
            if (ord != null) {
                if (ord.arg() != 1) return -1;
                first = true;
                continue;
            }
            boolean owner = t.isWord() && t.capitalized() && t.senses().isEmpty();
            if (!(t.has(Concept.ARTICLE) || t.isPunct('.') || t.is(Category.MODIFIER) || owner)) return -1;
        }
        return -1;
    }

    /**
     * The nearest token after, else before, the action that the rule's object fits, in the clause; -1 if none.
     * Looking ahead, a later action ends the search ("the day before NATO began bombing, the U.S.
     * severed relations": the relations are the severing's), unless only "and" joins the two
     * ("evacuated and closed the embassy"); and a fitting word after "and" that a verb of its own
     * follows is that verb's subject ("re-established …, and the embassy reopened in May").
     */
    static int object(List<Token> tokens, Sentence s, int action, Grammar.Rule r, Work work) {
        int words = 0;
        boolean and = false;
        boolean between = false;
        for (int k = action + 1; k < Math.min(s.to(), action + 3 * AFTER) && words <= AFTER; k++) {
            work.add(1);
            Token t = tokens.get(k);
            if (r.fits(t)) {
                if (!and || !subjectOfNext(tokens, s, k)) return k;
                break;
            }
            if (stops(t, true) || t.has(Concept.NOT)) break;
            if (claimAction(tokens, k, s.to()) && between) break;
            // the verb's direct object is another thing ("Liberia became a republic in 1847 -- … Amb"): what follows is
            // no object of it; a mission's operations are the mission's ("suspended operations at its embassy")
            // nor is anything before it (the chargé who "took over German interests" is its subject)
            if (words <= 2 && t.is(Category.OBJECT) && !t.has(Concept.OPERATIONS) && !objectOf(tokens.get(action), t)
                    && !preposition(tokens, action, k)) return -1;
            if (t.has(Concept.AND)) and = true;
            else if (t.isWord()) between = true;
            if (t.isWord()) words++;
        }
        int before = objectBefore(tokens, s, action, r, work);
        return !r.objectAfter() || before >= 0 && tokens.get(before).has(Concept.COMPLEMENT) ? before : -1;
    }

    /** A preposition joins the action (which may end in one: "accredited to", "аккредитован при") to the word at k: no direct object. */
    private static boolean preposition(List<Token> tokens, int action, int k) {
        for (int j = action; j < k; j++) {
            Token t = tokens.get(j);
            for (Concept c : PREPOSITIONS) if (t.has(c)) return true;
        }
        return false;
    }

    private static final Set<Concept> PREPOSITIONS = EnumSet.of(Concept.TO, Concept.IN, Concept.AT, Concept.OF, Concept.WITH,
            Concept.FOR, Concept.ON, Concept.FROM, Concept.BY, Concept.BETWEEN);

    /** Some row of the grammar reads the token as the action's object. */
    private static boolean objectOf(Token action, Token t) {
        for (Grammar.Rule r : Grammar.RULES) if (action.has(r.action()) && r.fits(t)) return true;
        return false;
    }

    /** An action some row of the grammar reads ("had", "unified" are actions of the record's timeline, not of claims). */
    /** A claim's action stands at {@code k}, not "have" as the auxiliary of a verb before {@code end} ("had opened"). */
    private static boolean claimAction(List<Token> tokens, int k, int end) {
        return claimAction(tokens.get(k)) && !auxiliary(tokens, k, end);
    }

    private static boolean claimAction(Token t) {
        if (!t.is(Category.ACTION)) return false;
        for (Grammar.Rule r : Grammar.RULES) if (t.has(r.action())) return true;
        return false;
    }

    /** An action stands within three words after the token, so the token is its subject. */
    private static boolean subjectOfNext(List<Token> tokens, Sentence s, int k) {
        int words = 0;
        for (int j = k + 1; j < s.to() && words < 3; j++) {
            Token t = tokens.get(j);
            if (claimAction(t)) return true;
            if (!t.isWord() || t.has(Concept.AND)) return false;
            words++;
        }
        return false;
    }

    private static int objectBefore(List<Token> tokens, Sentence s, int action, Grammar.Rule r, Work work) {
        int words = 0;
        boolean besideName = false;
        for (int k = action - 1; k >= Math.max(s.from(), action - 3 * BEFORE) && words <= BEFORE; k--) {
            work.add(1);
            Token t = tokens.get(k);
            // beside a name stands the rank, mission or relations the name is; "His predecessor, Mikhail Menshikov," is read by Succession
            if (r.fits(t)) return !besideName || t.is(Category.RANK) || t.is(Category.MISSION) || t.has(Concept.RELATIONS) ? k : -1;
            if (stops(t, false)) {
                if (k == action - 1 && t.isPunct(',')) return attributive(tokens, s, k, r, work);
                int before = t.isPunct(',') ? apposition(tokens, s, k) : -1;
                if (before < 0) return -1;
                besideName = true;
                k = before;
                continue;
            }
            // an object before another action is that action's, unless the two are joined by "and" ("were evacuated and closed")
            if (claimAction(tokens, k, action + 1) && !coordinated(tokens, k, action)) return -1;
            if (t.isWord()) words++;
        }
        return -1;
    }

    /**
     * "The Vatican's first pro-nuncio in Washington, Archbishop Pio Laghi, was appointed", «Первый посол
     * США в СССР, Уильям Буллит, был назначен»: a name between two commas, set beside the object before
     * it, is skipped. The index of the comma opening the name, or -1 when what the comma at
     * {@code comma} closes is no name.
     */
    private static int apposition(List<Token> tokens, Sentence s, int comma) {
        boolean named = false;
        for (int k = comma - 1; k >= Math.max(s.from(), comma - APPOSITION); k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',')) return named ? k : -1;
            if (t.isPunct('.')) continue;
            // an initial ("John A. Halderman") may read as a word of the lexicon
            boolean initial = t.isWord() && t.capitalized() && t.text().length() == 1;
            if (!initial && (!t.isWord() || !t.capitalized() || !t.senses().isEmpty() && !t.is(Category.TITLE))) return -1;
            named = true;
        }
        return -1;
    }

    /** How many tokens a name set beside an object by commas may have ("Archbishop Pio Laghi", "John A. Halderman"). */
    private static final int APPOSITION = 6;

    /**
     * A participle right after a comma says what became of the object standing just before the
     * comma: "restored relations, severed in 1961", «восстановили отношения, прерванные в 1939
     * году». Only the object of its rule, at most {@link #ATTRIBUTE} words before the comma ("relations
     * with Cuba, severed in 1961"), and no action between them; -1 if none.
     */
    private static int attributive(List<Token> tokens, Sentence s, int comma, Grammar.Rule r, Work work) {
        int words = 0;
        for (int k = comma - 1; k >= s.from() && words <= ATTRIBUTE; k--) {
            work.add(1);
            Token t = tokens.get(k);
            if (r.fits(t)) return k;
            if (stops(t, false) || t.is(Category.ACTION) || t.has(Concept.NOT)) return -1;
            if (t.isWord()) words++;
        }
        return -1;
    }

    /** How many words an object may stand before the comma of the participle that describes it ("relations with Cuba, severed"). */
    private static final int ATTRIBUTE = 3;

    /** Punctuation and words that close the clause an object is sought in. */
    private static boolean stops(Token t, boolean forward) {
        // a period inside a sentence ends an abbreviation ("U.S."), not the clause
        if (t.isPunct(';') || t.isPunct(':') || t.isPunct('—')) return true;
        // backwards an object may stand before another action of the same clause ("relations were severed ... and restored")
        if (!forward && t.isPunct(',')) return true;
        return t.has(Concept.BUT) || t.has(Concept.WHICH);
    }
}
