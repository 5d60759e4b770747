package org.chancery.anniversary;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.chancery.date.PartialDate;
import org.chancery.event.Event;
import org.chancery.relations.Disagreement;
import org.chancery.relations.PairSources;
import org.chancery.territory.TerritoryId;

/**
 * Finds the round anniversaries that fall in a window. A day-precision event has its
 * anniversary on the same day and month (an event of 29 February is remembered on 28 February
 * in other years); a month-precision event on its month; a year-precision event in its year.
 * A month or year anniversary is in the window when any day of that month or year is. Where the
 * two Wikipedia articles of a pair give different dates of the establishment, each date keeps its
 * anniversary (the claim checker supports either) and carries the disagreement, so every entry
 * names the other date and its source.
 */
public final class AnniversaryCalendar {
    private static final Comparator<Anniversary> ORDER = Comparator.comparing((Anniversary a) -> a.on().start())
            .thenComparing(a -> a.event().date()).thenComparing(a -> a.event().id());

    private AnniversaryCalendar() {
    }

    public static Calendar between(List<Event> events, Window window, AnniversaryRule rule) {
        List<Anniversary> days = new ArrayList<>();
        List<Anniversary> months = new ArrayList<>();
        List<Anniversary> years = new ArrayList<>();
        List<Event> told = PairSources.preferRecord(events);
        Map<List<TerritoryId>, Disagreement> disputed = Disagreement.byPair(told);
        for (Event e : told) {
            if (!rule.kinds().contains(e.kind())) continue;
            Disagreement d = disputed.get(e.parties());
            Disagreement about = d != null && d.concerns(e) ? d : null;
            if (rule.party() != null && !e.involves(rule.party())) continue;
            int first = Math.max(window.from().getYear(), e.date().year() + 1);
            for (int y = first; y <= window.to().getYear(); y++) {
                int n = y - e.date().year();
                if (!rule.isRound(n)) continue;
                PartialDate on = on(e.date(), y);
                if (on.end().isBefore(window.from()) || on.start().isAfter(window.to())) continue;
                Anniversary a = new Anniversary(e, n, on, about);
                switch (on.precision()) {
                    case DAY -> days.add(a);
                    case MONTH -> months.add(a);
                    case YEAR -> years.add(a);
                }
            }
        }
        days.sort(ORDER);
        months.sort(ORDER);
        years.sort(ORDER);
        return new Calendar(window, rule, List.copyOf(days), List.copyOf(months), List.copyOf(years));
    }

    /** The anniversary of a date in a given year, at the date's own precision. */
    static PartialDate on(PartialDate d, int year) {
        return switch (d.precision()) {
            case YEAR -> PartialDate.ofYear(year);
            case MONTH -> PartialDate.ofMonth(year, d.month());
            case DAY -> PartialDate.of(MonthDay.of(d.month(), d.day()).atYear(year));
        };
    }

    /** Day-precision events whose anniversary falls on this day of the year, any number of years ago. */
    public static List<Event> onDay(List<Event> events, LocalDate day) {
        return events.stream().filter(e -> e.date().precision() == org.chancery.date.Precision.DAY)
                .filter(e -> e.date().year() < day.getYear())
                .filter(e -> on(e.date(), day.getYear()).start().equals(day)).toList();
    }

}
