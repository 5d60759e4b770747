package org.chancery.importer.pocom;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.date.PartialDate;
import org.chancery.error.InvalidInputException;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.record.Dataset;
import org.chancery.record.Finding;
import org.chancery.importer.Progress;
import org.chancery.importer.XmlFiles;
import org.chancery.xml.SafeXml;
import org.chancery.importer.TerritoryBuilder;
import org.chancery.mission.ChiefRoles;
import org.chancery.mission.OfficeHeld;
import org.chancery.mission.Rank;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.person.PersonId;
import org.chancery.territory.TerritoryId;
import org.chancery.xml.XmlElement;

/** Reads pocom's people, role titles, chiefs of mission and principal officers. */
public final class PocomImporter {
    public static final String DATASET = "pocom";

    private PocomImporter() {
    }

    public static void importInto(Dataset data, Path pocomDir, Progress progress) {
        readPeople(data, pocomDir.resolve("people"), progress);
        // role titles and principal officers are optional: without them role ids stand as titles
        Path rolesDir = pocomDir.resolve("roles-country-chiefs");
        Map<String, String> roles = java.nio.file.Files.isDirectory(rolesDir) ? readRoles(rolesDir) : Map.of();
        List<Path> missions = XmlFiles.under(pocomDir.resolve("missions-countries"));
        Set<String> seenIds = new HashSet<>();
        int i = 0;
        List<XmlElement> docs = SafeXml.roots(missions);
        for (Path f : missions) {
            progress.step("pocom missions", ++i, missions.size());
            readMission(data, f, docs.get(i - 1), roles, seenIds);
        }
        Path principals = pocomDir.resolve("positions-principals");
        if (java.nio.file.Files.isDirectory(principals)) {
            Set<String> officeIds = new HashSet<>();
            List<Path> files = XmlFiles.under(principals);
            List<XmlElement> offices = SafeXml.roots(files);
            for (int k = 0; k < files.size(); k++) readPrincipals(data, files.get(k), offices.get(k), officeIds);
        }
    }

    static void readPeople(Dataset data, Path dir, Progress progress) {
        List<Path> files = XmlFiles.under(dir);
        progress.step("pocom people", 0, files.size());
        // some 4,300 small files: parsed on all cores, then taken in file order so the result is the same every run
        List<Object> read = files.parallelStream().map(f -> readPerson(dir, f)).toList();
        for (Object o : read) {
            if (o instanceof Person p) data.persons().put(p.id(), p);
            else data.findings().add((Finding) o);
        }
        progress.step("pocom people", files.size(), files.size());
    }

    /** A person, or the finding that says why the file holds none. */
    private static Object readPerson(Path dir, Path f) {
        XmlElement p = SafeXml.root(f);
        String id = p.text("id");
        if (id == null) return new Finding(DATASET, dir.relativize(f).toString(), "person without id: skipped");
        PersonId pid = new PersonId(id);
        return new Person(pid, p.text("persName/surname"), p.text("persName/forename"),
                p.text("birth"), p.text("death"));
    }

    static Map<String, String> readRoles(Path dir) {
        Map<String, String> roles = new HashMap<>();
        for (XmlElement r : SafeXml.roots(XmlFiles.under(dir))) {
            String id = r.text("id");
            String singular = r.text("names/singular");
            if (id != null && singular != null) roles.put(id, singular);
        }
        return roles;
    }

    static void readMission(Dataset data, Path file, XmlElement root, Map<String, String> roles, Set<String> seenIds) {
        String tid = root.text("territory-id");
        if (tid == null) tid = file.getFileName().toString().replaceFirst("\\.xml$", "");
        TerritoryId post = new TerritoryId(tid);
        data.territories().putIfAbsent(post, TerritoryBuilder.named(post, Names.fromSlug(tid)));
        String fileName = "missions-countries/" + file.getFileName();
        XmlElement chiefs = root.child("chiefs");
        if (chiefs == null) return;
        Post at = new Post(tid, post, Names.fromSlug(tid), fileName);
        // one call per chief rather than one long loop: the JIT compiles a method called 5,000 times early
        for (XmlElement c : chiefs.children("chief")) readChief(data, at, c, roles, seenIds);
    }

    /** The mission a chief is read in: its slug, territory, readable name and file. */
    private record Post(String tid, TerritoryId id, String name, String fileName) {
    }

