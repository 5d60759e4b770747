package org.chancery.claim;

import java.util.List;
import org.chancery.territory.TerritoryId;

/**
 * A text about two states other than the United States goes on about them: after "the USSR and
 * Israel first established diplomatic relations in May 1948", "Moscow broke off ties in June 1967"
 * is Moscow breaking with Israel, "Our first ambassador in Moscow" (after India and the Soviet
 * Union) is India's, and "exchanged ambassadors" (after Egypt and Israel) is between them. Only
 * when the claim's own words do not name the United States (no "U.S.", "Washington", "American
 * ambassador") nor does the text near it, and the state it names is one of the pair of the claim
 * just before.
 */
final class Discourse {
    /** How far, in characters, the claim before may stand. */
    static final int REACH = 2 * Near.REACH;

    private Discourse() {
    }

    /**
     * @param pairs what the claim's own words gave: one pair with the United States is replaced
     *              by the pair of the claim before when that pair holds its other state and not the United States
     */
    static List<List<TerritoryId>> pairOf(List<List<TerritoryId>> pairs, List<Found> earlier, List<Mention> places, int at) {
        if (pairs.size() != 1 || earlier.isEmpty() || !pairs.get(0).contains(TerritoryId.UNITED_STATES)) return pairs;
        Found before = earlier.get(earlier.size() - 1);
        if (before.parties().contains(TerritoryId.UNITED_STATES) || at - before.end() > REACH) return pairs;
        // "США признали ... и установили отношения с Казахстаном": a text that names the United States near is about it
        for (Mention m : Near.within(places, Mention::start, Math.max(0, before.start() - Near.REACH), at)) {
            if (m.territory().equals(TerritoryId.UNITED_STATES)) return pairs;
        }
        List<TerritoryId> mine = pairs.get(0);
        TerritoryId other = mine.get(0).equals(TerritoryId.UNITED_STATES) ? mine.get(1) : mine.get(0);
        return before.parties().contains(other) ? List.of(before.parties()) : pairs;
    }
}
