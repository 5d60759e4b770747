package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: start-up errors are one line with an exit code, and SIGTERM lets requests in flight finish. */
class ServeIT {
    @TempDir
    Path dir;

    static void assertOneLine(CliIT.Run r) {
        assertThat(r.err().strip()).doesNotContain("\n", "internal error", "Exception", "\tat ");
    }

    @Test
    void aPortOutOfRangeIsInvalidInput() {
        CliIT.Run r = CliIT.run("serve", "--db", SharedData.store().file().toString(), "--port", "99999");
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("invalid --port '99999'");
        assertOneLine(r);
    }

    @Test
    void anAddressNotOfThisMachineIsOneLineAndExit1() {
        CliIT.Run r = CliIT.run("serve", "--db", SharedData.store().file().toString(), "--port", "0", "--bind", "203.0.113.5");
        assertThat(r.code()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(r.err()).contains("cannot listen on 203.0.113.5:0", "--bind takes an address of this machine");
        assertOneLine(r);
    }

    @Test
    void aPortInUseIsOneLineAndExit1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliIT.Run r = CliIT.run("serve", "--db", SharedData.store().file().toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.code()).isEqualTo(ExitCodes.UNAVAILABLE);
            assertThat(r.err()).contains("the port is in use by another program");
            assertOneLine(r);
        }
    }

    @Test
    void aMistypedFromFolderIsNamedInsteadOfDownloading() {
        CliIT.Run r = CliIT.run("serve", "--db", dir.resolve("empty.db").toString(), "--port", "0", "--from", dir.resolve("typo").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("invalid --from", "typo", "no such folder");
        assertOneLine(r);
    }

    @Test
    void sigtermFinishesTheRequestInFlightAndExitsZero() throws Exception {
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.chancery.cli.Main", "serve", "--db", SharedData.store().file().toString(),
                "--port", "0", "--quiet-log", "--check-budget", "3").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            int port = -1;
            for (String line; port < 0 && (line = out.readLine()) != null; ) {
                Matcher m = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
                if (m.find()) port = Integer.parseInt(m.group(1));
            }
            assertThat(port).isPositive();
            byte[] body = "France recognized Haiti in 1862, ".repeat(240).getBytes(StandardCharsets.UTF_8);
            try (Socket client = new Socket("127.0.0.1", port)) {
                OutputStream o = client.getOutputStream();
                o.write(("POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                o.write(body);
                o.flush();
                Thread.sleep(500);
                server.destroy(); // SIGTERM
                String status = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                // the check was in flight when the signal came: it is answered (here at the end of its budget), not dropped
                assertThat(status).isEqualTo("HTTP/1.1 503 Service Unavailable");
            }
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(server.exitValue()).isZero();
        } finally {
            server.destroyForcibly();
        }
    }
}