    private static void readChief(Dataset data, Post at, XmlElement c, Map<String, String> roles, Set<String> seenIds) {
        String tid = at.tid();
        TerritoryId post = at.id();
        String fileName = at.fileName();
        String id = c.text("id");
        String person = c.text("person-id");
        if (id == null || person == null) {
            data.findings().add(new Finding(DATASET, fileName, "chief without id or person-id: skipped"));
            return;
        }
        String location = fileName + "#" + id;
        if (!seenIds.add(id)) {
            String original = id;
            for (int n = 2; !seenIds.add(id); n++) id = original + "~" + n;
            data.findings().add(new Finding(DATASET, location, "chief id repeated in the source: second one kept as " + id));
        }
        PersonId pid = new PersonId(person);
        if (!data.persons().containsKey(pid)) {
            data.findings().add(new Finding(DATASET, location, "person '" + person + "' not in people/"));
        }
        String roleId = c.text("role-title-id");
        String role = roles.getOrDefault(roleId, roleId == null ? "(no role title)" : roleId);
        if (!ChiefRoles.known(roleId)) {
            data.findings().add(new Finding(DATASET, location, "role '" + roleId + "' not in mission/roles.tsv: its credentials evidence nothing"));
        }
        Rank rank = ChiefRoles.rank(roleId);
        PartialDate appointed = date(c, "appointed/date", location, data.findings());
        PartialDate started = date(c, "started/date", location, data.findings());
        PartialDate ended = date(c, "ended/date", location, data.findings());
        String url = new Person(pid, person, null, null, null).url();
        String name = personName(data, pid);
        String note = c.text("note");
        // pocom's "started" is credentials presented only for a diplomatic rank; an agent, principal officer or
        // commissioner is received without letters of credence, so his start is taking charge, not credentials
        String startText = rank.evidencesRelations() ? "presented credentials " : "took charge ";
        String quote = name + ", " + role + " (" + at.name() + "): appointed " + show(appointed)
                + ", " + startText + show(started) + ", " + endText(c.text("ended/note"), ended) + "."
                + (note == null ? "" : " " + note);
        Citation citation = new Citation(DATASET, fileName, tid + ":" + id, quote, url);
        data.tenures().add(new Tenure(id, pid, post, roleId, role, appointed, started, ended, false, c.text("ended/note"), note,
                citation));
        List<TerritoryId> parties = List.of(TerritoryId.UNITED_STATES, post);
        if (appointed != null) {
            data.events().add(new Event("pocom:" + id + ":appointed", EventKind.ENVOY_APPOINTED, parties, List.of(pid),
                    appointed, name + " appointed " + role, quote, citation));
        }
        if (started != null && rank.evidencesRelations()) {
            data.events().add(new Event("pocom:" + id + ":credentials", EventKind.CREDENTIALS_PRESENTED, parties,
                    List.of(pid), started, name + " presented credentials as " + role, quote, citation));
        } else if (started != null) {
            data.events().add(new Event("pocom:" + id + ":took-charge", EventKind.TOOK_CHARGE, parties,
                    List.of(pid), started, name + " took charge as " + role, quote, citation));
        }
    }

    static void readPrincipals(Dataset data, Path file, XmlElement root, Set<String> seenIds) {
        String positionId = root.text("id");
        String title = root.text("names/singular");
        XmlElement principals = root.child("principals");
        if (positionId == null || principals == null) return;
        String location = "positions-principals/" + file.getFileName();
        for (XmlElement p : principals.children("principal")) {
            String id = p.text("id");
            String person = p.text("person-id");
            if (id == null || person == null) continue;
            // the source reuses ids across offices (Seward the Secretary and Seward his Assistant share one): each is kept
            if (!seenIds.add(id)) {
                String original = id;
                for (int n = 2; !seenIds.add(id); n++) id = original + "~" + n;
                data.findings().add(new Finding(DATASET, location + "#" + original, "office id repeated in the source: kept as " + id));
            }
            data.offices().add(new OfficeHeld(id, new PersonId(person), positionId, title,
                    date(p, "appointed/date", location + "#" + id, data.findings()),
                    date(p, "started/date", location + "#" + id, data.findings()),
                    date(p, "ended/date", location + "#" + id, data.findings())));
        }
    }

    static PartialDate date(XmlElement parent, String path, String location, List<Finding> findings) {
        String s = parent.text(path);
        if (s == null) return null;
        try {
            return PartialDate.parse(s);
        } catch (InvalidInputException e) {
            findings.add(new Finding(DATASET, location, "unreadable date '" + s + "' in " + path));
            return null;
        }
    }

    private static String personName(Dataset data, PersonId id) {
        Person p = data.persons().get(id);
        return p == null ? id.value() : p.displayName();
    }

    private static String show(PartialDate d) {
        return d == null ? "(no date)" : d.toString();
    }

    private static String endText(String endNote, PartialDate ended) {
        if (ended == null) return "no end date";
        String n = endNote == null || endNote.isBlank() ? "ended" : endNote.strip();
        return n + " " + ended;
    }

}
