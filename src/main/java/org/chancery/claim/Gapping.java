package org.chancery.claim;

import java.util.List;
import org.chancery.date.DateMention;
import org.chancery.date.PartialDate;
import org.chancery.language.Concept;
import org.chancery.language.Token;
import org.chancery.territory.TerritoryId;

/**
 * A list whose items carry their own dates, the verb said once ("relations resumed: Estonia and
 * Latvia on 9/4, Lithuania on 9/6/1991"; "with Canada in 1926, Australia in 1939 and New Zealand
 * in 1942"; "Румыния и Болгария 13 декабря, Венгрия 15-го"): each state takes the date written
 * after it, before the next dated item; the last item with no date after it takes the one before.
 * Only when a date stands between two items of the list: one date before or after the whole list
 * ("In 1991 Estonia, Latvia and Lithuania ...") belongs to every item, as before.
 */
final class Gapping {
    private Gapping() {
    }

    /**
     * Between two listed states: only list glue (commas, "and"), dates and the prepositions that
     * introduce them ("on 9/4, ", " in 1926, "), and at least one date.
     */
    static boolean datedGlue(List<Token> tokens, List<DateMention> dates, int from, int to) {
        if (from >= to) return false;
        boolean dated = false;
        for (DateMention d : Near.within(dates, DateMention::start, from, to)) dated |= d.end() <= to;
        if (!dated) return false;
        int k = Near.lowerBound(tokens, Token::start, from);
        int d = Near.lowerBound(dates, DateMention::start, from);
        for (; k < tokens.size() && tokens.get(k).start() < to; k++) {
            Token t = tokens.get(k);
            while (d < dates.size() && dates.get(d).end() <= t.start()) d++;
            boolean inDate = d < dates.size() && dates.get(d).start() <= t.start() && t.end() <= dates.get(d).end();
            boolean glue = t.isPunct(',') || t.isPunct(';') || t.isPunct('&') || t.isPunct('.')
                    || t.has(Concept.AND) || t.has(Concept.ON) || t.has(Concept.IN) || t.has(Concept.ARTICLE);
            if (!inDate && !glue) return false;
        }
        return true;
    }

    /**
     * The date of one listed state, when the list is gapped; null when it is not, or no date of
     * the sentence follows or precedes it there.
     */
    static PartialDate dateOf(TerritoryId state, List<Mention> listed, List<DateMention> sentenceDates) {
        if (listed.size() < 2) return null;
        int first = listed.get(0).end();
        int last = listed.get(listed.size() - 1).start();
        boolean gapped = sentenceDates.stream().anyMatch(d -> d.start() >= first && d.end() <= last);
        if (!gapped) return null;
        for (int i = 0; i < listed.size(); i++) {
            Mention m = listed.get(i);
            if (!m.territory().equals(state)) continue;
            int limit = i + 1 < listed.size() ? Integer.MAX_VALUE : m.end() + Near.REACH;
            for (DateMention d : sentenceDates) if (d.start() >= m.end() && d.start() < limit) return d.date();
            DateMention before = null;
            for (DateMention d : sentenceDates) if (d.end() <= m.start() && d.start() >= first) before = d;
            return before == null ? null : before.date();
        }
        return null;
    }
}
