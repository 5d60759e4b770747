package org.chancery.importer.visits;

import java.nio.file.Path;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.record.Dataset;
import org.chancery.xml.Dom;
import org.chancery.record.Finding;
import org.chancery.importer.Progress;
import org.chancery.importer.XmlFiles;
import org.chancery.xml.SafeXml;
import org.chancery.importer.TerritoryBuilder;
import org.chancery.person.PersonId;
import org.chancery.territory.TerritoryId;
import org.w3c.dom.Element;

/** Reads visits of foreign leaders to the U.S. and U.S. leaders' travels abroad. */
public final class VisitsImporter {
    private VisitsImporter() {
    }

    public static void importVisits(Dataset data, Path visitsDir, Progress progress) {
        List<Path> files = XmlFiles.in(visitsDir.resolve("data"));
        List<org.w3c.dom.Document> docs = SafeXml.parseAll(files);
        int i = 0;
        for (Path f : files) {
            progress.step("visits", ++i, files.size());
            Element root = docs.get(i - 1).getDocumentElement();
            for (Element v : Dom.children(root, "visit")) {
                String id = Dom.text(v, "id");
                Element from = Dom.child(v, "from");
                String location = "data/" + f.getFileName() + "#" + id;
                PartialDate start = date(Dom.text(v, "start-date"));
                if (id == null || from == null || from.getAttribute("id").isBlank() || start == null) {
                    data.findings().add(new Finding("visits", location, "visit without id, territory or start date: skipped"));
                    continue;
                }
                TerritoryId t = territory(data, from.getAttribute("id"), Dom.normalized(from.getTextContent()));
                String visitor = Dom.text(v, "visitor");
                String description = Dom.text(v, "description");
                String title = visitor + " of " + Dom.normalized(from.getTextContent()) + " visits the United States";
                String quote = title + " (" + start + (Dom.text(v, "end-date") == null ? "" : " to " + Dom.text(v, "end-date")) + ")."
                        + (description == null ? "" : " " + description);
                Citation c = new Citation("visits", "data/" + f.getFileName(), id, quote,
                        "https://history.state.gov/departmenthistory/visits/" + from.getAttribute("id"));
                data.events().add(new Event("visits:" + id, EventKind.VISIT, List.of(TerritoryId.UNITED_STATES, t), List.of(),
                        start, title, quote, c));
            }
        }
    }

    public static void importTravels(Dataset data, Path travelsDir, Progress progress) {
        readTrips(data, travelsDir, "president-travels", "president", progress);
        readTrips(data, travelsDir, "secretary-travels", "secretary", progress);
    }

    private static void readTrips(Dataset data, Path travelsDir, String folder, String role, Progress progress) {
        List<Path> files = XmlFiles.in(travelsDir.resolve(folder));
        List<org.w3c.dom.Document> docs = SafeXml.parseAll(files);
        int i = 0;
        for (Path f : files) {
            progress.step("travels " + role, ++i, files.size());
            Element root = docs.get(i - 1).getDocumentElement();
            for (Element trip : Dom.children(root, "trip")) {
                String id = Dom.text(trip, "id");
                Element country = Dom.child(trip, "country");
                PartialDate start = date(Dom.text(trip, "start-date"));
                String location = folder + "/" + f.getFileName() + "#" + id;
                if (id == null || country == null || country.getAttribute("id").isBlank() || start == null) {
                    data.findings().add(new Finding("travels", location, "trip without id, country or start date: skipped"));
                    continue;
                }
                String countryName = Dom.normalized(country.getTextContent());
                TerritoryId t = territory(data, country.getAttribute("id"), countryName);
                String who = trip.getAttribute("who");
                String name = Dom.text(trip, "name");
                String title = ("president".equals(role) ? "President " : "Secretary of State ") + name + " visits " + countryName;
                String remarks = Dom.text(trip, "remarks");
                String locale = Dom.text(trip, "locale");
                String quote = title + (locale == null ? "" : " (" + locale + ")") + ", " + start
                        + (Dom.text(trip, "end-date") == null ? "" : " to " + Dom.text(trip, "end-date")) + "."
                        + (remarks == null ? "" : " " + remarks);
                List<PersonId> persons = who.matches("[a-z0-9]+([-_.][a-z0-9]+)*") && data.persons().containsKey(new PersonId(who))
                        ? List.of(new PersonId(who)) : List.of();
                String section = "president".equals(role) ? "presidents" : "secretaries";
                Citation c = new Citation("travels", folder + "/" + f.getFileName(), id, quote,
                        "https://history.state.gov/departmenthistory/travels/" + section + "/" + (who.isBlank() ? "" : who));
                data.events().add(new Event("travels:" + id, EventKind.VISIT, List.of(TerritoryId.UNITED_STATES, t), persons,
                        start, title, quote, c));
            }
        }
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
