package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.chancery.SharedData;
import org.chancery.importer.Progress;
import org.chancery.importer.RecordImport;
import org.chancery.importer.SourceLayout;
import org.chancery.json.Json;
import org.chancery.record.Dataset;
import org.chancery.store.SqliteStore;
import org.chancery.territory.TerritoryId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 3: after another process imports, the server answers from the new import whole, never half of each. */
class ReloadIT {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final TerritoryId ESTONIA = new TerritoryId("estonia");
    @TempDir
    Path dir;

    static JsonNode get(WebServer s, String path) throws Exception {
        var r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    /** Events of the answer that Estonia is a party to. */
    static long estonian(JsonNode answer) {
        long n = 0;
        for (JsonNode e : answer.get("events")) if (e.get("parties").toString().contains("\"estonia\"")) n++;
        return n;
    }

    /** Another import of the record without Estonia's events, as another process would store it. */
    static void importWithoutEstonia(Path db) {
        Dataset all = RecordImport.read(SourceLayout.of(SharedData.dir()), Progress.NONE);
        Dataset without = new Dataset(all.territories(), all.persons(),
                all.events().stream().filter(e -> !e.parties().contains(ESTONIA)).toList(), all.tenures(), all.offices(), all.findings());
        try (SqliteStore other = SqliteStore.open(db)) {
            other.replaceAll(without, "test without Estonia");
        }
    }

    @Test
    void searchTimelineAndHealthMoveToANewImportTogether() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("served.db"));
        try (LiveRecord record = LiveRecord.open(db, Duration.ofHours(1));
             WebServer s = WebServer.create(record, null, Limits.DEFAULT).start("127.0.0.1", 0)) {
            JsonNode before = get(s, "/api/health");
            assertThat(before.get("generation").asLong()).isPositive();
            assertThat(before.get("importedAt").asText()).isNotBlank();
            importWithoutEstonia(db);
            // imported but not yet reloaded: every answer, search (SQL) included, still comes from the old import
            assertThat(estonian(get(s, "/api/search?q=Estonia&limit=100"))).isPositive();
            assertThat(get(s, "/api/timeline?a=united-states&b=estonia&all=true").get("events")).isNotEmpty();
            assertThat(get(s, "/api/health").get("generation").asLong()).isEqualTo(before.get("generation").asLong());
            record.reloadIfNewer();
            JsonNode after = get(s, "/api/health");
            assertThat(after.get("generation").asLong()).isEqualTo(before.get("generation").asLong() + 1);
            assertThat(after.get("events").asInt()).isLessThan(before.get("events").asInt());
            assertThat(estonian(get(s, "/api/search?q=Estonia&limit=100"))).isZero();
            assertThat(get(s, "/api/timeline?a=united-states&b=estonia&all=true").get("events")).isEmpty();
        }
    }

    @Test
    void theServerNoticesAnotherProcesssImportByItself() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("served.db"));
        try (LiveRecord record = LiveRecord.open(db, Duration.ofMillis(200));
             WebServer s = WebServer.create(record, null, Limits.DEFAULT).start("127.0.0.1", 0)) {
            long generation = get(s, "/api/health").get("generation").asLong();
            importWithoutEstonia(db);
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (get(s, "/api/health").get("generation").asLong() == generation && System.nanoTime() < end) Thread.sleep(100);
            assertThat(get(s, "/api/health").get("generation").asLong()).isEqualTo(generation + 1);
            assertThat(get(s, "/api/timeline?a=united-states&b=estonia&all=true").get("events")).isEmpty();
        }
    }
}
