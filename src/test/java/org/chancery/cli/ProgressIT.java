package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chancery.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import run as a user runs it: on a terminal (a pseudo-terminal from script(1)) it draws a bar; into a file it stays quiet. */
class ProgressIT {
    @TempDir
    Path dir;

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String importCommand(Path db) {
        // drawn at once rather than after two seconds, so that a fast machine shows it too
        return java() + " --enable-native-access=ALL-UNNAMED -Dchancery.progressDelayMs=0 -jar " + Path.of("target", "chancery.jar").toAbsolutePath() + " import --from "
                + SharedData.dir().toAbsolutePath() + " --db " + db;
    }

    static String run(List<String> cmd, Path err) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (err == null) pb.redirectErrorStream(true);
        else pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void anImportOnATerminalDrawsABarWithCountsAndIntoAFileStaysQuiet() throws Exception {
        String onTerminal = run(List.of("script", "-qec", importCommand(dir.resolve("a.db")), "/dev/null"), null);
        assertThat(onTerminal).containsPattern("\\r[\\w ]+\\[#*-*\\] +\\d+ / \\d+");
        Path err = dir.resolve("err.txt");
        String out = run(List.of("/bin/sh", "-c", importCommand(dir.resolve("b.db"))), err);
        assertThat(Files.readString(err)).doesNotContain("\r", "[#");
        assertThat(out).doesNotContain("\r").contains("events per source and kind:");
    }

    String command(Path db, String... args) {
        return java() + " --enable-native-access=ALL-UNNAMED -Dchancery.progressDelayMs=0 -jar " + Path.of("target", "chancery.jar").toAbsolutePath()
                + " " + String.join(" ", args) + " --db " + db;
    }

    @Test
    void checkBatchAndEvalOnATerminalDrawABarWithCountsAndIntoAFileStayQuiet() throws Exception {
        Path db = SharedData.copyOfStore(dir.resolve("c.db"));
        Path batch = dir.resolve("five.jsonl");
        Files.write(batch, Files.readAllLines(SharedData.dir().resolveSibling("eval").resolve("claims-dev.jsonl")).subList(0, 5));
        for (String[] args : new String[][] {{"check", "--batch", batch.toString()}, {"eval", batch.toString()}}) {
            String onTerminal = run(List.of("script", "-qec", command(db, args), "/dev/null"), null);
            assertThat(onTerminal).as(args[0]).containsPattern("\\rchecking +\\[#{30}\\] 5 / 5");
            Path err = dir.resolve(args[0] + "-err.txt");
            String out = run(List.of("/bin/sh", "-c", command(db, args)), err);
            assertThat(Files.readString(err)).as(args[0]).doesNotContain("\r", "[#");
            assertThat(out).as(args[0]).doesNotContain("\r").contains(args[0].equals("eval") ? "recall" : "\"id\":\"dev-005\"");
        }
    }
}
