package org.chancery.importer.rdcr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.event.EventKind;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Lexicon;
import org.chancery.language.Token;
import org.chancery.text.Sentences;

/**
 * The events a piece of the record's prose states, read from the language layer's typed tokens:
 * an action with its object ("established" + "diplomatic relations", "closed" + "Embassy"), or a
 * word that is an event by itself ("recognition", "treaty", "accession", "annexation"). Each
 * mention keeps its clause and whether the clause denies it ("did not recognize", "never were
 * formally severed") or only supposes it ("was authorized to recognize ... if", "would have
 * constituted recognition"); "not ... until May 17" affirms. The words are the lexicon's
 * ({@code org/chancery/language/en.tsv}); this class knows only concepts.
 */
final class EntryGrammar {
    /** How far (in tokens) an action looks for its object within its clause. */
    private static final int REACH = 12;
    /** A head is one short clause: an action may stand further from its object ("Consulate in Carlsbad (Karlovy Vary), 1906-1917, permanently closed"). */
    private static final int HEAD_REACH = 16;

    /** Affirmed; denied ("did not recognize"); supposed ("would have constituted recognition", "if"); planned ("negotiated arrangements for recognition"). */
    enum Polarity { AFFIRMED, DENIED, SUPPOSED, PLANNED }

    /**
     * One stated event. {@code kind} is {@link EventKind#OTHER} for an act that is no kind of the
     * vocabulary but says what the entry is about (a mission moved).
     */
    record Mention(EventKind kind, Polarity polarity, int at, int clauseStart, int clauseEnd, String cue, boolean thatDate,
                   int sentenceStart, int sentenceEnd) {
        Mention within(int start, int end, boolean thatDate, int sentenceStart, int sentenceEnd) {
            return new Mention(kind, polarity, at, start, end, cue, thatDate, sentenceStart, sentenceEnd);
        }

        boolean affirmed() {
            return polarity == Polarity.AFFIRMED;
        }
    }

    /** What an action may be done to, as the tokens show it. */
    enum Target { RELATIONS, CONSULAR_RELATIONS, AMBASSADORIAL, MISSION, DIPLOMATIC_MISSION, RANK, CONSUL, NAMED_STATE, STATE, FEDERATION, INDEPENDENCE, DEPENDENCY, CREDENTIALS, RECOGNITION }

