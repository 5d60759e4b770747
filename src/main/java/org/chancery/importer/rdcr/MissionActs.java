package org.chancery.importer.rdcr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.chancery.date.DateMention;
import org.chancery.date.PartialDate;
import org.chancery.date.Precision;
import org.chancery.date.ProseDates;
import org.chancery.event.EventKind;
import org.chancery.importer.rdcr.EntryGrammar.Mention;
import org.chancery.language.Category;
import org.chancery.language.Lexicon;
import org.chancery.language.Token;

/**
 * The opening or closing of a mission that an entry about relations states beside its own event:
 * "Relations Interrupted, 1975": "The United States closed the Embassy in Saigon and evacuated all
 * Embassy personnel on April 29, 1975"; "Relations Resumed, 1995": "... The opening of Embassy
 * Hanoi took place on August 6." The record holds the act, so the record keeps it as an event of
 * the pair.
 *
 * <p>An act is the entry's only when its words affirm it (not denied, supposed or planned: "agreeing
 * to ... open embassies", "had planned to open", "never opened") and it has a day: a day of its
 * own clause (a day without a year takes the entry's year), or, with no date of its own, the
 * entry's day, when its clause holds the date that dates the entry or stands in the sentence of
 * the clause that does ("severed relations ..., and closed Embassy Belgrade"). Acts dated only to a
 * month or a year, or in a sentence of their own without a date, are left out: the prose does not
 * say when they happened.
 */
final class MissionActs {
    /** The kinds of entry whose prose may state a mission act beside its own event. */
    private static final Set<EventKind> RELATIONS = Set.of(EventKind.RECOGNITION, EventKind.RELATIONS_ESTABLISHED,
            EventKind.RELATIONS_RESUMED, EventKind.RELATIONS_SEVERED);
    private static final Set<EventKind> ACTS = Set.of(EventKind.MISSION_OPENED, EventKind.MISSION_CLOSED);

    /** A mission act: its kind, its day, and where its action word stands in the prose. */
    record Act(EventKind kind, PartialDate date, int at) {
    }

    private MissionActs() {
    }

    /**
     * The mission acts the entry states beside its own event: empty for most entries.
     *
     * @param reading the entry's reading (its kind, the mentions that state it, its prose as read)
     * @param dated   the entry's date and where it stands in the prose (-1 when the head's year gave it)
     */
    static List<Act> within(KindRules.Reading reading, TimelineDating.Dated dated) {
        List<Act> out = new ArrayList<>();
        if (reading.negated() || !RELATIONS.contains(reading.kind())) return out;
        String prose = reading.prose().text();
        List<DateMention> dates = reading.prose().eventDates();
        List<DateMention> yearless = ProseDates.daysWithoutYear(prose, dated.date().year());
        List<Mention> first = dated.position() < 0 ? List.of()
                : reading.stated().stream().filter(m -> TimelineDating.own(dates, m).stream().anyMatch(d -> d.start() == dated.position())).toList();
        List<Mention> mentions = reading.prose().mentions();
        for (Mention m : mentions) {
            if (!ACTS.contains(m.kind()) || !m.affirmed() || out.stream().anyMatch(a -> a.kind() == m.kind())) continue;
            PartialDate day = day(m, mentions, dates, yearless, first, dated, endsAPeriod(prose, m));
            if (day != null) out.add(new Act(m.kind(), day, m.at()));
        }
        return out;
    }

    /** The act's day, or null when the prose gives it none. */
    private static PartialDate day(Mention m, List<Mention> mentions, List<DateMention> dates, List<DateMention> yearless,
                                   List<Mention> first, TimelineDating.Dated dated, boolean endsAPeriod) {
        // "served ... until the Embassy closed": the act ends a period, the prose does not date it
        if (endsAPeriod) return null;
        boolean beside = first.stream().anyMatch(f -> f.sentenceStart() == m.sentenceStart());
        List<DateMention> own = new ArrayList<>(TimelineDating.own(dates, m));
        own.addAll(TimelineDating.in(yearless, m));
        if (!own.isEmpty()) {
            // its own clause dates it: the day said nearest the act, when no other act stands nearer that day
            // ("who on May 28, 1794, was appointed ..., arrived to open": the day is the appointment's), unless
            // that day is the entry's own ("broke relations ... and withdrew its Embassy staff", "That same day, the
            // United States established the American Embassy"); a month or a
            // year does not say when
            DateMention nearest = own.stream().min(Comparator.comparingInt(d -> distance(d, m.at()))).orElseThrow();
            Mention nearer = mentions.stream().filter(o -> o.at() != m.at() && distance(nearest, o.at()) < distance(nearest, m.at()))
                    .min(Comparator.comparingInt(o -> distance(nearest, o.at()))).orElse(null);
            boolean ownDay = nearer == null || (beside || m.thatDate()) && nearest.start() == dated.position();
            return nearest.date().precision() == Precision.DAY && ownDay ? nearest.date() : null;
        }
        if (dated.date().precision() != Precision.DAY) return null;
        return beside ? dated.date() : null;
    }

    private static int distance(DateMention d, int at) {
        return at < d.start() ? d.start() - at : Math.max(0, at - d.end());
    }

    /** "until the Embassy closed": a word of "until" just before the act, in its clause. */
    private static boolean endsAPeriod(String prose, Mention m) {
        List<Token> ts = Lexicon.standard().read(prose.substring(m.clauseStart(), m.at()));
        for (int i = ts.size() - 1; i >= Math.max(0, ts.size() - 4); i--) if (ts.get(i).is(Category.UNTIL)) return true;
        return false;
    }
}
