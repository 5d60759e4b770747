package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 7 (the CLI's part): bad input in a batch or an archive costs only itself. */
class CheckInputsIT {
    @TempDir
    Path dir;

    static String db() {
        return SharedData.store().file().toString();
    }

    @Test
    void aBatchFromADeviceIsCutAtTheLimitInsteadOfReadWhole() {
        CliIT.Run r = CliIT.run("check", "--db", db(), "--batch", "/dev/zero");
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("invalid --batch '/dev/zero': larger than the limit of 50 MB");
    }

    @Test
    void aLineThatIsNotUtf8IsReportedAndTheOthersAreChecked() throws Exception {
        Path batch = dir.resolve("b.jsonl");
        Files.write(batch, ("{\"id\":\"a\",\"text\":\"The United States recognized Estonia on July 28, 1922.\"}\n"
                + "{\"id\":\"b\",\"text\":\"bad \u0000\"}\n").replace("\u0000", "\uFFFF").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(batch);
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == (byte) 0xEF) bytes[i] = (byte) 0xFF; // break line 2's UTF-8
        Files.write(batch, bytes);
        Files.writeString(batch, "{\"id\":\"c\",\"text\":\"The United States recognized Latvia on July 28, 1922.\"}\n", java.nio.file.StandardOpenOption.APPEND);
        CliIT.Run r = CliIT.run("check", "--db", db(), "--batch", batch.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("line 2: not UTF-8 text");
        assertThat(r.out()).contains("{\"id\":\"a\"", "{\"id\":\"c\"", "\"verdict\":\"supported\"");
    }

    @Test
    void oneBadFileInAnArchiveIsSkippedAndTheRestAreChecked() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The United States recognized Estonia on July 28, 1922.");
        Files.write(dir.resolve("b.txt"), new byte[] {'b', 'a', 'd', ' ', (byte) 0xff});
        Files.writeString(dir.resolve("c.xml"), "<tweet><text>unclosed");
        CliIT.Run r = CliIT.run("check", "--db", db(), "--archive", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("b.txt: not UTF-8 text; skipped", "c.xml:");
        assertThat(r.out()).contains("posts read: 1", "recognition supported");
    }

    @Test
    void theServersLogLevelIsAFlagWithKnownValues() {
        CliIT.Run r = CliIT.run("serve", "--db", db(), "--port", "0", "--log-level", "chatty");
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("invalid --log-level 'chatty': one of error, warn, info, debug");
    }
}
