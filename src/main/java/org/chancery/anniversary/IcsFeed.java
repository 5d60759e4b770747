package org.chancery.anniversary;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.DateTimeStamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.chancery.event.Citation;
import org.chancery.relations.Disagreement;
import org.chancery.territory.Gazetteer;

/**
 * The calendar as an iCalendar feed (RFC 5545), written by the biweekly library. Each
 * day-precision anniversary is an all-day event whose UID depends only on the event and the
 * number of years, so a subscribed calendar updates entries instead of duplicating them.
 * Month- and year-precision anniversaries are left out: a calendar entry needs a day, and
 * placing them on the 1st would claim a precision the record does not have.
 */
public final class IcsFeed {
    private IcsFeed() {
    }

    public static String write(Calendar calendar, Gazetteer gazetteer) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Chancery//Anniversaries of the diplomatic record//EN");
        ical.setName("Chancery: anniversaries of the diplomatic record");
        // DTSTAMP must be set; a fixed one keeps the feed byte-identical between runs on the same record
        Date stamp = Date.from(calendar.window().from().atStartOfDay(ZoneOffset.UTC).toInstant());
        for (Anniversary a : calendar.days()) ical.addEvent(event(a, gazetteer, stamp));
        return ical.write();
    }

    /** Problems the library's validator finds in the feed (RFC 5545 rules); empty when valid. */
    public static List<String> validate(String ics) {
        ICalendar parsed = biweekly.Biweekly.parse(ics).first();
        if (parsed == null) return List.of("not an iCalendar object");
        return parsed.validate(ICalVersion.V2_0).getWarnings().stream().map(Object::toString).toList();
    }

    private static VEvent event(Anniversary a, Gazetteer gazetteer, Date stamp) {
        VEvent ev = new VEvent();
        ev.setUid(a.uid());
        ev.setDateTimeStamp(new DateTimeStamp(stamp));
        LocalDate day = a.on().start();
        ev.setDateStart(new DateStart(allDay(day), false));
        ev.setDateEnd(new DateEnd(allDay(day.plusDays(1)), false));
        ev.setSummary(a.labelNoting() + ": " + a.event().title() + " (" + pair(a, gazetteer) + ")");
        Citation c = a.event().citation();
        StringBuilder sources = new StringBuilder();
        for (Citation ci : a.event().citations()) {
            sources.append(ci.needsAttribution() ? "Source: " + ci.record() + ", " + ci.credit() + "\n" + ci.url() + "\n"
                    : "Source: Office of the Historian, " + ci.dataset() + " " + ci.file() + ", " + ci.record() + "\n" + ci.url() + "\n");
        }
        String disputed = "";
        if (a.disagreement() != null) {
            // the other article's date is as much a source's word as this one: name it, and credit the article it comes from
            disputed = a.disagreement().statement() + ".\n";
            for (Disagreement.Account o : a.disagreement().besides(a.event().date())) {
                sources.append("Source: ").append(o.source()).append(", ").append(o.credit()).append('\n').append(o.url()).append('\n');
            }
        }
        ev.setDescription(a.event().kind().slug() + " on " + a.event().date() + ", " + a.years() + " years before.\n"
                + "“" + c.quote() + "”\n" + disputed + sources.toString().strip());
        ev.setUrl(c.url());
        ev.addCategories(a.event().kind().slug());
        return ev;
    }

    private static String pair(Anniversary a, Gazetteer gazetteer) {
        return String.join(" – ", a.event().parties().stream()
                .map(t -> gazetteer.byId(t).map(x -> x.nameOn(a.event().date().start(), "en")).orElse(t.value())).toList());
    }

    private static Date allDay(LocalDate d) {
        // biweekly writes a date-only value in the default time zone: build it there so the day is the day
        return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
