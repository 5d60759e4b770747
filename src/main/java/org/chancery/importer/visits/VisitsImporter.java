package org.chancery.importer.visits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.record.Dataset;
import org.chancery.xml.Dom;
import org.chancery.record.Finding;
import org.chancery.importer.XmlFiles;
import org.chancery.xml.SafeXml;
import org.chancery.xml.XmlElement;
import org.chancery.importer.TerritoryBuilder;
import org.chancery.person.PersonId;
import org.chancery.territory.TerritoryId;

/** Reads visits of foreign leaders to the U.S. and U.S. leaders' travels abroad. */
public final class VisitsImporter {
    private static final Pattern PERSON_ID = Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");

    private VisitsImporter() {
    }

    /** A folder's XML files in order, with their documents. */
    record Folder(List<Path> files, List<XmlElement> roots) {
        static final Folder NONE = new Folder(List.of(), List.of());

        static Folder of(Path dir) {
            List<Path> files = XmlFiles.in(dir);
            return new Folder(files, SafeXml.roots(files));
        }
    }

    /** The visits' and the travels' files as parsed; nothing is read from them yet, so they may be parsed beside other sources. */
    public record Parsed(Folder visits, Folder presidents, Folder secretaries) {
    }

    /** Parses the visits' {@code data} folder and the travels' two folders; an absent visits or travels folder reads as none. */
    public static Parsed parse(Path visitsDir, Path travelsDir) {
        Path visits = visitsDir.resolve("data");
        boolean travels = Files.isDirectory(travelsDir);
        return new Parsed(Files.isDirectory(visits) ? Folder.of(visits) : Folder.NONE,
                travels ? Folder.of(travelsDir.resolve("president-travels")) : Folder.NONE,
                travels ? Folder.of(travelsDir.resolve("secretary-travels")) : Folder.NONE);
    }

    /** Adds the visits, then the travels, to the dataset: their territories where it has none, their travellers among its persons. */
    public static void addTo(Dataset data, Parsed parsed) {
        addVisits(data, parsed.visits());
        addTrips(data, parsed.presidents(), "president-travels", "president");
        addTrips(data, parsed.secretaries(), "secretary-travels", "secretary");
    }

    private static void addVisits(Dataset data, Folder folder) {
        for (int i = 0; i < folder.files().size(); i++) {
            Path f = folder.files().get(i);
            XmlElement root = folder.roots().get(i);
            for (XmlElement v : root.children("visit")) addVisit(data, f, v);
        }
    }

    /** One visit; a method of its own, which the JIT compiles early, rather than the body of a loop run 3,000 times. */
    private static void addVisit(Dataset data, Path f, XmlElement v) {
        String id = v.text("id");
        XmlElement from = v.child("from");
        String location = "data/" + f.getFileName() + "#" + id;
        PartialDate start = date(v.text("start-date"));
        if (id == null || from == null || from.attribute("id").isBlank() || start == null) {
            data.findings().add(new Finding("visits", location, "visit without id, territory or start date: skipped"));
            return;
        }
        TerritoryId t = territory(data, from.attribute("id"), Dom.normalized(from.text()));
        String visitor = v.text("visitor");
        String description = v.text("description");
        String title = visitor + " of " + Dom.normalized(from.text()) + " visits the United States";
        String quote = title + " (" + start + (v.text("end-date") == null ? "" : " to " + v.text("end-date")) + ")."
                + (description == null ? "" : " " + description);
        Citation c = new Citation("visits", "data/" + f.getFileName(), id, quote,
                "https://history.state.gov/departmenthistory/visits/" + from.attribute("id"));
        data.events().add(new Event("visits:" + id, EventKind.VISIT, List.of(TerritoryId.UNITED_STATES, t), List.of(),
                start, title, quote, c));
    }

    private static void addTrips(Dataset data, Folder trips, String folder, String role) {
        for (int i = 0; i < trips.files().size(); i++) {
            Path f = trips.files().get(i);
            XmlElement root = trips.roots().get(i);
            for (XmlElement trip : root.children("trip")) addTrip(data, f, trip, folder, role);
        }
    }

    private static void addTrip(Dataset data, Path f, XmlElement trip, String folder, String role) {
        String id = trip.text("id");
        XmlElement country = trip.child("country");
        PartialDate start = date(trip.text("start-date"));
        String location = folder + "/" + f.getFileName() + "#" + id;
        if (id == null || country == null || country.attribute("id").isBlank() || start == null) {
            data.findings().add(new Finding("travels", location, "trip without id, country or start date: skipped"));
            return;
        }
        String countryName = Dom.normalized(country.text());
        TerritoryId t = territory(data, country.attribute("id"), countryName);
        String who = trip.attribute("who");
        String name = trip.text("name");
        String title = ("president".equals(role) ? "President " : "Secretary of State ") + name + " visits " + countryName;
        String remarks = trip.text("remarks");
        String locale = trip.text("locale");
        String quote = title + (locale == null ? "" : " (" + locale + ")") + ", " + start
                + (trip.text("end-date") == null ? "" : " to " + trip.text("end-date")) + "."
                + (remarks == null ? "" : " " + remarks);
        List<PersonId> persons = PERSON_ID.matcher(who).matches() && data.persons().containsKey(new PersonId(who))
                ? List.of(new PersonId(who)) : List.of();
        String section = "president".equals(role) ? "presidents" : "secretaries";
        Citation c = new Citation("travels", folder + "/" + f.getFileName(), id, quote,
                "https://history.state.gov/departmenthistory/travels/" + section + "/" + (who.isBlank() ? "" : who));
        data.events().add(new Event("travels:" + id, EventKind.VISIT, List.of(TerritoryId.UNITED_STATES, t), persons,
                start, title, quote, c));
    }

    private static TerritoryId territory(Dataset data, String id, String name) {
        TerritoryId t = new TerritoryId(id);
        data.territories().putIfAbsent(t, TerritoryBuilder.named(t, name));
        return t;
    }

    private static PartialDate date(String s) {
        if (s == null) return null;
        try {
            return PartialDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
