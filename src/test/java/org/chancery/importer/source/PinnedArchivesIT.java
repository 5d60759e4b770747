package org.chancery.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.chancery.cli.Main;
import org.chancery.error.DataIntegrityException;
import org.chancery.error.SourceUnavailableException;
import org.chancery.importer.ImportReport;
import org.chancery.importer.Progress;
import org.chancery.importer.RecordImport;
import org.chancery.importer.SourceLayout;
import org.chancery.store.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download path end to end: a real HTTP server on loopback serving archives this test builds. */
class PinnedArchivesIT {
    @TempDir
    Path tmp;
    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    final Map<String, byte[]> served = new LinkedHashMap<>();
    /** When set, the server sends headers and half of each body, then waits for it. */
    volatile java.util.concurrent.CountDownLatch stallAfterHeaders;

    static final String ARTICLE = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title type="short">Ruritania</title>
            </titleStmt></fileDesc></teiHeader><text><body><div type="section">
            <div type="timeline"><head>U.S. Recognition of Ruritania, <date when="1920">1920</date>.</head>
            <p>The United States recognized Ruritania on May 3, 1920.</p></div>
            <div type="timeline"><head>Establishment of Diplomatic Relations, <date when="1921">1921</date>.</head>
            <p>Diplomatic relations were established on June 1, 1921, when the envoy presented his credentials.</p></div>
            </div></body></text></TEI>""";
    static final String MISSION = """
            <country-mission><territory-id>ruritania</territory-id><chiefs><chief><id>rr-1921-doe-01</id>
            <person-id>doe-john</person-id><role-title-id>envoy-extraordinary-minister-plenipotentiary</role-title-id><appointed><date>1921-03-01</date></appointed>
            <started><date>1921-06-01</date></started><ended><date>1925-01-01</date></ended></chief></chiefs></country-mission>""";
    static final String PERSON = """
            <person><id>doe-john</id><persName><surname>Doe</surname><forename>John</forename></persName><birth>1870</birth></person>""";

    static final String ENVOY = """
            <person><id>100001</id><names><preferred><name>Ruritanov, Ivan</name></preferred></names><remarks>
            <remark><p>Ambassador of Ruritania to the United States from March 1930</p>
            <source-url>https://history.state.gov/historicaldocuments/frus1930v01/persons#p_RI1</source-url></remark>
            </remarks></person>""";
    static final String GSH = """
            <territory><id>ruritania</id><short-form-name>Ruritania</short-form-name><long-form-name>Kingdom of Ruritania</long-form-name>
            <predecessors/><successors/></territory>""";
    /** A "Foreign relations of" article as the repository holds it: the wikitext as one JSON string. */
    static final String WIKI = "\"== Diplomatic relations ==\\n{| class=\\\"wikitable\\\"\\n!Country\\n!Date\\n|-\\n"
            + "|{{Flag|United States}}\\n|{{Dts|1 June 1921}}\\n|}\\n\"";

    @BeforeEach
    void serve() throws IOException {
        for (PinnedSource src : PinnedSource.ALL) {
            String root = src.archiveRoot();
            Map<String, String> files = switch (src.repo()) {
                case "rdcr" -> Map.of("articles/ruritania.xml", ARTICLE);
                case "pocom" -> Map.of("missions-countries/ruritania.xml", MISSION, "people/d/doe-john.xml", PERSON);
                case "visits" -> Map.of("data/1920.xml", "<visits/>");
                case "travels" -> Map.of("president-travels/x.xml", "<trips/>", "secretary-travels/y.xml", "<trips/>");
                case "people" -> Map.of("data/100000/1/100001.xml", ENVOY, "README.md", "not taken");
                case "gsh" -> Map.of("data/territories/ruritania.xml", GSH, "tests/unrelated.xml", "<x/>");
                case "IP_graph" -> Map.of("wiki_foreign_relations_jsons/Foreign relations of Ruritania.json", WIKI,
                        "other_states/Foreign relations of Kosovo.json", "\"no table\"", "graph.py", "print(1)");
                case "us_diplomatic_missions" -> Map.of("input/cow_statelist2024.csv", "stateabb,ccode,statenme\nRUR,999,Ruritania\n",
                        "input/ksgmdw.txt", "statenumber\tstateid\tcountryname\n999\tRUR\tRuritania\n",
                        "input/microstates.txt", "", "input/unrelated.csv", "x");
                default -> throw new IllegalStateException("no fixture for " + src.repo());
            };
            served.put("/" + src.archivePath(), zip(root, files));
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = served.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    var stall = stallAfterHeaders;
                    if (stall != null) {
                        out.write(body, 0, body.length / 2);
                        out.flush();
                        try {
                            stall.await(20, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        exchange.close();
                        return;
                    }
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    static byte[] zip(String root, Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(root));
            for (var f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(root + f.getKey()));
                z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void anArchiveRefusedWhileUnpackingIsNotTrustedAndLeavesNoPartialUnpack() throws IOException {
        PinnedSource rdcr = PinnedSource.ALL.stream().filter(p -> p.repo().equals("rdcr")).findFirst().orElseThrow();
        byte[] good = served.get("/" + rdcr.archivePath());
        served.put("/" + rdcr.archivePath(), zip(rdcr.archiveRoot(), Map.of("articles/ruritania.xml", ARTICLE, "articles/bomb.xml", "0".repeat(2_000_000))));
        Path cache = tmp.resolve("cache");
        assertThatThrownBy(() -> PinnedArchives.fetch(cache, base(), Progress.NONE, 1_000_000, PinnedArchives.STALL))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining("unpacks to more than 1000000 bytes");
        try (var left = Files.list(cache)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("unpack-") || n.startsWith("rdcr-"));
        }
        Path manifest = cache.resolve("manifest.properties");
        assertThat(!Files.exists(manifest) || !Files.readString(manifest).contains("rdcr-")).isTrue();
        // the next run fetches and checks it again instead of trusting the refused copy
        served.put("/" + rdcr.archivePath(), good);
        int before = requests.get();
        PinnedArchives.fetch(cache, base(), Progress.NONE);
        assertThat(requests.get() - before).isEqualTo(PinnedSource.ALL.size());
        assertThat(Files.readString(manifest)).contains("rdcr-" + rdcr.commit());
    }

    @Test
    void aTransferThatStallsAfterItsHeadersTimesOutWithAClearMessage() {
        stallAfterHeaders = new java.util.concurrent.CountDownLatch(1);
        try {
            assertThatThrownBy(() -> PinnedArchives.fetch(tmp.resolve("cache"), base(), Progress.NONE, 1L << 30, java.time.Duration.ofSeconds(1)))
                    .isInstanceOf(SourceUnavailableException.class)
                    .hasMessageContaining("the transfer stalled: no data for 1 s")
                    .hasMessageContaining("chancery import --from DIR");
        } finally {
            stallAfterHeaders.countDown();
        }
    }

    @Test
    void downloadsChecksAndImportsThePinnedArchives() {
        SourceLayout layout = PinnedArchives.fetch(tmp.resolve("cache"), base(), Progress.NONE);
        assertThat(requests.get()).isEqualTo(PinnedSource.ALL.size());
        assertThat(layout.states().resolve("cow_statelist2024.csv")).exists();
        assertThat(layout.states().resolve("unrelated.csv")).doesNotExist();
        try (SqliteStore store = SqliteStore.open(tmp.resolve("r.db"))) {
            ImportReport report = RecordImport.run(layout, store, Progress.NONE);
            assertThat(report.eventsBySourceAndKind().get("rdcr")).containsEntry("recognition", 1).containsEntry("relations-established", 1);
            assertThat(report.eventsBySourceAndKind().get("pocom")).containsEntry("credentials-presented", 1);
            assertThat(store.territories()).anySatisfy(t -> {
                assertThat(t.id().value()).isEqualTo("ruritania");
                assertThat(t.cowCode()).isEqualTo(999);
            });
        }
    }

    @Test
    void downloadsTheSourcesBeyondTheUsSideAndImportsTheirEnvoysAndRelations() {
        SourceLayout layout = PinnedArchives.fetch(tmp.resolve("cache"), base(), Progress.NONE);
        assertThat(layout.people().resolve("data/100000/1/100001.xml")).exists();
        assertThat(layout.people().resolve("README.md")).doesNotExist();
        assertThat(layout.gsh().resolve("data/territories/ruritania.xml")).exists();
        assertThat(layout.gsh().resolve("tests")).doesNotExist();
        assertThat(layout.wikipedia().resolve("wiki_foreign_relations_jsons/Foreign relations of Ruritania.json")).exists();
        assertThat(layout.wikipedia().resolve("other_states/Foreign relations of Kosovo.json")).exists();
        assertThat(layout.wikipedia().resolve("graph.py")).doesNotExist();
        try (SqliteStore store = SqliteStore.open(tmp.resolve("b.db"))) {
            ImportReport report = RecordImport.run(layout, store, Progress.NONE);
            assertThat(report.wikipedia().articles()).isEqualTo(2);
            assertThat(report.eventsBySourceAndKind().get("wikipedia")).containsEntry("relations-established", 1);
            assertThat(report.people().envoys()).isEqualTo(1);
            assertThat(store.foreignEnvoys(new org.chancery.territory.TerritoryId("ruritania"))).singleElement()
                    .satisfies(e -> assertThat(e.name()).isEqualTo("Ruritanov, Ivan"));
        }
    }

    @Test
    void aSecondFetchUsesTheCacheWithoutTheNetwork() {
        PinnedArchives.fetch(tmp.resolve("cache"), base(), Progress.NONE);
        int after = requests.get();
        server.stop(0);
        SourceLayout again = PinnedArchives.fetch(tmp.resolve("cache"), base(), Progress.NONE);
        assertThat(requests.get()).isEqualTo(after);
        assertThat(again.rdcr().resolve("articles/ruritania.xml")).exists();
    }

    @Test
    void aCorruptedCachedArchiveIsFetchedAgain() throws IOException {
        Path cache = tmp.resolve("cache");
        PinnedArchives.fetch(cache, base(), Progress.NONE);
        Path rdcr = cache.resolve("rdcr-" + PinnedSource.ALL.get(0).commit() + ".zip");
        byte[] bytes = Files.readAllBytes(rdcr);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(rdcr, bytes);
        int before = requests.get();
        PinnedArchives.fetch(cache, base(), Progress.NONE);
        assertThat(requests.get()).isEqualTo(before + 1);
    }

    @Test
    void refusesAnArchiveWithAnEntryThatClimbsOutOfItsFolder() throws IOException {
        PinnedSource rdcr = PinnedSource.ALL.get(0);
        served.put("/" + rdcr.archivePath(), zip(rdcr.archiveRoot(), Map.of("../../evil.xml", "<x/>")));
        assertThatThrownBy(() -> PinnedArchives.fetch(tmp.resolve("cache"), base(), Progress.NONE))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining("outside its folder");
        assertThat(tmp.resolve("evil.xml")).doesNotExist();
    }

    @Test
    void refusesAnArchiveOfAnotherCommit() throws IOException {
        PinnedSource rdcr = PinnedSource.ALL.get(0);
        served.put("/" + rdcr.archivePath(), zip("rdcr-0000000000000000000000000000000000000000/", Map.of("articles/a.xml", "<a/>")));
        assertThatThrownBy(() -> PinnedArchives.fetch(tmp.resolve("cache"), base(), Progress.NONE))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining("is not under " + rdcr.archiveRoot());
    }

    @Test
    void aMissingArchiveSaysWhichAndSuggestsFrom() {
        served.remove("/" + PinnedSource.ALL.get(1).archivePath());
        assertThatThrownBy(() -> PinnedArchives.fetch(tmp.resolve("cache"), base(), Progress.NONE))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("cannot download pocom").hasMessageContaining("HTTP 404")
                .hasMessageContaining("chancery import --from DIR");
    }

    @Test
    void offlineTheImportCommandFailsWithOneLineSuggestingFrom() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        var err = new ByteArrayOutputStream();
        var oldErr = System.err;
        int code;
        try {
            System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("import", "--db", tmp.resolve("o.db").toString(), "--cache", tmp.resolve("c").toString(),
                    "--archive-base", "http://127.0.0.1:" + closedPort + "/");
        } finally {
            System.setErr(oldErr);
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).doesNotContain("\n")
                .contains("cannot download rdcr", "cannot connect", "chancery import --from DIR");
    }

    @Test
    void theImportCommandDownloadsWhenNotGivenAFolder() {
        var out = new ByteArrayOutputStream();
        var oldOut = System.out;
        int code;
        try {
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.run("import", "-q", "--db", tmp.resolve("d.db").toString(), "--cache", tmp.resolve("c").toString(),
                    "--archive-base", base().toString());
        } finally {
            System.setOut(oldOut);
        }
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported 5 events", "1 chiefs-of-mission tenures", "wikipedia: 2 articles", "1 state an envoy");
    }
}
