package org.chancery.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.date.PartialDate;
import org.chancery.event.Citation;
import org.chancery.event.Event;
import org.chancery.event.EventKind;
import org.chancery.mission.OfficeHeld;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.person.PersonId;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryId;
import org.chancery.territory.TerritoryName;

/** Maps rows back to the domain. */
final class Reader {
    static final String EVENT_SELECT = "SELECT e.seq, e.id, e.kind, e.party_a, e.party_b, e.date_text, e.title, e.text, "
            + "e.dataset, e.file, e.record, e.quote, e.url FROM event e";

    private Reader() {
    }

    static List<Event> events(Connection c, ResultSet rs) throws SQLException {
        record Row(int seq, Event partial) {
        }
        List<Row> rows = new ArrayList<>();
        Interner in = new Interner();
        try (rs) {
            while (rs.next()) {
                Citation cit = new Citation(in.of(rs.getString(9)), in.of(rs.getString(10)), in.of(rs.getString(11)), in.of(rs.getString(12)),
                        in.of(rs.getString(13)));
                Event e = new Event(rs.getString(2), EventKind.fromSlug(rs.getString(3)),
                        List.of(in.territory(rs.getString(4)), in.territory(rs.getString(5))), List.of(),
                        PartialDate.parse(rs.getString(6)), in.of(rs.getString(7)), in.of(rs.getString(8)), cit);
                rows.add(new Row(rs.getInt(1), e));
            }
        }
        if (rows.isEmpty()) return List.of();
        List<Integer> seqs = rows.stream().map(Row::seq).toList();
        Map<Integer, List<PersonId>> persons = persons(c, seqs, in);
        Map<Integer, List<Citation>> more = moreCitations(c, seqs, in);
        List<Event> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<PersonId> ps = persons.get(r.seq);
            List<Citation> cs = more.get(r.seq);
            Event e = r.partial;
            out.add(ps == null && cs == null ? e : new Event(e.id(), e.kind(), e.parties(), ps == null ? List.of() : ps, e.date(),
                    e.title(), e.text(), e.citation(), cs == null ? List.of() : cs));
        }
        return out;
    }

    private static Map<Integer, List<Citation>> moreCitations(Connection c, List<Integer> seqs, Interner in) throws SQLException {
        Map<Integer, List<Citation>> out = new HashMap<>();
        int chunk = 500;
        for (int from = 0; from < seqs.size(); from += chunk) {
            List<Integer> part = seqs.subList(from, Math.min(seqs.size(), from + chunk));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT event_seq, dataset, file, record, quote, url, credit "
                    + "FROM event_citation WHERE event_seq IN (" + marks + ") ORDER BY event_seq, ord")) {
                for (int i = 0; i < part.size(); i++) ps.setInt(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new Citation(in.of(rs.getString(2)), in.of(rs.getString(3)),
                                in.of(rs.getString(4)), in.of(rs.getString(5)), in.of(rs.getString(6)), in.of(rs.getString(7))));
                    }
                }
            }
        }
        return out;
    }

    private static Map<Integer, List<PersonId>> persons(Connection c, List<Integer> seqs, Interner in) throws SQLException {
        Map<Integer, List<PersonId>> out = new HashMap<>();
        int chunk = 500;
        for (int from = 0; from < seqs.size(); from += chunk) {
            List<Integer> part = seqs.subList(from, Math.min(seqs.size(), from + chunk));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT event_seq, person_id FROM event_person WHERE event_seq IN (" + marks + ") ORDER BY event_seq, ord")) {
                for (int i = 0; i < part.size(); i++) ps.setInt(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(in.person(rs.getString(2)));
                }
            }
        }
        return out;
    }

    static List<Territory> territories(Connection c) throws SQLException {
        Map<String, List<TerritoryName>> names = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT territory_id, name, lang, date_from, date_to FROM territory_name ORDER BY territory_id, ord")) {
            while (rs.next()) {
                names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new TerritoryName(rs.getString(2), rs.getString(3),
                        date(rs.getString(4)), date(rs.getString(5))));
            }
        }
        Map<String, Map<String, List<String>>> aliases = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT territory_id, kind, value FROM territory_alias ORDER BY territory_id, kind, ord")) {
            while (rs.next()) {
                aliases.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                        .add(rs.getString(3));
            }
        }
        List<Territory> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, cow_code, gw_code FROM territory ORDER BY id")) {
            while (rs.next()) {
                String id = rs.getString(1);
                Map<String, List<String>> a = aliases.getOrDefault(id, Map.of());
                out.add(new Territory(new TerritoryId(id), rs.getString(2), names.getOrDefault(id, List.of()),
                        a.getOrDefault("alias", List.of()), a.getOrDefault("demonym", List.of()), a.getOrDefault("capital", List.of()),
                        (Integer) rs.getObject(3), (Integer) rs.getObject(4)));
            }
        }
        return out;
    }

    static List<Tenure> tenures(ResultSet rs) throws SQLException {
        List<Tenure> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                out.add(new Tenure(rs.getString("id"), new PersonId(rs.getString("person_id")), new TerritoryId(rs.getString("post")),
                        rs.getString("role_id"), rs.getString("role_title"), date(rs.getString("appointed")),
                        date(rs.getString("credentials")), date(rs.getString("ended")), rs.getInt("end_inferred") == 1, rs.getString("end_note"), rs.getString("note"),
                        new Citation(rs.getString("dataset"), rs.getString("file"), rs.getString("record"), rs.getString("quote"),
                                rs.getString("url"))));
            }
        }
        return out;
    }

    static List<OfficeHeld> offices(ResultSet rs) throws SQLException {
        List<OfficeHeld> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                out.add(new OfficeHeld(rs.getString("id"), new PersonId(rs.getString("person_id")), rs.getString("position_id"),
                        rs.getString("position_title"), date(rs.getString("appointed")), date(rs.getString("started")),
                        date(rs.getString("ended"))));
            }
        }
        return out;
    }

    static List<Person> persons(ResultSet rs) throws SQLException {
        List<Person> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                out.add(new Person(new PersonId(rs.getString("id")), rs.getString("surname"), rs.getString("forename"),
                        rs.getString("birth"), rs.getString("death")));
            }
        }
        return out;
    }

    static List<org.chancery.mission.ForeignEnvoy> foreignEnvoys(ResultSet rs) throws SQLException {
        List<org.chancery.mission.ForeignEnvoy> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                Citation c = new Citation("people", rs.getString("file"), rs.getString("person_id"), rs.getString("remark"),
                        rs.getString("url"));
                out.add(new org.chancery.mission.ForeignEnvoy(rs.getString("id"), rs.getString("person_id"), rs.getString("name"),
                        new TerritoryId(rs.getString("sender")), new TerritoryId(rs.getString("receiver")),
                        org.chancery.mission.EnvoyRank.valueOf(rs.getString("rank")), date(rs.getString("date_from")),
                        date(rs.getString("date_to")), c));
            }
        }
        return out;
    }

    private static PartialDate date(String s) {
        return s == null ? null : PartialDate.parse(s);
    }

}
