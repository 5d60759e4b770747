package org.chancery.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.date.DateMention;
import org.chancery.language.Concept;
import org.chancery.language.Token;

/**
 * Having a mission says when it opened only from the date a "from" or "since" leads: "The U.S.
 * even had a legation in Honolulu from 1853", "has had an embassy in Tallinn since 1991". Having
 * it at a date ("had a legation in Honolulu in 1890"), or with no date, says nothing of its
 * opening: that claim is dropped.
 */
final class Holding {
    /** How many tokens after the verb the "from" may stand. */
    private static final int REACH = 12;

    private Holding() {
    }

    /** Drops each claim of having a mission with no date led by "from"/"since", before dates go to the actions. */
    static void keepStarts(List<Token> tokens, Sentence s, List<Triggers.Trigger> triggers, List<DateMention> unitDates) {
        triggers.removeIf(t -> tokens.get(t.action()).has(Concept.HAVE) && startOf(tokens, s, t, unitDates) == null);
    }

    /** Dates each claim of having a mission kept by {@link #keepStarts} by its "from"/"since" date. */
    static void dateStarts(List<Token> tokens, Sentence s, List<Triggers.Trigger> triggers,
                           Map<Triggers.Trigger, List<DateMention>> datesOf, List<DateMention> unitDates) {
        for (Triggers.Trigger t : triggers) {
            if (tokens.get(t.action()).has(Concept.HAVE)) datesOf.put(t, new ArrayList<>(List.of(startOf(tokens, s, t, unitDates))));
        }
    }

    private static DateMention startOf(List<Token> tokens, Sentence s, Triggers.Trigger t, List<DateMention> unitDates) {
        int end = Math.min(s.to(), t.action() + REACH);
        for (DateMention d : unitDates) {
            int k = Near.lowerBound(tokens, Token::start, d.start());
            if (k <= t.action() || k >= end) continue;
            if (tokens.get(k - 1).has(Concept.FROM)) return d;
        }
        return null;
    }
}
