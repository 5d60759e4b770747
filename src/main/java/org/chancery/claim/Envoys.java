package org.chancery.claim;

import java.util.List;
import java.util.Locale;
import org.chancery.language.Category;
import org.chancery.language.Concept;
import org.chancery.language.Sense;
import org.chancery.language.Token;
import org.chancery.territory.TerritoryId;

/**
 * Whose envoy a claim is about, read around the rank word: its owner stands right before it
 * ("U.S. Ambassador", "Soviet ambassador", "Israel's ambassador") or right after it in the
 * genitive ("посол США", "послом СССР"); its post after "to", "in", "в" ("to Denmark", "in
 * Washington", "в Вашингтоне"). Another state's envoy to the United States is not in the
 * record of U.S. chiefs of mission.
 */
final class Envoys {
    /**
     * What the words around a rank say: its owner and post (null when not said), whether "first", the rank;
     * {@code ours}: the owner is said as "our"/"наш", the post's sender's, and is null when no sender is known.
     */
    record Reading(int rank, TerritoryId owner, TerritoryId post, boolean first, String role, String named, boolean ours) {
        boolean foreign() {
            return owner != null && !owner.equals(TerritoryId.UNITED_STATES) && (post == null || post.equals(TerritoryId.UNITED_STATES));
        }

        /** A mission whose owner is not said that stands in the United States ("Cuba opened an interests section in Washington") is another state's. */
        boolean inTheUnitedStates() {
            return owner == null && TerritoryId.UNITED_STATES.equals(post);
        }
    }

    private Envoys() {
    }

    /** The rank nearest the action in the sentence, and what stands around it; null when no rank is named. */
    /** How many tokens from its action a rank word may stand. */
    static final int REACH = 16;

    static Reading read(List<Token> tokens, Sentence s, int action, List<Mention> places, TerritoryId sender) {
        return read(tokens, s, action, places, sender, Category.RANK);
    }

    /**
     * Whose mission a mission claim is about, read around the mission word as around a rank:
     * "the Soviet embassy", "посольство СССР в Вашингтоне", "the U.S. Embassy in Moscow". A capital
     * right after the word is where the mission stands, not whose it is ("Embassy Belgrade").
     */
    static Reading mission(List<Token> tokens, Sentence s, int action, List<Mention> places, TerritoryId sender) {
        return read(tokens, s, action, places, sender, Category.MISSION);
    }

    private static Reading read(List<Token> tokens, Sentence s, int action, List<Mention> places, TerritoryId sender, Category word) {
        int rank = -1;
        for (int d = 0; d <= REACH && rank < 0; d++) {
            if (action + d < s.to() && tokens.get(action + d).is(word)) rank = action + d;
            else if (action - d >= s.from() && tokens.get(action - d).is(word)) rank = action - d;
        }
        if (rank < 0) return null;
        Token r = tokens.get(rank);
        TerritoryId owner = null;
        TerritoryId post = null;
        boolean first = false;
        boolean ours = false;
        for (int k = rank - 1; k >= Math.max(s.from(), rank - 4); k--) {
            Token w = tokens.get(k);
            if (w.has(Concept.OUR)) {
                // "our first ambassador": the sender's; with no sender known, nobody's
                ours = true;
                if (owner == null) owner = sender;
                break;
            }
            Sense ord = w.sense(Category.ORDINAL);
            if (ord != null && ord.arg() == 1) first = true;
            Mention m = placeAt(places, w);
            if (m != null && owner == null) owner = m.territory();
            if (!(w.isPunct('.') || w.isPunct('\'') || w.isPunct('’') || w.has(Concept.ARTICLE) || w.has(Concept.ITS)
                    || w.is(Category.ORDINAL) || w.is(Category.MODIFIER) || m != null)) break;
        }
        boolean afterTo = false;
        for (int k = rank + 1; k < Math.min(s.to(), rank + 7); k++) {
            Token w = tokens.get(k);
            Mention m = placeAt(places, w);
            if (m != null) {
                if (word == Category.MISSION && !afterTo && m.how() == Mention.How.CAPITAL && post == null) post = m.territory();
                else if (afterTo && post == null) post = m.territory();
                else if (!afterTo && owner == null && !ours && k <= rank + 2) owner = m.territory();
                else if (!afterTo) break;
                continue;
            }
            if (w.has(Concept.TO) || w.has(Concept.IN) || w.has(Concept.AT)) afterTo = true;
            else if (!w.has(Concept.ARTICLE) && !w.isPunct('.') && !w.is(word)) break;
        }
        return new Reading(rank, owner, post, first, role(r), named(tokens, s, rank, places), ours);
    }

    /**
     * The name standing as the subject right before the action ("Andrei Dashkov presented", "Андрей
     * Дашков вручил"): up to three capitalised words the lexicon does not know and no place; null when none.
     */
    static String subject(List<Token> tokens, Sentence s, int action, List<Mention> places) {
        int k = action - 1;
        while (k >= s.from() && action - k <= 3) {
            Token w = tokens.get(k);
            if (!w.isWord() || !w.capitalized() || !w.senses().isEmpty() || placeAt(places, w) != null) break;
            k--;
        }
        if (k == action - 1) return null;
        return tokens.get(k + 1).text() + (action - 1 > k + 1 ? " " + tokens.get(action - 1).text() : "");
    }

    private static Mention placeAt(List<Mention> places, Token w) {
        for (Mention m : places) if (m.start() <= w.start() && w.end() <= m.end()) return m;
        return null;
    }

    private static String role(Token rank) {
        if (rank.has(Concept.AMBASSADOR)) return "ambassador";
        if (rank.has(Concept.CHARGE)) return "chargé";
        if (rank.has(Concept.MINISTER) || rank.has(Concept.MINISTER_RESIDENT) || rank.has(Concept.ENVOY)
                || rank.has(Concept.PLENIPOTENTIARY)) return "minister";
        return rank.senses().get(0).concept().name().toLowerCase(Locale.ROOT);
    }

    /**
     * A name standing right after the rank ("Ambassador Smith", "Amb. Rahm Emanuel", "посол
     * Буллит") or set beside it between commas ("today's ambassador, Nicholas Burns,"), resolved or not, so that the verdict compares it with the record's holder of the
     * post instead of taking the post's holder for it.
     */
    private static String named(List<Token> tokens, Sentence s, int rank, List<Mention> places) {
        int k = rank + 1;
        if (k < s.to() && tokens.get(k).isPunct('.')) k++;
        // "today's ambassador, Nicholas Burns, was appointed": the name set beside the rank between commas
        boolean beside = k < s.to() && tokens.get(k).isPunct(',');
        if (beside) k++;
        int from = k;
        while (k < s.to() && k - from < 3) {
            Token w = tokens.get(k);
            if (!w.isWord() || !w.capitalized() || !w.senses().isEmpty() || placeAt(places, w) != null) break;
            k++;
        }
        if (k == from || beside && (k >= s.to() || !tokens.get(k).isPunct(','))) return null;
        return tokens.get(from).text() + (k - 1 > from ? " " + tokens.get(k - 1).text() : "");
    }
}
