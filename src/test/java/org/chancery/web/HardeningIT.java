package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 12, item 7 (the server's part): headers, charsets and Jetty's own refusals, on a loopback server. */
class HardeningIT {
    @RegisterExtension
    static final LoopbackServer SERVER = new LoopbackServer();

    static HttpResponse<String> get(String path) throws Exception {
        return SERVER.get(path, StandardCharsets.UTF_8);
    }

    /** What the server answers to bytes sent as they are, as text. */
    static String raw(byte[] request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", SERVER.port())) {
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            in.transferTo(got);
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/api/health", "/no/such/page"}) {
            var h = get(path).headers();
            assertThat(h.firstValue("Content-Security-Policy").orElse("")).as(path).contains("default-src 'self'", "frame-ancestors 'none'");
            assertThat(h.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(h.firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void problemsDeclareUtf8SoACyrillicNameComesBackIntact() throws Exception {
        var r = get("/api/territories/" + java.net.URLEncoder.encode("Москвах", StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json; charset=utf-8");
        assertThat(r.body()).contains("unknown territory 'Москвах'");
    }

    @Test
    void theCalendarFeedNamesAnUnknownParty() throws Exception {
        var r = get("/api/anniversaries.ics?party=Nowhereland");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("unknown territory 'Nowhereland'", "\"parameter\":\"party\"").doesNotContain("no such address");
    }

    @Test
    void jettysOwn400And414AreProblemJson() throws Exception {
        String bad = raw("GET /api/health HTTP/1.1\r\nHost: x\r\nNot a header line\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(bad).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json", "\"status\":400").doesNotContain("<html");
        String longUri = raw(("GET /api/search?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(longUri).startsWith("HTTP/1.1 414").contains("Content-Type: application/problem+json", "\"status\":414").doesNotContain("<html");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedAsTheCliRefusesIt() throws Exception {
        var r = SERVER.send("POST", "/api/check", "text/plain",
                HttpRequest.BodyPublishers.ofByteArray(new byte[] {'U', 'S', ' ', (byte) 0xff, (byte) 0xfe, ' ', '1', '9', '3', '3'}));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("not UTF-8 text");
    }
}
