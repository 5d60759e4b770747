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
    /**
     * The heaviest post the checker takes: about a megabyte of distinct dated claims, each checked
     * against the record (seconds of work, where 240 repeated recognitions once cost 99 s and are
     * now read in linear time).
     */
    static final String HEAVY = heavy();

    private static String heavy() {
        String[] states = {"France", "Haiti", "Russia", "Japan", "Mexico", "Spain", "Italy", "Egypt", "China", "Peru", "Chile", "Cuba"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 990_000; i++) {
            b.append("The United States recognized ").append(states[i % states.length]).append(" on May ").append(1 + i % 28).append(", ")
                    .append(1000 + (i / 7) % 1100).append(". ");
        }
        return b.toString();
    }
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
        return WebServer.create(() -> services, null, limits).start("127.0.0.1", 0);
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
        try (WebServer s = serve(Limits.DEFAULT.withCheckBudget(Duration.ofMillis(1)).withChecks(1, 0))) {
            var r = post(s, HEAVY);
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            assertThat(r.body()).contains("budget of 1 ms");
            // the stopped check gave its slot back: without the cooperative stop it would hold it for minutes
            assertThat(smallCheckGetsThrough(s, Duration.ofSeconds(20))).isTrue();
        }
    }

    /**
     * Work before the first check only, slow by construction: up to a minute, stopped only by its
     * deadline (which the test gives a ten-minute budget, so only a hang-up can stop it in time).
     */
    /** The first check holds its slot for a minute (or until its deadline stops it); {@code started} opens when it holds it. */
    static java.util.function.Consumer<org.chancery.claim.Deadline> firstCheckSlow(java.util.concurrent.CountDownLatch started) {
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        return deadline -> {
            if (!first.getAndSet(false)) return;
            started.countDown();
            long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (System.nanoTime() - end < 0) {
                deadline.check();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
    }

    @Test
    void aClientThatHangsUpStopsItsCheck() throws Exception {
        String small = "The United States recognized Estonia on July 28, 1922.";
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        try (WebServer s = WebServer.create(() -> services, null, Limits.DEFAULT.withCheckBudget(Duration.ofMinutes(10)).withChecks(1, 0),
                firstCheckSlow(started)).start("127.0.0.1", 0)) {
            try (Socket socket = sendCheck(s.port(), small)) {
                // waits until the slow check holds the slot, however loaded the machine (a fixed sleep failed at load 17)
                assertThat(started.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                // the slow check holds the one slot while its client waits
                assertThat(post(s, small).statusCode()).isEqualTo(503);
                assertThat(s.checksStoppedByHangUp()).isZero();
            }
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (s.checksStoppedByHangUp() == 0 && System.nanoTime() - end < 0) Thread.sleep(20);
            assertThat(s.checksStoppedByHangUp()).isEqualTo(1);
            // the slot is free long before the slow work's minute is over
            assertThat(smallCheckGetsThrough(s, Duration.ofSeconds(10))).isTrue();
            assertThat(s.checksStoppedByHangUp()).isEqualTo(1);
        }
    }

    @Test
    void checksPastTheLimitAreRefusedAtOnceAndReadsStillAnswer() throws Exception {
        // the first check is slow by construction (stopped by its 5 s budget): a long text alone is checked too fast now to be sure
        // it still holds the slot when the second one comes
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        try (WebServer s = WebServer.create(() -> services, null, Limits.DEFAULT.withCheckBudget(Duration.ofSeconds(5)).withChecks(1, 0),
                firstCheckSlow(started)).start("127.0.0.1", 0);
             Socket heavy = sendCheck(s.port(), HEAVY)) {
            assertThat(started.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            var refused = post(s, "The United States recognized Estonia on July 28, 1922.");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains("running 1 checks and has 0 waiting already");
            assertThat(get(s, "/api/relations?a=russia&b=united-states&on=1934-01-01").statusCode()).isEqualTo(200);
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(heavy.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).isIn("HTTP/1.1 200 OK", "HTTP/1.1 503 Service Unavailable");
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
