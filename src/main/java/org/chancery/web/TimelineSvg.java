package org.chancery.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chancery.event.Event;
import org.chancery.mission.MissionKind;
import org.chancery.mission.MissionStatus;
import org.chancery.relations.RelationRules;
import org.chancery.relations.RelationState;

/**
 * A pair's history drawn as a band: periods of no relations, recognition, relations and
 * severance as coloured spans (the same rules as the relations question), and each event as a
 * mark carrying its date, title and citation for hover or tap.
 */
final class TimelineSvg {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 100;

    private TimelineSvg() {
    }

    static boolean isRelationsEvent(Event e) {
        return e.kind().isRelationsKind();
    }

    static String draw(List<Event> all, LocalDate today) {
        return draw(all, today, List.of());
    }

    /** With a second, thin band under the relations: the kind of U.S. mission in each period. */
    static String draw(List<Event> all, LocalDate today, List<MissionStatus> missions) {
        List<Event> events = all.stream().filter(TimelineSvg::isRelationsEvent).toList();
        if (events.isEmpty()) return "<p>No relations events on record for this pair.</p>";
        int y0 = events.get(0).date().year() - 5;
        int y1 = today.getYear() + 1;
        StringBuilder b = new StringBuilder("<figure class=\"timeline\"><svg viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" role=\"img\" aria-label=\"Timeline of relations\" preserveAspectRatio=\"none\">");
        // periods: the state from each change to the next
        List<LocalDate> cuts = new ArrayList<>();
        cuts.add(LocalDate.of(y0, 1, 1));
        events.forEach(e -> cuts.add(e.date().start()));
        cuts.add(LocalDate.of(y1, 1, 1));
        for (int i = 0; i + 1 < cuts.size(); i++) {
            LocalDate from = cuts.get(i);
            LocalDate to = cuts.get(i + 1);
            if (!to.isAfter(from)) continue;
            RelationState st = RelationRules.stateOn(events, from, events.get(0).parties().get(0), events.get(0).parties().get(1)).state();
            double x = x(from, y0, y1);
            b.append("<rect class=\"period ").append(st.slug()).append("\" x=\"").append(fmt(x)).append("\" y=\"30\" width=\"")
                    .append(fmt(Math.max(0.5, x(to, y0, y1) - x))).append("\" height=\"30\"><title>").append(Html.esc(st.description()))
                    .append(" from ").append(from).append("</title></rect>");
        }
        for (Event e : events) {
            double x = x(e.date().start(), y0, y1);
            b.append("<a href=\"").append(Html.esc(e.citation().url())).append("\" class=\"mark\" data-date=\"").append(e.date())
                    .append("\" data-title=\"").append(Html.esc(e.title())).append("\" data-quote=\"").append(Html.esc(e.citation().quote()))
                    .append("\"><circle cx=\"").append(fmt(x)).append("\" cy=\"45\" r=\"6\" class=\"").append(e.kind().slug())
                    .append("\"><title>").append(e.date()).append(" ").append(Html.esc(e.title())).append("</title></circle></a>");
        }
        for (MissionStatus m : missions) {
            LocalDate from = m.from().isBefore(LocalDate.of(y0, 1, 1)) ? LocalDate.of(y0, 1, 1) : m.from();
            LocalDate to = m.to() == null ? LocalDate.of(y1, 1, 1) : m.to().plusDays(1);
            double x = x(from, y0, y1);
            b.append("<rect class=\"mission ").append(m.kind().slug()).append("\" x=\"").append(fmt(x)).append("\" y=\"64\" width=\"")
                    .append(fmt(Math.max(0.5, x(to, y0, y1) - x))).append("\" height=\"8\"><title>").append(Html.esc(m.kind().description()))
                    .append(m.protectingPower() == null ? "" : " (protecting power: " + Html.esc(m.protectingPower()) + ")")
                    .append(" from ").append(m.from()).append("</title></rect>");
        }
        for (int y = (y0 / 50 + 1) * 50; y < y1; y += 50) {
            double x = x(LocalDate.of(y, 1, 1), y0, y1);
            b.append("<text x=\"").append(fmt(x)).append("\" y=\"90\" class=\"year\">").append(y).append("</text>");
        }
        b.append("</svg><figcaption><span class=\"key none\">no relations</span><span class=\"key recognized\">recognized</span>")
                .append("<span class=\"key diplomatic-relations\">diplomatic relations</span><span class=\"key severed\">severed</span>");
        if (!missions.isEmpty()) {
            b.append("<br>U.S. mission (thin band): ");
            for (MissionKind k : MissionKind.values()) {
                b.append("<span class=\"key mission ").append(k.slug()).append("\">").append(Html.esc(k.description())).append("</span>");
            }
        }
        b.append("</figcaption></figure>");
        return b.toString();
    }

    private static double x(LocalDate d, int y0, int y1) {
        double span = LocalDate.of(y1, 1, 1).toEpochDay() - LocalDate.of(y0, 1, 1).toEpochDay();
        return 10 + (WIDTH - 20) * (d.toEpochDay() - LocalDate.of(y0, 1, 1).toEpochDay()) / span;
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
