package org.chancery.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chancery.event.Event;
import org.chancery.mission.MissionStatus;
import org.chancery.relations.RelationRules;
import org.chancery.relations.RelationState;

/**
 * A pair's history laid out as a band: periods of no relations, recognition, relations and
 * severance as coloured spans (the same rules as the relations question), and each event as a
 * mark carrying its date, title and citation for hover or tap. {@code timeline.jte} draws it.
 */
final class TimelineSvg {
    static final int WIDTH = 1000;
    static final int HEIGHT = 100;

    private TimelineSvg() {
    }

    /** The laid-out picture; no marks means nothing to draw. */
    record Picture(int width, int height, List<Period> periods, List<Mark> marks, List<Year> years, List<Band> missions) {
        /** True when some period is one where the sources disagree, so the legend names that colour too. */
        public boolean disagrees() {
            return periods.stream().anyMatch(p -> RelationState.SOURCES_DISAGREE.slug().equals(p.state()));
        }
    }

    /** A span of one kind of U.S. mission, {@code kind} being its slug (the CSS class), in the thin band under the relations. */
    record Band(String kind, String x, String width, String title) {
    }

    /** A span of one state of relations, {@code state} being its slug (the CSS class). */
    record Period(String state, String x, String width, String title) {
    }

    record Mark(String url, String date, String title, String quote, String kind, String x) {
    }

    record Year(String x, int year) {
    }

    static boolean isRelationsEvent(Event e) {
        return e.kind().isRelationsKind();
    }

    static Picture layout(List<Event> all, LocalDate today) {
        return layout(all, today, List.of());
    }

    /** With the periods of the U.S. mission drawn as a thin band under the relations. */
    static Picture layout(List<Event> all, LocalDate today, List<MissionStatus> missions) {
        List<Event> events = all.stream().filter(TimelineSvg::isRelationsEvent).toList();
        if (events.isEmpty()) return new Picture(WIDTH, HEIGHT, List.of(), List.of(), List.of(), List.of());
        int y0 = events.get(0).date().year() - 5;
        int y1 = today.getYear() + 1;
        // periods: the state from each change to the next
        List<LocalDate> cuts = new ArrayList<>();
        cuts.add(LocalDate.of(y0, 1, 1));
        events.forEach(e -> cuts.add(e.date().start()));
        cuts.add(LocalDate.of(y1, 1, 1));
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            LocalDate from = cuts.get(i);
            LocalDate to = cuts.get(i + 1);
            if (!to.isAfter(from)) continue;
            RelationState st = RelationRules.stateOn(events, from, events.get(0).parties().get(0), events.get(0).parties().get(1)).state();
            double x = x(from, y0, y1);
            periods.add(new Period(st.slug(), fmt(x), fmt(Math.max(0.5, x(to, y0, y1) - x)), st.description() + " from " + from));
        }
        List<Mark> marks = events.stream().map(e -> new Mark(e.citation().url(), e.date().toString(), e.title(), e.citation().quote(),
                e.kind().slug(), fmt(x(e.date().start(), y0, y1)))).toList();
        List<Year> years = new ArrayList<>();
        for (int y = (y0 / 50 + 1) * 50; y < y1; y += 50) years.add(new Year(fmt(x(LocalDate.of(y, 1, 1), y0, y1)), y));
        List<Band> bands = new ArrayList<>();
        for (MissionStatus m : missions) {
            LocalDate from = m.from().isBefore(LocalDate.of(y0, 1, 1)) ? LocalDate.of(y0, 1, 1) : m.from();
            LocalDate to = m.to() == null ? LocalDate.of(y1, 1, 1) : m.to().plusDays(1);
            double x = x(from, y0, y1);
            bands.add(new Band(m.kind().slug(), fmt(x), fmt(Math.max(0.5, x(to, y0, y1) - x)), m.kind().description()
                    + (m.protectingPower() == null ? "" : " (protecting power: " + m.protectingPower() + ")") + " from " + m.from()));
        }
        return new Picture(WIDTH, HEIGHT, periods, marks, years, bands);
    }

    private static double x(LocalDate d, int y0, int y1) {
        double span = LocalDate.of(y1, 1, 1).toEpochDay() - LocalDate.of(y0, 1, 1).toEpochDay();
        return 10 + (WIDTH - 20) * (d.toEpochDay() - LocalDate.of(y0, 1, 1).toEpochDay()) / span;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