    /** What an action does to each kind of object it may take. */
    private static final Map<Concept, Map<Target, EventKind>> ACTS = Map.ofEntries(
            Map.entry(Concept.ESTABLISH, Map.of(Target.RELATIONS, EventKind.RELATIONS_ESTABLISHED, Target.CONSULAR_RELATIONS, EventKind.MISSION_OPENED,
                    Target.AMBASSADORIAL, EventKind.MISSION_RAISED, Target.MISSION, EventKind.MISSION_OPENED, Target.CONSUL, EventKind.MISSION_OPENED,
                    Target.NAMED_STATE, EventKind.STATE_CHANGE)),
            Map.entry(Concept.RESUME, Map.of(Target.RELATIONS, EventKind.RELATIONS_RESUMED, Target.AMBASSADORIAL, EventKind.MISSION_RAISED,
                    Target.CONSULAR_RELATIONS, EventKind.MISSION_OPENED, Target.MISSION, EventKind.MISSION_OPENED)),
            Map.entry(Concept.OPEN, Map.of(Target.MISSION, EventKind.MISSION_OPENED, Target.CONSULAR_RELATIONS, EventKind.MISSION_OPENED,
                    Target.RELATIONS, EventKind.RELATIONS_ESTABLISHED)),
            Map.entry(Concept.SEVER, Map.of(Target.RELATIONS, EventKind.RELATIONS_SEVERED, Target.MISSION, EventKind.MISSION_CLOSED,
                    Target.CONSULAR_RELATIONS, EventKind.MISSION_CLOSED)),
            Map.entry(Concept.SUSPEND, Map.of(Target.RELATIONS, EventKind.RELATIONS_SEVERED, Target.MISSION, EventKind.MISSION_CLOSED)),
            Map.entry(Concept.END, Map.of(Target.RELATIONS, EventKind.RELATIONS_SEVERED)),
            Map.entry(Concept.CLOSE, Map.of(Target.MISSION, EventKind.MISSION_CLOSED, Target.CONSULAR_RELATIONS, EventKind.MISSION_CLOSED)),
            Map.entry(Concept.EVACUATE, Map.of(Target.MISSION, EventKind.MISSION_CLOSED)),
            Map.entry(Concept.WITHDRAW, Map.of(Target.MISSION, EventKind.MISSION_CLOSED, Target.RECOGNITION, EventKind.RELATIONS_SEVERED)),
            Map.entry(Concept.RAISE, Map.of(Target.DIPLOMATIC_MISSION, EventKind.MISSION_RAISED, Target.RANK, EventKind.MISSION_RAISED,
                    Target.AMBASSADORIAL, EventKind.MISSION_RAISED)),
            // a mission moved is no kind of the vocabulary; sovereignty transferred is a change of state
            Map.entry(Concept.MOVE, Map.of(Target.MISSION, EventKind.OTHER, Target.INDEPENDENCE, EventKind.STATE_CHANGE)),
            Map.entry(Concept.PRESENT, Map.of(Target.CREDENTIALS, EventKind.CREDENTIALS_PRESENTED)),
            Map.entry(Concept.DECLARE, Map.of(Target.INDEPENDENCE, EventKind.STATE_CHANGE, Target.STATE, EventKind.STATE_CHANGE)),
            Map.entry(Concept.GAIN, Map.of(Target.INDEPENDENCE, EventKind.STATE_CHANGE)),
            Map.entry(Concept.BECOME, Map.of(Target.STATE, EventKind.STATE_CHANGE, Target.DEPENDENCY, EventKind.STATE_CHANGE)),
            Map.entry(Concept.JOIN, Map.of(Target.STATE, EventKind.STATE_CHANGE, Target.FEDERATION, EventKind.STATE_CHANGE)));

    /** Words that are an event by themselves. */
    private static final Map<Concept, EventKind> EVENTS = Map.of(
            Concept.RECOGNIZE, EventKind.RECOGNITION, Concept.APPOINT, EventKind.ENVOY_APPOINTED,
            Concept.TREATY, EventKind.TREATY, Concept.ACCEDE, EventKind.TREATY,
            Concept.ANNEX, EventKind.STATE_CHANGE, Concept.UNIFY, EventKind.STATE_CHANGE, Concept.DISSOLVE, EventKind.STATE_CHANGE,
            Concept.COLONY, EventKind.STATE_CHANGE, Concept.PROTECTORATE, EventKind.STATE_CHANGE, Concept.EARLIEST_DATE, EventKind.MISSION_OPENED);

    /** When a clause states several events, the one it is first of all about (relations before missions before the rest). */
    static final List<EventKind> PRIORITY = List.of(EventKind.MISSION_RAISED, EventKind.RELATIONS_SEVERED, EventKind.RELATIONS_RESUMED,
            EventKind.RELATIONS_ESTABLISHED, EventKind.RECOGNITION, EventKind.MISSION_CLOSED, EventKind.MISSION_OPENED,
            EventKind.ENVOY_APPOINTED, EventKind.CREDENTIALS_PRESENTED, EventKind.TREATY, EventKind.STATE_CHANGE, EventKind.OTHER);

    private EntryGrammar() {
    }

    /**
     * The events the text states, in the order of their action words. Each mention's span is its
     * clause, widened over the clauses of its sentence around it that state no event of their own
     * and over a "when" clause that follows it ("re-opened the Embassy when he presented his
     * credentials on January 8, 1945"): the words that may date it.
     */
    static List<Mention> mentions(String text) {
        return mentions(text, tokens(text), REACH);
    }

