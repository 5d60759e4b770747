package org.chancery.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.chancery.date.PartialDate;
import org.chancery.event.Event;
import org.chancery.record.Dataset;
import org.chancery.record.Finding;
import org.chancery.mission.OfficeHeld;
import org.chancery.mission.Tenure;
import org.chancery.person.Person;
import org.chancery.territory.Territory;
import org.chancery.territory.TerritoryName;

/** Writes a whole dataset; the caller owns the transaction. */
final class Writer {
    private static final String[] TABLES = {"event_person", "event_citation", "foreign_envoy", "event", "tenure", "office_held", "person",
            "territory_alias", "territory_name", "territory", "finding"};

    private Writer() {
    }

    static void write(Connection c, Dataset data, String source, String finishedAt) throws SQLException {
        // the secondary indexes are built once over all rows (a sort) rather than grown row by row; inside the
        // transaction, so a failed import gets them back with the old rows
        List<String> names = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
            for (String name : names) s.executeUpdate("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            s.executeUpdate("INSERT INTO event_fts(event_fts) VALUES ('delete-all')");
            for (String t : TABLES) s.executeUpdate("DELETE FROM " + t);
        }
        writeTerritories(c, data);
        writePersons(c, data);
        writeEvents(c, data);
        writeTenures(c, data);
        writeOffices(c, data);
        writeForeignEnvoys(c, data);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO finding (source, location, message) VALUES (?, ?, ?)")) {
            for (Finding f : data.findings()) {
                ps.setString(1, f.source());
                ps.setString(2, f.location());
                ps.setString(3, f.message());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_run (finished_at, source) VALUES (?, ?)")) {
            ps.setString(1, finishedAt);
            ps.setString(2, source);
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            for (String sql : indexes) s.executeUpdate(sql);
            s.executeUpdate("INSERT INTO event_fts(event_fts) VALUES ('rebuild')");
        }
    }

