package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.chancery.SharedData;
import org.chancery.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API over real HTTP on a loopback port. */
class WebApiIT {
    @RegisterExtension
    static final LoopbackServer SERVER = new LoopbackServer();

    static HttpResponse<String> get(String path) throws Exception {
        return SERVER.get(path);
    }

    static HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        return SERVER.send(method, path, type, HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void answersRelationsOnADayWithTheSettingEvent() throws Exception {
        var r = get("/api/relations?a=Soviet%20Union&b=united-states&on=1934-01-01");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode n = Json.mapper().readTree(r.body());
        assertThat(n.get("state").asText()).isEqualTo("diplomatic-relations");
        assertThat(n.at("/setBy/date").asText()).isEqualTo("1933-11-16");
        assertThat(Json.mapper().readTree(get("/api/relations?a=russia&b=united-states&on=1925-01-01").body()).get("state").asText())
                .isEqualTo("severed");
    }

    @Test
    void aPrecomputedAnswerGoesOutWholeWithItsLengthAndHeadersOrCompressedToAClientThatAsks() throws Exception {
        var path = SERVER.uri("/api/timeline?a=united-states&b=russia");
        var http = java.net.http.HttpClient.newHttpClient();
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(path).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(plain.headers().firstValueAsLong("Content-Length")).hasValue(plain.body().length);
        assertThat(plain.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(plain.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<byte[]> gz = http.send(HttpRequest.newBuilder(path).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
    }

    @Test
    void aPostComesInTheShortAndThreadFormsOfTheCliWithinBounds() throws Exception {
        JsonNode tweet = Json.mapper().readTree(get("/api/post?date=2023-11-16&party=russia&lang=ru&maxChars=280").body());
        String text = tweet.get("text").asText();
        assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(280);
        assertThat(text).contains("[1] https://");
        assertThat(tweet.has("post")).isTrue();
        JsonNode thread = Json.mapper().readTree(get("/api/post?date=2023-11-16&party=russia&thread=true&maxChars=140").body());
        assertThat(thread.has("text")).isFalse();
        assertThat(thread.get("parts").size()).isGreaterThan(1);
        int n = thread.get("parts").size();
        for (int i = 0; i < n; i++) {
            String part = thread.get("parts").get(i).asText();
            assertThat(part).startsWith((i + 1) + "/" + n + " ");
            assertThat(part.codePointCount(0, part.length())).isLessThanOrEqualTo(140);
        }
        JsonNode byDefault = Json.mapper().readTree(get("/api/post?date=2023-11-16&party=russia&thread=true").body());
        for (JsonNode part : byDefault.get("parts")) assertThat(part.asText().codePointCount(0, part.asText().length())).isLessThanOrEqualTo(280);
        for (String bad : new String[] {"maxChars=10", "maxChars=10001", "maxChars=abc", "thread=yes"}) {
            var r = get("/api/post?date=2023-11-16&party=russia&" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.body()).as(bad).contains(bad.substring(0, bad.indexOf('=')), "'" + bad.substring(bad.indexOf('=') + 1) + "'");
        }
    }

    @Test
    void answersTimelineEnvoysSearchTerritoriesAnniversariesAndPosts() throws Exception {
        assertThat(get("/api/timeline?a=united-states&b=russia").body()).contains("\"date\":\"1933-11-16\"", "relations-resumed");
        assertThat(get("/api/envoys?territory=russia&on=1934-01-01").body()).contains("bullitt-william-christian");
        assertThat(get("/api/search?q=recognized%20Estonia").body()).contains("United States Recognition of Estonia");
        for (String name : new String[] {"William%20Bullitt", "Bullitt,%20William", "%D0%91%D1%83%D0%BB%D0%BB%D0%B8%D1%82", "Bulitt"}) {
            assertThat(Json.mapper().readTree(get("/api/search?q=" + name).body()).at("/persons/0/id").asText()).as(name)
                    .isEqualTo("bullitt-william-christian");
        }
        assertThat(get("/api/territories/USSR").body()).contains("\"id\":\"russia\"", "Union of Soviet Socialist Republics");
        assertThat(get("/api/anniversaries?from=2023-11-01&to=2023-11-30").body()).contains("\"years\":90", "rdcr:russia:8");
        var ics = get("/api/anniversaries.ics?from=2023-11-01&to=2023-11-30");
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(ics.body()).contains("UID:rdcr:russia:8-90@chancery");
        assertThat(get("/api/post?date=2023-11-16&party=russia").body()).contains("90 years ago, on November 16, 1933");
    }

    @Test
    void checksAPostWithTheSameClaimJsonAsTheCli() throws Exception {
        String seed = Files.readString(SharedData.dir().resolveSibling("examples/seed-post.txt"), StandardCharsets.UTF_8);
        var plain = send("POST", "/api/check", "text/plain; charset=utf-8", seed);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).contains("\"kind\":\"relations-established\",\"parties\":[\"russia\",\"united-states\"],\"persons\":[],"
                + "\"date\":\"1933-11-16\",\"verdict\":\"supported\"");
        var json = send("POST", "/api/check", "application/json", Json.writeLine(java.util.Map.of("text", seed)));
        assertThat(json.body()).isEqualTo(plain.body());
    }

    @Test
    void badInputIsAProblemWithThe4xxStatusNamingTheParameter() throws Exception {
        var unknown = get("/api/relations?a=Narnia&b=united-states");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json; charset=utf-8");
        assertThat(Json.mapper().readTree(unknown.body()).get("parameter").asText()).isEqualTo("a");
        var badDate = get("/api/relations?a=russia&b=united-states&on=1933-02-30");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(badDate.body()).get("parameter").asText()).isEqualTo("on");
        assertThat(send("POST", "/api/check", "application/json", "{bad").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/check", "text/plain", "x".repeat(WebServer.MAX_BODY_BYTES + 10)).statusCode()).isEqualTo(413);
        assertThat(send("DELETE", "/api/relations", "text/plain", "").statusCode()).isEqualTo(405);
        assertThat(get("/api/search?q=" + "a".repeat(WebServer.MAX_QUERY_CHARS)).statusCode()).isEqualTo(414);
        assertThat(get("/api/anniversaries?from=2000-01-01&to=2020-01-01").statusCode()).isEqualTo(400);
    }

    @Test
    void theHomePageIsTitledChanceryOnce() throws Exception {
        assertThat(get("/").body()).contains("<title>Chancery</title>");
        assertThat(get("/check").body()).contains("<title>Check a post · Chancery</title>");
    }

    @Test
    void pagesPrintWhatAVisitorTypesAsText() throws Exception {
        String hostile = "\"'><img src=x onerror=alert(1)></textarea><script>alert(2)</script>";
        String q = java.net.URLEncoder.encode(hostile, StandardCharsets.UTF_8);
        var search = get("/search?q=" + q);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).doesNotContain("<img", "<script>alert").contains("&lt;img src=x onerror=alert(1)&gt;");
        var check = send("POST", "/check", "application/x-www-form-urlencoded", "text=" + q + "+in+1933+the+USSR");
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).doesNotContain("<img", "<script>alert", "</textarea><script").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void relationsDuringAYearAndTheSameDateMessageAsTheCli() throws Exception {
        JsonNode year = Json.mapper().readTree(get("/api/relations?a=united-states&b=russia&on=1933").body());
        assertThat(year.at("/atStart/state").asText()).isEqualTo("severed");
        assertThat(year.at("/changes/0/setBy/date").asText()).isEqualTo("1933-11-16");
        var bad = get("/api/relations?a=united-states&b=russia&on=16.11.1933");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(bad.body()).get("detail").asText()).endsWith(org.chancery.date.PartialDate.EXPECTED);
    }

    @Test
    void theTimelineAnswersWithTheCliDefaultAndKeysInTheDocumentedOrder() throws Exception {
        JsonNode n = Json.mapper().readTree(get("/api/timeline?a=united-states&b=russia").body());
        assertThat(n.fieldNames()).toIterable().containsExactly("a", "b", "all", "events");
        assertThat(n.get("events")).allSatisfy(e -> assertThat(e.fieldNames()).toIterable()
                .containsExactly("id", "kind", "parties", "persons", "date", "title", "text", "citation", "alsoCited"));
        // the default is the relations story: no envoy, credentials, taking-charge or visit events
        assertThat(n.get("events")).extracting(e -> e.get("kind").asText())
                .doesNotContain("envoy-appointed", "credentials-presented", "took-charge", "visit");
        int relations = n.get("events").size();
        assertThat(Json.mapper().readTree(get("/api/timeline?a=united-states&b=russia&all=true").body()).get("events").size())
                .isGreaterThan(relations);
    }

    @Test
    void thePairPageListsChiefsInTheOrderTheyServed() throws Exception {
        String page = get("/pair/united-states/russia").body();
        String table = page.substring(page.indexOf("<tbody>"));
        // Felix Cole has no appointment date: his post ended in 1919, after David R. Francis's
        assertThat(table.indexOf("John Quincy Adams")).isPositive().isLessThan(table.indexOf("David Rowland Francis"));
        assertThat(table.indexOf("David Rowland Francis")).isLessThan(table.indexOf("Felix Cole"));
        assertThat(table.indexOf("Felix Cole")).isLessThan(table.indexOf("William Christian Bullitt"));
    }

    @Test
    void keepsServingAfterABurstOfBadRequests() throws Exception {
        for (int i = 0; i < 200; i++) {
            int status = switch (i % 4) {
                case 0 -> get("/api/relations?a=x" + i + "&b=y").statusCode();
                case 1 -> get("/api/envoys?territory=russia&on=not-a-date").statusCode();
                case 2 -> send("POST", "/api/check", "application/json", "[" + i).statusCode();
                default -> send("PUT", "/api/timeline", "text/plain", "x").statusCode();
            };
            assertThat(status).isBetween(400, 499);
        }
        assertThat(get("/api/health").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheApiTheServerAnswers() throws Exception {
        JsonNode doc = Json.mapper().readTree(get("/api/openapi.json").body());
        Set<String> documented = new HashSet<>();
        for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
            String path = it.next();
            doc.get("paths").get(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path));
        }
        Set<String> served = new HashSet<>();
        for (String r : SERVER.server().routes()) {
            if (r.contains(" /api")) served.add(r.replace("{name}", "{name}"));
        }
        assertThat(documented).isEqualTo(served);
        // and each documented GET answers its example query with 200
        for (String d : documented) {
            if (!d.startsWith("GET ")) continue;
            String path = d.substring(4);
            StringBuilder query = new StringBuilder();
            JsonNode op = doc.get("paths").get(path).get("get");
            for (JsonNode p : op.get("parameters")) {
                if (p.has("example")) {
                    if (p.get("in").asText().equals("path")) path = path.replace("{" + p.get("name").asText() + "}", p.get("example").asText());
                    else query.append(query.isEmpty() ? "?" : "&").append(p.get("name").asText()).append('=').append(p.get("example").asText());
                }
            }
            assertThat(get(path + query).statusCode()).as(d).isEqualTo(200);
        }
    }
}
