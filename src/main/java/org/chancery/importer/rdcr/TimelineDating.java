package org.chancery.importer.rdcr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.date.DateMention;
import org.chancery.date.PartialDate;
import org.chancery.date.ProseDates;
import org.chancery.importer.rdcr.EntryGrammar.Mention;
import org.chancery.language.Concept;
import org.chancery.language.Token;

/**
 * Dates an rdcr timeline entry. The head carries a year ("..., 1933."), the prose the exact
 * date. The entry's date is the date of the clause that states its event ("The U.S. Embassy
 * reopened in May 2001", not the ambassador appointed on November 26, 2001), the most precise one
 * in the head's year ("that same day" takes the date said before it); when the sentence that states
 * the event dates only other acts ("recognized the United States when it accepted the credentials of
 * ..., who was appointed ... on May 20, 1796"), the head's year. Otherwise, the first of the most
 * precise dates in the head's year (the act that made it:
 * credentials presented, a post's first consul). A head without a year takes the event's clause's
 * date, else the first date in the prose. A date that names something ("the Convention of 1827",
 * "the November 7, 1917, Bolshevik Revolution") does not date the entry.
 */
public final class TimelineDating {
    private TimelineDating() {
    }

    /** The date and where in the prose it stands (position -1 when it came from the head alone). */
    public record Dated(PartialDate date, int position) {
    }

    /** Dates an entry from the head's year and the prose alone (no event read). */
    public static Optional<Dated> date(Integer headYear, String prose) {
        return date(headYear, prose, null);
    }

    static Optional<Dated> date(Integer headYear, String prose, KindRules.Reading reading) {
        String text = prose == null ? "" : prose;
        // the reading read this prose already; read alone, the prose is read here
        Prose read = reading != null && reading.prose().text().equals(text) ? reading.prose() : Prose.read(text);
        List<DateMention> dates = read.eventDates();
        if (reading != null && reading.negated() && headYear != null) return Optional.of(new Dated(PartialDate.ofYear(headYear), -1));
        if (reading != null && !reading.stated().isEmpty() && headYear == null) {
            // without the head's year, the first clause that states the event and has a date, even a date that names something
            for (Mention m : reading.stated()) {
                List<DateMention> own = own(dates, m);
                if (own.isEmpty()) own = in(read.all(), m);
                if (!own.isEmpty()) return Optional.of(new Dated(own.get(0).date(), own.get(0).start()));
            }
        }
        if (reading != null && !reading.stated().isEmpty() && headYear != null) {
            DateMention best = best(dates, reading.stated(), headYear);
            if (best == null) best = best(dates, reading.agreed(), headYear);
            if (best != null) return Optional.of(new Dated(best.date(), best.start()));
            // the sentence that states the event dates something else ("recognized ... when it accepted the
            // credentials of ..., who was appointed ... on May 20, 1796"; "interrupted following the
            // November 7, 1917, Bolshevik Revolution"): the record does not give the event's own date
            List<DateMention> all = read.all();
            boolean datesAnother = reading.stated().stream().anyMatch(m -> all.stream()
                    .anyMatch(d -> d.start() >= m.sentenceStart() && d.end() <= m.sentenceEnd()));
            if (datesAnother) return Optional.of(new Dated(PartialDate.ofYear(headYear), -1));
        }
        if (headYear != null) {
            DateMention best = null;
            for (DateMention m : dates) {
                if (m.date().year() != headYear) continue;
                if (best == null || m.date().precision().compareTo(best.date().precision()) > 0) best = m;
            }
            if (best != null) return Optional.of(new Dated(best.date(), best.start()));
            return Optional.of(new Dated(PartialDate.ofYear(headYear), -1));
        }
        List<DateMention> any = dates.isEmpty() ? read.all() : dates;
        return any.stream().findFirst().map(m -> new Dated(m.date(), m.start()));
    }

    /** The most precise date of the head's year in the mentions' spans. */
    private static DateMention best(List<DateMention> dates, List<Mention> mentions, int headYear) {
        DateMention best = null;
        Mention at = null;
        for (Mention m : mentions) {
            for (DateMention d : own(dates, m)) {
                if (d.date().year() != headYear) continue;
                if (best == null || better(d, best, m, at)) {
                    best = d;
                    at = m;
                }
            }
        }
        return best;
    }

    /** More precise wins; at equal precision, the date nearer its event's word. */
    private static boolean better(DateMention d, DateMention best, Mention m, Mention bestAt) {
        int c = d.date().precision().compareTo(best.date().precision());
        if (c != 0) return c > 0;
        return m == bestAt && Math.abs(d.start() - m.at()) < Math.abs(best.start() - m.at());
    }

    /** The dates that date a mention: those of its clause, or for "that same day" with none, the date said last before it. */
    static List<DateMention> own(List<DateMention> dates, Mention m) {
        List<DateMention> in = in(dates, m);
        if (!in.isEmpty() || !m.thatDate()) return in;
        DateMention before = null;
        for (DateMention d : dates) if (d.end() <= m.clauseStart()) before = d;
        return before == null ? List.of() : List.of(before);
    }

    /** The dates within a mention's clause. */
    static List<DateMention> in(List<DateMention> dates, Mention m) {
        return dates.stream().filter(d -> d.start() >= m.clauseStart() && d.end() <= m.clauseEnd()).toList();
    }

    /**
     * The dates of a prose that can date an event: not those that name something ("the Convention of 1827").
     *
     * @param all    every date the prose mentions ({@link ProseDates#find})
     * @param tokens the prose's tokens
     */
    static List<DateMention> eventDates(List<DateMention> all, List<Token> tokens) {
        List<DateMention> out = new ArrayList<>();
        if (all.isEmpty()) return out;
        int k = 0;
        for (DateMention d : all) {
            while (k + 1 < tokens.size() && tokens.get(k + 1).end() <= d.start()) k++;
            Token before = k < tokens.size() && tokens.get(k).end() <= d.start() ? tokens.get(k) : null;
            boolean names = before != null && (before.has(Concept.ARTICLE) || before.has(Concept.OF));
            if (!names) out.add(d);
        }
        return out;
    }
}