    /** The events a text states, from its tokens as {@link Lexicon#read} gave them. */
    static List<Mention> mentions(String text, List<Token> tokens) {
        return mentions(text, tokens, REACH);
    }

    /** The events a head states, read with a longer reach. */
    static List<Mention> inHead(String head) {
        return inHead(head, tokens(head));
    }

    /** The events a head states, from its tokens. */
    static List<Mention> inHead(String head, List<Token> tokens) {
        return mentions(head, tokens, HEAD_REACH);
    }

    /** The tokens of a text; none for a blank one. */
    static List<Token> tokens(String text) {
        return text == null || text.isBlank() ? List.of() : Lexicon.standard().read(text);
    }

    private static List<Mention> mentions(String text, List<Token> tokens, int reach) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        List<int[]> clauses = clauses(text, tokens);
        List<List<Mention>> byClause = new ArrayList<>();
        for (int[] clause : clauses) {
            List<Mention> here = new ArrayList<>();
            for (int i = clause[0]; i < clause[1]; i++) {
                Mention m = mentionAt(tokens, i, clause[0], clause[1], reach);
                if (m != null) here.add(m);
            }
            byClause.add(here);
        }
        for (int c = 0; c < clauses.size(); c++) {
            int first = c;
            while (first > 0 && clauses.get(first - 1)[2] == clauses.get(c)[2] && byClause.get(first - 1).isEmpty()) first--;
            int last = c;
            while (last + 1 < clauses.size() && clauses.get(last + 1)[2] == clauses.get(c)[2]
                    && (byClause.get(last + 1).isEmpty() || tokens.get(clauses.get(last + 1)[0]).has(Concept.SUBORDINATE))) last++;
            int start = tokens.get(clauses.get(first)[0]).start();
            int end = tokens.get(clauses.get(last)[1] - 1).end();
            boolean thatDate = false;
            for (int k = clauses.get(first)[0]; k < clauses.get(last)[1]; k++) thatDate |= refersToADateSaid(tokens, k);
            int s0 = c;
            while (s0 > 0 && clauses.get(s0 - 1)[2] == clauses.get(c)[2]) s0--;
            int s1 = c;
            while (s1 + 1 < clauses.size() && clauses.get(s1 + 1)[2] == clauses.get(c)[2]) s1++;
            int sentenceStart = tokens.get(clauses.get(s0)[0]).start();
            int sentenceEnd = tokens.get(clauses.get(s1)[1] - 1).end();
            for (Mention m : byClause.get(c)) out.add(m.within(start, end, thatDate, sentenceStart, sentenceEnd));
        }
        return out;
    }

    /**
     * Clauses as token ranges {from, to, sentence}: a sentence, cut at ';', before "but", "when",
     * "although", and before "which", "who" or "and" after a comma.
     */
    static List<int[]> clauses(String text, List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        int sentence = 0;
        int sentenceEnd = Sentences.endOfSentenceFrom(text, 0);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean newSentence = t.start() >= sentenceEnd;
            boolean afterComma = i > 0 && tokens.get(i - 1).isPunct(',');
            boolean cut = newSentence || t.isPunct(';') || t.has(Concept.BUT) || t.has(Concept.SUBORDINATE)
                    || afterComma && (t.has(Concept.WHICH) || t.has(Concept.AND));
            if (cut && i > from) {
                out.add(new int[] {from, i, sentence});
                from = i;
            }
            if (newSentence) {
                sentence++;
                while (sentenceEnd < text.length() && sentenceEnd <= t.start()) sentenceEnd = Sentences.endOfSentenceFrom(text, sentenceEnd);
            }
        }
        if (from < tokens.size()) out.add(new int[] {from, tokens.size(), sentence});
        return out;
    }

    private static Mention mentionAt(List<Token> ts, int i, int from, int to, int reach) {
        Token t = ts.get(i);
        if (!t.is(Category.ACTION) && !t.is(Category.OBJECT) && !t.has(Concept.EARLIEST_DATE)) return null;
        if (modifiesNext(ts, i) || describesARank(ts, i) || recognizesAnEnvoy(ts, i) || adjunct(ts, i, from) || remembered(ts, i, from)) return null;
        EventKind best = null;
        for (var act : ACTS.entrySet()) {
            if (!t.has(act.getKey())) continue;
            EventKind k = object(ts, i, from, to, act.getValue(), reach);
            if (k != null && (best == null || PRIORITY.indexOf(k) < PRIORITY.indexOf(best))) best = k;
        }
        if (best == null) {
            for (var e : EVENTS.entrySet()) {
                if (t.has(e.getKey())) {
                    best = e.getValue();
                    break;
                }
            }
            // "Recognition ... Withdrawn" is read at the withdrawal
            if (best == EventKind.RECOGNITION && within(ts, i, from, to, Concept.WITHDRAW)) return null;
            // in prose a treaty or a protectorate named without being signed or made is a reference
            // ("the U.S. treaty with Lew Chew"); a head names its event ("Treaty of Extradition, 1939")
            if (reach < HEAD_REACH && t.is(Category.OBJECT) && !madeNear(ts, i, from, to, reach)) return null;
            // in prose a collapse is a state's only when a state is named near it ("French resistance collapsed" is not)
            if (reach < HEAD_REACH && t.has(Concept.DISSOLVE) && !near(ts, i, from, to, reach, Concept.STATE, Concept.FEDERATION)) return null;
        }
        if (best == null) return null;
        Token first = ts.get(from);
        Token last = ts.get(to - 1);
        return new Mention(best, polarity(ts, i, from, to), t.start(), first.start(), last.end(), t.text(), false, 0, 0);
    }

    /** "70th Anniversary of Establishment of Diplomatic Relations": an event remembered is not an event of that date. */
    private static boolean remembered(List<Token> ts, int i, int from) {
        for (int j = i - 1; j >= from && j >= i - 3; j--) if (ts.get(j).has(Concept.ANNIVERSARY)) return true;
        return false;
    }

    /** "this date", "on the same date", "that same day", "that day": the date said before. */
    private static boolean refersToADateSaid(List<Token> ts, int k) {
        Token t = ts.get(k);
        if (t.has(Concept.THAT_DATE)) return true;
        return (t.has(Concept.SAME) || t.has(Concept.THAT)) && k + 1 < ts.size() && ts.get(k + 1).has(Concept.DAY);
    }

    /** "U.S. Consulate at Algiers, 1796-1962, with interruptions": an act after "with" qualifies, it is not the event. */
    private static boolean adjunct(List<Token> ts, int i, int from) {
        for (int j = i - 1; j >= from && j >= i - 2; j--) {
            if (ts.get(j).has(Concept.WITH)) return true;
            if (!ts.get(j).is(Category.MODIFIER)) return false;
        }
        return false;
    }

    /** "Normal diplomatic relations": a word that is also a modifier, standing before what it modifies, is not an action. */
    private static boolean modifiesNext(List<Token> ts, int i) {
        if (!ts.get(i).is(Category.MODIFIER) || i + 1 >= ts.size()) return false;
        Token next = ts.get(i + 1);
        return next.is(Category.MODIFIER) || next.is(Category.OBJECT);
    }

    /** "specially accredited U.S. Minister": an appointment word describing a rank, not an appointment (unless "was appointed Minister"). */
    private static boolean describesARank(List<Token> ts, int i) {
        if (!ts.get(i).has(Concept.APPOINT) || i > 0 && ts.get(i - 1).has(Concept.PASSIVE)) return false;
        for (int j = i + 1; j < Math.min(ts.size(), i + 4); j++) {
            Token n = ts.get(j);
            if (n.is(Category.RANK)) return true;
            if (!n.senses().isEmpty() || !n.capitalized() && !n.isPunct('.')) return false;
        }
        return false;
    }

    /**
     * "recognized Armas Herman Saastamoinen as provisional Envoy Extraordinary": a person's name
     * (two or more capitalised words the lexicon does not know) and then a rank, before the
     * clause's next comma: a recognition of an envoy, not of a state or its government.
     */
    private static boolean recognizesAnEnvoy(List<Token> ts, int i) {
        if (!ts.get(i).has(Concept.RECOGNIZE)) return false;
        int j = i + 1;
        while (j < ts.size() && ts.get(j).isWord() && ts.get(j).capitalized() && ts.get(j).senses().isEmpty()) j++;
        if (j - i - 1 < 2) return false;
        for (int k = j; k < Math.min(ts.size(), j + 8); k++) {
            Token t = ts.get(k);
            if (t.is(Category.RANK)) return true;
            if (t.isPunct(',') || t.isPunct('.') || t.isPunct(';') || isEventWord(t)) return false;
        }
        return false;
    }

    /** The kind the nearest fitting object gives the action, preferring the higher kind when several fit. */
    private static EventKind object(List<Token> ts, int i, int from, int to, Map<Target, EventKind> takes, int reach) {
        EventKind best = null;
        int lo = Math.max(from, i - reach);
        int hi = Math.min(to, i + reach + 1);
        if (reach < HEAD_REACH) {
            // in prose an object stands on the action's side of a comma: "Although no mission was established ..., Ambassadorial relations commenced"
            for (int j = i - 1; j >= lo; j--) if (ts.get(j).isPunct(',')) lo = j + 1;
            for (int j = i + 1; j < hi; j++) if (ts.get(j).isPunct(',')) hi = j;
        }
        for (int j = lo; j < hi; j++) {
            if (j == i) continue;
            Token o = ts.get(j);
            for (var take : takes.entrySet()) {
                if (!fits(ts, j, o, take.getKey())) continue;
                // a state is what is established or joined, or the subject of "was proclaimed": "the United States ..., both established states" is neither
                if (j < i && isState(take.getKey()) && !passiveBetween(ts, j, i)) continue;
                EventKind k = take.getValue();
                if (best == null || PRIORITY.indexOf(k) < PRIORITY.indexOf(best)) best = k;
            }
        }
        return best;
    }

    private static boolean isState(Target t) {
        return t == Target.NAMED_STATE || t == Target.STATE || t == Target.FEDERATION;
    }

    private static boolean passiveBetween(List<Token> ts, int from, int to) {
        for (int k = from + 1; k < to; k++) if (ts.get(k).has(Concept.PASSIVE)) return true;
        return false;
    }

    private static boolean fits(List<Token> ts, int j, Token o, Target wanted) {
        return switch (wanted) {
            // "commercial relations" are not diplomatic relations; "consular relations" are a mission's
            case RELATIONS -> o.has(Concept.RELATIONS) && !notDiplomatic(ts, j) && !modified(ts, j, Concept.CONSULAR);
            case CONSULAR_RELATIONS -> o.has(Concept.RELATIONS) && modified(ts, j, Concept.CONSULAR);
            case AMBASSADORIAL -> o.has(Concept.AMBASSADORIAL);
            case MISSION -> o.is(Category.MISSION);
            // a consulate raised to a consulate general is no raise of a diplomatic mission
            case DIPLOMATIC_MISSION -> o.has(Concept.EMBASSY) || o.has(Concept.LEGATION) || o.has(Concept.MISSION);
            case RANK -> o.is(Category.RANK) && !o.has(Concept.CONSUL);
            case CONSUL -> o.has(Concept.CONSUL);
            // a new state is named: "the Kingdom of Italy", not "both established states"
            case NAMED_STATE -> o.has(Concept.STATE) && o.capitalized();
            case STATE -> o.has(Concept.STATE);
            case FEDERATION -> (o.has(Concept.FEDERATION) || o.has(Concept.STATE)) && o.capitalized();
            case INDEPENDENCE -> o.has(Concept.INDEPENDENCE);
            case DEPENDENCY -> o.has(Concept.COLONY) || o.has(Concept.PROTECTORATE);
            case CREDENTIALS -> o.has(Concept.CREDENTIALS);
            case RECOGNITION -> o.has(Concept.RECOGNIZE);
        };
    }

    /** Whether the words just before an object (its modifiers, joined by "and" or commas) include one of this concept. */
    private static boolean modified(List<Token> ts, int j, Concept c) {
        for (int k = j - 1; k >= Math.max(0, j - 4); k--) {
            Token m = ts.get(k);
            if (m.has(c)) return true;
            if (!m.is(Category.MODIFIER) && !m.has(Concept.AND) && !m.isPunct(',')) return false;
        }
        return false;
    }

    /** "Commercial relations" are not diplomatic; "diplomatic and cultural relations" are. */
    private static boolean notDiplomatic(List<Token> ts, int j) {
        return modified(ts, j, Concept.NON_DIPLOMATIC) && !modified(ts, j, Concept.DIPLOMATIC);
    }

    /** A treaty signed, ratified or acceded to, a protectorate established, within reach of the word. */
    private static boolean madeNear(List<Token> ts, int i, int from, int to, int reach) {
        for (int j = Math.max(from, i - reach); j < Math.min(to, i + reach + 1); j++) {
            Token t = ts.get(j);
            if (j != i && (t.has(Concept.SIGN) || t.has(Concept.RATIFY) || t.has(Concept.ACCEDE) || t.has(Concept.ESTABLISH))) return true;
        }
        return false;
    }

    private static boolean near(List<Token> ts, int i, int from, int to, int reach, Concept... cs) {
        for (int j = Math.max(from, i - reach); j < Math.min(to, i + reach + 1); j++) {
            if (j == i) continue;
            for (Concept c : cs) if (ts.get(j).has(c)) return true;
        }
        return false;
    }

    private static boolean within(List<Token> ts, int i, int from, int to, Concept c) {
        for (int j = from; j < to; j++) if (j != i && ts.get(j).has(c)) return true;
        return false;
    }

    private static boolean isEventWord(Token t) {
        if (t.senses().isEmpty()) return false;
        for (Concept c : EVENTS.keySet()) if (t.has(c)) return true;
        for (Concept c : ACTS.keySet()) if (t.has(c)) return true;
        return false;
    }

    /**
     * Denied when a negation or refusal stands before the action in its clause with no comma
     * between, unless "until" follows it ("did not recognize ... until May 17, 1979"); supposed when
     * a plan or doubt stands before it, or a condition anywhere in the clause.
     */
    static Polarity polarity(List<Token> ts, int i, int from, int to) {
        for (int j = from; j < to; j++) if (ts.get(j).is(Category.COUNTERFACTUAL)) return Polarity.SUPPOSED;
        Polarity p = Polarity.AFFIRMED;
        for (int j = i - 1; j >= from && j >= i - REACH; j--) {
            Token t = ts.get(j);
            // "did not recognize the protectorate": the negation is the recognition's, not the protectorate's
            if (t.isPunct(',') || isEventWord(t)) break;
            if (t.is(Category.NEGATION) || t.is(Category.REFUSAL)) {
                p = Polarity.DENIED;
                break;
            }
            if (t.is(Category.PLAN) || t.is(Category.HEDGE)) {
                p = Polarity.PLANNED;
                break;
            }
        }
        if (p == Polarity.DENIED) {
            for (int j = i + 1; j < to; j++) if (ts.get(j).is(Category.UNTIL)) return Polarity.AFFIRMED;
        }
        return p;
    }
}
