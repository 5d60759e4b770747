package org.chancery.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.SharedData;
import org.chancery.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources are read in parallel and merged: the stored record must not depend on which thread
 * finished first, nor on whether the store was empty or held an earlier import. The test prints
 * each table's rows and digest: run it before and after a change to the importer or the writer
 * (a speed-up, say) to show that the stored content is the same.
 */
class ImportDigestIT {
    @TempDir
    Path tmp;

    @Test
    void everyImportOfTheSameSourcesStoresTheSameRowsInTheSameOrder() throws Exception {
        SourceLayout src = SourceLayout.of(SharedData.dir());
        ImportReport report;
        try (SqliteStore first = SqliteStore.open(tmp.resolve("first.db"))) {
            report = RecordImport.run(src, first, Progress.NONE);
        }
        try (SqliteStore second = SqliteStore.open(tmp.resolve("second.db"))) {
            RecordImport.run(src, second, Progress.NONE);
            // and once more over the import it holds: replacing must give what a fresh file gets
            RecordImport.run(src, second, Progress.NONE);
        }
        Content a = content(tmp.resolve("first.db"));
        Content b = content(tmp.resolve("second.db"));
        assertThat(a.rows().get("event")).isEqualTo(report.events());
        assertThat(a.rows().get("person")).isEqualTo(report.persons());
        assertThat(a.rows().get("tenure")).isEqualTo(report.tenures());
        assertThat(a.rows().get("finding")).isEqualTo(report.findings().size());
        assertThat(a.rows().get("foreign_envoy")).isEqualTo(report.people().envoys()).isPositive();
        assertThat(b.rows()).isEqualTo(a.rows());
        assertThat(b.digests()).isEqualTo(a.digests());
        assertThat(b.digest()).isEqualTo(a.digest());
        a.rows().forEach((table, n) -> System.out.printf("ImportDigestIT %-16s %7d rows  sha-256 %s%n", table, n, a.digests().get(table)));
        assertThat(b.recognized()).isEqualTo(a.recognized()).isPositive();
    }

    /**
     * Rows per table, a SHA-256 of each table's rows and one over every row, in key order (sequence numbers
     * included), and a full-text count.
     */
    record Content(Map<String, Integer> rows, Map<String, String> digests, String digest, int recognized) {
    }

    static Content content(Path db) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    + "AND name NOT LIKE 'event_fts%' AND name NOT IN ('import_run', 'flyway_schema_history') ORDER BY name")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            Map<String, String> digests = new LinkedHashMap<>();
            for (String t : tables) {
                MessageDigest table = MessageDigest.getInstance("SHA-256");
                int n = 0;
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t + " ORDER BY 1, 2, 3")) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        n++;
                        for (int i = 1; i <= cols; i++) {
                            byte[] value = (rs.getString(i) + "\u0000").getBytes(StandardCharsets.UTF_8);
                            md.update(value);
                            table.update(value);
                        }
                    }
                }
                rows.put(t, n);
                digests.put(t, HexFormat.of().formatHex(table.digest()).substring(0, 16));
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM event_fts WHERE event_fts MATCH 'recognized'")) {
                return new Content(rows, digests, HexFormat.of().formatHex(md.digest()), rs.next() ? rs.getInt(1) : 0);
            }
        }
    }
}