    private static void writeTerritories(Connection c, Dataset data) throws SQLException {
        try (PreparedStatement t = c.prepareStatement("INSERT INTO territory (id, name, cow_code, gw_code) VALUES (?, ?, ?, ?)");
             PreparedStatement n = c.prepareStatement(
                     "INSERT INTO territory_name (territory_id, ord, name, lang, date_from, date_to) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement a = c.prepareStatement("INSERT INTO territory_alias (territory_id, kind, ord, value) VALUES (?, ?, ?, ?)")) {
            for (Territory ter : data.territories().values()) {
                t.setString(1, ter.id().value());
                t.setString(2, ter.name());
                t.setObject(3, ter.cowCode());
                t.setObject(4, ter.gwCode());
                t.addBatch();
                int i = 0;
                for (TerritoryName name : ter.names()) {
                    n.setString(1, ter.id().value());
                    n.setInt(2, i++);
                    n.setString(3, name.name());
                    n.setString(4, name.lang());
                    n.setString(5, text(name.from()));
                    n.setString(6, text(name.to()));
                    n.addBatch();
                }
                aliases(a, ter, "alias", ter.aliases());
                aliases(a, ter, "demonym", ter.demonyms());
                aliases(a, ter, "capital", ter.capitals());
            }
            t.executeBatch();
            n.executeBatch();
            a.executeBatch();
        }
    }

    private static void aliases(PreparedStatement a, Territory ter, String kind, java.util.List<String> values) throws SQLException {
        int i = 0;
        for (String v : values) {
            a.setString(1, ter.id().value());
            a.setString(2, kind);
            a.setInt(3, i++);
            a.setString(4, v);
            a.addBatch();
        }
    }

    private static void writePersons(Connection c, Dataset data) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, surname, forename, birth, death) VALUES (?, ?, ?, ?, ?)")) {
            for (Person p : data.persons().values()) {
                ps.setString(1, p.id().value());
                ps.setString(2, p.surname());
                ps.setString(3, p.forename());
                ps.setString(4, p.birth());
                ps.setString(5, p.death());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeEvents(Connection c, Dataset data) throws SQLException {
        try (PreparedStatement e = c.prepareStatement("INSERT INTO event (seq, id, kind, party_a, party_b, date_text, date_start, "
                + "date_end, title, text, dataset, file, record, quote, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement p = c.prepareStatement("INSERT INTO event_person (event_seq, ord, person_id) VALUES (?, ?, ?)");
             PreparedStatement more = c.prepareStatement("INSERT INTO event_citation (event_seq, ord, dataset, file, record, quote, url, "
                     + "credit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Event ev : data.events()) {
                seq++;
                e.setInt(1, seq);
                e.setString(2, ev.id());
                e.setString(3, ev.kind().slug());
                e.setString(4, ev.parties().get(0).value());
                e.setString(5, ev.parties().get(ev.parties().size() - 1).value());
                e.setString(6, ev.date().toString());
                e.setString(7, ev.date().start().toString());
                e.setString(8, ev.date().end().toString());
                e.setString(9, ev.title());
                e.setString(10, ev.text());
                e.setString(11, ev.citation().dataset());
                e.setString(12, ev.citation().file());
                e.setString(13, ev.citation().record());
                e.setString(14, ev.citation().quote());
                e.setString(15, ev.citation().url());
                e.addBatch();
                for (int i = 0; i < ev.persons().size(); i++) {
                    p.setInt(1, seq);
                    p.setInt(2, i);
                    p.setString(3, ev.persons().get(i).value());
                    p.addBatch();
                }
                for (int i = 0; i < ev.alsoCited().size(); i++) {
                    org.chancery.event.Citation ci = ev.alsoCited().get(i);
                    more.setInt(1, seq);
                    more.setInt(2, i);
                    more.setString(3, ci.dataset());
                    more.setString(4, ci.file());
                    more.setString(5, ci.record());
                    more.setString(6, ci.quote());
                    more.setString(7, ci.url());
                    more.setString(8, ci.credit());
                    more.addBatch();
                }
            }
            e.executeBatch();
            p.executeBatch();
            more.executeBatch();
        }
    }

    private static void writeTenures(Connection c, Dataset data) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tenure (id, person_id, post, role_title, appointed, credentials, "
                + "ended, end_note, note, dataset, file, record, quote, url, role_id, end_inferred) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Tenure t : data.tenures()) {
                ps.setString(1, t.id());
                ps.setString(2, t.person().value());
                ps.setString(3, t.post().value());
                ps.setString(4, t.roleTitle());
                ps.setString(5, text(t.appointed()));
                ps.setString(6, text(t.credentials()));
                ps.setString(7, text(t.ended()));
                ps.setString(8, t.endNote());
                ps.setString(9, t.note());
                ps.setString(10, t.citation().dataset());
                ps.setString(11, t.citation().file());
                ps.setString(12, t.citation().record());
                ps.setString(13, t.citation().quote());
                ps.setString(14, t.citation().url());
                ps.setString(15, t.roleId());
                ps.setInt(16, t.endInferred() ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeOffices(Connection c, Dataset data) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO office_held (id, person_id, position_id, position_title, "
                + "appointed, started, ended) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (OfficeHeld o : data.offices()) {
                ps.setString(1, o.id());
                ps.setString(2, o.person().value());
                ps.setString(3, o.positionId());
                ps.setString(4, o.positionTitle());
                ps.setString(5, text(o.appointed()));
                ps.setString(6, text(o.started()));
                ps.setString(7, text(o.ended()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeForeignEnvoys(Connection c, Dataset data) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO foreign_envoy (id, person_id, name, sender, receiver, rank, "
                + "date_from, date_to, remark, file, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (org.chancery.mission.ForeignEnvoy e : data.foreignEnvoys()) {
                ps.setString(1, e.id());
                ps.setString(2, e.person());
                ps.setString(3, e.name());
                ps.setString(4, e.sender().value());
                ps.setString(5, e.receiver().value());
                ps.setString(6, e.rank().name());
                ps.setString(7, text(e.from()));
                ps.setString(8, text(e.to()));
                ps.setString(9, e.citation().quote());
                ps.setString(10, e.citation().file());
                ps.setString(11, e.citation().url());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String text(PartialDate d) {
        return d == null ? null : d.toString();
    }
}
