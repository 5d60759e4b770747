package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.chancery.SharedData;
import org.chancery.store.CachedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 12, items 1 and 2: a claim check does bounded work, and slow clients do not starve the others. */
class BoundedWorkIT {
    /** The reproduction: one sentence of 240 recognitions, 99 s of CPU before any budget. */
    static final String HEAVY = "France recognized Haiti in 1862, ".repeat(240);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static Services services;

    @BeforeAll
    static void load() {
        services = Services.over(new CachedStore(SharedData.store()));
    }

    @AfterAll
    static void unload() {
        // the shared store belongs to SharedData
    }

    static WebServer serve(Limits limits) {
        return WebServer.create(services, null, limits).start("127.0.0.1", 0);
    }

    static HttpResponse<String> post(WebServer s, String text) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/check")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(WebServer s, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A small check, retried while the one check slot is still taken; true once it answers 200. */
    static boolean smallCheckGetsThrough(WebServer s, Duration within) throws Exception {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (post(s, "The United States recognized Estonia on July 28, 1922.").statusCode() == 200) return true;
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void aCheckOverItsBudgetIsStoppedWith503ProblemAndFreesItsSlot() throws Exception {
        try (WebServer s = serve(Limits.DEFAULT.withCheckBudget(Duration.ofMillis(500)).withChecks(1))) {
            var r = post(s, HEAVY);
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            assertThat(r.body()).contains("budget of 500 ms");
            // the stopped check gave its slot back: without the cooperative stop it would hold it for minutes
            assertThat(smallCheckGetsThrough(s, Duration.ofSeconds(20))).isTrue();
        }
    }

    @Test
    void aClientThatHangsUpStopsItsCheck() throws Exception {
        try (WebServer s = serve(Limits.DEFAULT.withCheckBudget(Duration.ofMinutes(10)).withChecks(1))) {
            try (Socket socket = sendCheck(s.port(), HEAVY)) {
                Thread.sleep(500);
            }
            // the check budget is ten minutes: only the hang-up can free the one slot this soon
            assertThat(smallCheckGetsThrough(s, Duration.ofSeconds(20))).isTrue();
        }
    }

    @Test
    void checksPastTheLimitAreRefusedAtOnceAndReadsStillAnswer() throws Exception {
        try (WebServer s = serve(Limits.DEFAULT.withCheckBudget(Duration.ofSeconds(5)).withChecks(1));
             Socket heavy = sendCheck(s.port(), HEAVY)) {
            Thread.sleep(1000);
            var refused = post(s, "The United States recognized Estonia on July 28, 1922.");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains("running 1 checks already");
            assertThat(get(s, "/api/relations?a=russia&b=united-states&on=1934-01-01").statusCode()).isEqualTo(200);
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(heavy.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).isEqualTo("HTTP/1.1 503 Service Unavailable");
        }
    }

    static Socket sendCheck(int port, String text) throws java.io.IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return socket;
    }

    @Test
    void threeHundredSlowBodiesDoNotBlockOtherRequests() throws Exception {
        try (WebServer s = serve(Limits.DEFAULT)) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 300; i++) {
                    Socket socket = new Socket("127.0.0.1", s.port());
                    socket.getOutputStream().write(("POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                            + "Content-Length: 1000000\r\n\r\n1933 19").getBytes(StandardCharsets.US_ASCII));
                    slow.add(socket);
                }
                Thread.sleep(300);
                var health = get(s, "/api/health");
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(post(s, "The United States recognized Estonia on July 28, 1922.").statusCode()).isIn(200, 503);
            } finally {
                for (Socket socket : slow) socket.close();
            }
        }
    }
}
