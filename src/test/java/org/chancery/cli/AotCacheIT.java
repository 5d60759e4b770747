package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chancery.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, cold start: the AOT cache the build trains (pom.xml, profile aot-cache; JDK 25 and
 * newer) holds every class of ours and of our libraries that a short question loads, so none is
 * read, verified and linked from a jar at start-up. picocli's class files, older than Java 6, were
 * left out by the JDK until the build rewrote them (scripts/ClassFileUpgrade.java).
 */
class AotCacheIT {
    static final Path TARGET = Path.of("target");

    @TempDir
    Path dir;

    @Test
    void aShortQuestionLoadsNoClassFromAJar() throws Exception {
        Path aot = TARGET.resolve("chancery.aot");
        Path trainedBy = TARGET.resolve("chancery.aot.jdk");
        assumeTrue(Files.isRegularFile(aot) && Files.isRegularFile(trainedBy), "no AOT cache: the build ran on a JDK before 25");
        assumeTrue(Files.readString(trainedBy).strip().equals(System.getProperty("java.version")), "the cache was trained by another JDK");
        Path db = SharedData.copyOfStore(dir.resolve("record.db"));
        Path log = dir.resolve("classes.txt");

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "--enable-native-access=ALL-UNNAMED", "-XX:AOTCache=" + aot, "-Xlog:class+load=info:file=" + log,
                "-Xlog:aot=error,cds=error", "-jar", TARGET.resolve("chancery.jar").toString(),
                "envoys", "russia", "--on", "1934-01-01", "--db", db.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("William Christian Bullitt");

        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).anyMatch(l -> l.contains("org.chancery.cli.EnvoysCommand source: shared objects file"))
                .anyMatch(l -> l.contains("picocli.CommandLine source: shared objects file"));
        assertThat(loaded).noneMatch(l -> l.contains("source: file:") || l.contains("source: jar:"));
    }
}
